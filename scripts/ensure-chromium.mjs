// Makes sure a Chromium the tests can drive is present. Nothing here downloads a browser build of its own:
// it uses CHROMIUM_PATH, else Debian's /usr/bin/chromium, and installs Debian's package with apt when running
// as root. Otherwise it stops with exact instructions.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';

function works(bin) {
  const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : null;
}

let version = existsSync(path) && works(path);
if (!version && !process.env.CHROMIUM_PATH && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
  console.log('Chromium is missing: installing Debian\'s "chromium" package with apt-get (as root)…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  const install = update.status === 0 && spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env });
  if (install && install.status === 0) version = works(path);
}
if (!version) {
  console.error(`No usable Chromium at ${path}.
The browser tests run in real Chromium. Install one, then run the command again:
  - Debian/Ubuntu (as root):  apt-get update && apt-get install -y chromium
  - or point CHROMIUM_PATH at any Chromium or Chrome binary:  CHROMIUM_PATH=/path/to/chrome npm test`);
  process.exit(1);
}
console.log(`Using ${version} (${path})`);
