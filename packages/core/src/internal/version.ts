/** The library version, compared on registration to detect two different copies on one page. */
export const VERSION = '0.1.0';
