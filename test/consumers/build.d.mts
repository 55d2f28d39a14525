export function ensureReact18(): void;
export function buildConsumers(): Promise<void>;
export function storyFiles(): string[];
export function buildStories(): Promise<number>;
