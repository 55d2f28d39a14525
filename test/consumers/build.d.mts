export function ensureReact18(): void;
export function buildConsumers(): Promise<void>;
