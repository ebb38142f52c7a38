// A real browser sees `cookiedoc serve` reload an open page by itself.
//
//   node reload.mjs --url http://127.0.0.1:PORT/en/ --registry PATH --from TEXT --to TEXT [--chromium PATH]
//
// Opens the page in headless Chromium, saves the registry the way editors do (write a temporary
// file, rename it over the original) with TEXT replaced, and waits, without touching the page,
// until the page has reloaded itself and shows the change. Prints one JSON line and exits 0 on
// success, 1 otherwise.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { chromium } from 'playwright-core';

const args = { chromium: '/usr/bin/chromium' };
for (let i = 2; i < process.argv.length; i += 2) {
  args[process.argv[i].replace(/^--/, '')] = process.argv[i + 1];
}
for (const key of ['url', 'registry', 'from', 'to']) {
  if (!args[key]) {
    console.error(`usage: node reload.mjs --url URL --registry PATH --from TEXT --to TEXT; missing --${key}`);
    process.exit(2);
  }
}

// Playwright starts the browser with a new, empty profile of its own.
const browser = await chromium.launch({
  executablePath: args.chromium,
  headless: true,
  args: [
    '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
    '--disable-background-networking', '--disable-component-update', '--disable-sync',
  ],
});
let result = { ok: false };
try {
  const page = await browser.newPage();
  await page.goto(args.url, { waitUntil: 'load' });
  const before = await page.textContent('main');
  if (before.includes(args.to)) throw new Error('the page shows the new text before the edit');
  // The script's event stream must be open before the save, as in a person's browser.
  await page.waitForFunction(() => performance.getEntriesByType('resource')
    .some((r) => r.name.includes('/__cookiedoc/events')), null, { timeout: 10000 }).catch(() => {});
  await page.waitForTimeout(300);
  let reloaded = false;
  page.on('load', () => { reloaded = true; });

  const text = readFileSync(args.registry, 'utf8');
  if (!text.includes(args.from)) throw new Error(`the registry does not contain ${args.from}`);
  const temporary = join(dirname(args.registry), '.cookies.toml.reload-test');
  writeFileSync(temporary, text.replace(args.from, args.to));
  const saved = Date.now();
  renameSync(temporary, args.registry);

  await page.waitForFunction((to) => document.querySelector('main')?.textContent.includes(to),
    args.to, { timeout: 15000 });
  result = { ok: reloaded, reloaded, ms: Date.now() - saved };
} catch (error) {
  result = { ok: false, error: String(error) };
} finally {
  await browser.close();
}
console.log(JSON.stringify(result));
process.exit(result.ok ? 0 : 1);
