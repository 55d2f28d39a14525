// Builds every consumer once before the consumer tests.
export default async function setup(): Promise<void> {
  if (process.env.TRUST_CONSUMERS_SKIP_BUILD) return;
  const { buildConsumers } = await import('./build.mjs');
  await buildConsumers();
}
