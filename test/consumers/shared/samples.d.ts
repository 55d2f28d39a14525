export const samples: Record<string, string>;
