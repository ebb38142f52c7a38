// What the browser checks share (check.mjs, embed.mjs, consent.mjs): how Debian's Chromium is
// started on this machine, axe-core and the WCAG rules it runs, one tab per set of options, and
// the bookkeeping of assertions and failures that the summaries print.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);
export const AXE_SOURCE = readFileSync(require.resolve('axe-core/axe.min.js'), 'utf8');
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

// Without the background-networking flags, Chromium's connections are refused by this
// machine's closed network, many at a time.
export const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// ---------------------------------------------------------------- results

export const failures = [];
export const counts = new Map();

export function count(check, key, n = 1) {
  const entry = counts.get(check) ?? {};
  entry[key] = (entry[key] ?? 0) + n;
  counts.set(check, entry);
}

export function fail(check, where, message) {
  failures.push({ check, where, message });
  count(check, 'failures');
  console.log(`FAIL ${check} ${where}: ${message}`);
}

export function expect(check, where, condition, message) {
  count(check, 'assertions');
  if (!condition) fail(check, where, message);
  return condition;
}

// ---------------------------------------------------------------- tabs

const tabs = new Map();

/** One tab per set of context options (and init script), reused across pages. */
export async function tabFor(browser, options, init) {
  const key = JSON.stringify(options);
  if (!tabs.has(key)) {
    const context = await browser.newContext(options);
    if (init) await context.addInitScript({ content: init });
    tabs.set(key, await context.newPage());
  }
  return tabs.get(key);
}

export async function closeTabs() {
  for (const tab of tabs.values()) await tab.context().close();
  tabs.clear();
}
