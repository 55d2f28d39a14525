#!/usr/bin/env node
// The `trust-signals-issuer` command. The code is compiled TypeScript in ../dist (`npm run build`).
let cli;
try {
  cli = await import('../dist/cli.js');
} catch (error) {
  if (error?.code !== 'ERR_MODULE_NOT_FOUND') throw error;
  process.stderr.write(
    `trust-signals-issuer: error: not built (${error.message.split('\n')[0]}); run \`npm run build\` at the repository root\n`,
  );
  process.exit(2);
}
process.exitCode = await cli.runCli(process.argv.slice(2));
