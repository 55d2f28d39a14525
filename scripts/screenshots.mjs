// Screenshots stories from a built Storybook (npm run build-storybook) with Debian's Chromium, for people to
// look at: every story passed on the command line (or a default set) in light, dark and RTL.
//   node scripts/screenshots.mjs [story-id ...]      → screenshots/<story-id>--<variant>.png (gitignored)
//   STORYBOOK_DIR=<dir> reads a Storybook built elsewhere (npx storybook build -o <dir>).
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright';

const dir = process.env.STORYBOOK_DIR || 'storybook-static';
if (!existsSync(join(dir, 'iframe.html'))) {
  console.error('Run `npm run build-storybook` first.');
  process.exit(1);
}
const types = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml' };
const server = createServer((req, res) => {
  const path = normalize(decodeURIComponent(new URL(req.url, 'http://x').pathname)).replace(/^(\.\.[/\\])+/, '');
  const file = join(dir, path === '/' ? 'index.html' : path);
  try {
    const body = readFileSync(file);
    res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream' });
    res.end(body);
  } catch {
    res.writeHead(404).end();
  }
}).listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const { port } = server.address();

const stories = process.argv.slice(2).length
  ? process.argv.slice(2)
  : [
      'reviews-star-rating--default',
      'reviews-star-rating--fractional',
      'reviews-rating-input--clearable',
      'reviews-rating-input--in-a-form',
    ];
const variants = [
  ['light', 'theme:light'],
  ['dark', 'theme:dark'],
  ['rtl', 'theme:light;dir:rtl;locale:ar'],
  ['high-contrast', 'theme:high-contrast'],
];
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-dev-shm-usage',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--no-first-run',
    '--disable-quic',
  ],
});
const page = await browser.newPage({ viewport: { width: 520, height: 160 }, deviceScaleFactor: 2 });
mkdirSync('screenshots', { recursive: true });
for (const id of stories) {
  for (const [name, globals] of variants) {
    await page.goto(`http://127.0.0.1:${port}/iframe.html?id=${id}&viewMode=story&globals=${globals}`);
    await page.waitForSelector('#storybook-root *');
    await page.waitForTimeout(300);
    const file = `screenshots/${id}--${name}.png`;
    // A story whose play function opened a modal dialog (badge details, photo zoom): the dialog is in the top
    // layer, outside the story's box, so take the whole page at a height that holds it.
    const dialogOpen = await page.evaluate(() => {
      const open = (root) =>
        !!root.querySelector('dialog[open]') || [...root.querySelectorAll('*')].some((el) => el.shadowRoot && open(el.shadowRoot));
      return open(document);
    });
    if (dialogOpen) {
      await page.setViewportSize({ width: 520, height: 760 });
      await page.waitForTimeout(100);
      await page.screenshot({ path: file });
      await page.setViewportSize({ width: 520, height: 160 });
    } else {
      await page.locator('.trust-story').screenshot({ path: file });
    }
    console.log(file);
  }
}
await browser.close();
server.close();
