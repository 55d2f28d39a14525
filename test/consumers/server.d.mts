export const POLICY: string;
export function startServer(): Promise<{ origin: string; reports: string[]; close: () => Promise<void> }>;
