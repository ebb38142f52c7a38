// The cookie policy inside other sites' layouts, driven by tests/it/embed.rs: pages that a Hugo
// site, an Eleventy site and a pasted CMS page built around cookiedoc's fragments, checked with
// the tools the web uses. Runs Debian's Chromium through playwright-core; never downloads a browser.
//
//   node embed.mjs --site NAME=DIR [--site NAME=DIR]... --locales en,de,ar --vnu JAR [--chromium PATH]
//
// Each DIR holds <locale>/index.html for every locale: a host page with the fragment in its <main>.
// Checks:
//   vnu        the Nu HTML Checker on every page (and its stylesheets): no error, no warning
//   fragment   one <article class="cookiedoc" lang dir> with the page's locale, headings under the
//              host's h1 with no level skipped, every id starting with `cookiedoc-`
//   axe        axe-core, WCAG 2.1 A and AA, light and dark, 1280 px and 360 px wide
//   layout     no sideways scrolling at 1280 and 360 px; the tables become cards in a narrow column,
//              on a phone and in a 300 px column on a wide screen
//   host       the host's header and footer have the same computed styles with and without the
//              fragment and cookiedoc's stylesheet (light and dark, 1280 and 360 px)
//   print      printed inside the host: rows kept whole, table headers repeated, the address of
//              each link in the policy written after it
//
// Prints one line per failure and a `summary:` line per check; exits 1 if anything failed.

import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import { join, resolve, extname, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { AXE_SOURCE, CHROMIUM_ARGS, WCAG_TAGS, count, counts, expect, failures, tabFor } from './common.mjs';

// The Nu checker's CSS validator predates container queries (CSS Containment Module Level 3, in
// every browser since 2023); only these exact messages are left out (as in tests/it/browser.rs).
const UNKNOWN_TO_THE_CSS_VALIDATOR = [
  'CSS: “container”: Property “container” doesn\'t exist.',
  'CSS: Unrecognized at-rule “@container”',
];

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const args = { sites: [], locales: [], vnu: null, chromium: '/usr/bin/chromium' };
  const rest = [...argv];
  while (rest.length) {
    const flag = rest.shift();
    const value = rest.shift();
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === '--site') {
      const [name, dir] = value.split(/=(.*)/s);
      if (!name || !dir) usage(`--site takes NAME=DIR, not ${value}`);
      args.sites.push({ name, dir: resolve(dir) });
    } else if (flag === '--locales') args.locales = value.split(',');
    else if (flag === '--vnu') args.vnu = resolve(value);
    else if (flag === '--chromium') args.chromium = value;
    else usage(`unknown flag ${flag}`);
  }
  if (!args.sites.length || !args.locales.length || !args.vnu) usage('--site, --locales and --vnu are required');
  return args;
}

function usage(message) {
  console.error(`error: ${message}\nusage: node embed.mjs --site NAME=DIR... --locales en,de --vnu JAR [--chromium PATH]`);
  process.exit(2);
}

// ---------------------------------------------------------------- results


function summary(check, started) {
  const entry = Object.entries(counts.get(check) ?? {}).map(([k, v]) => `${v} ${k}`).join(', ');
  console.log(`summary: ${check}: ${entry || 'nothing counted'}; ${((Date.now() - started) / 1000).toFixed(1)} s`);
}

// ---------------------------------------------------------------- the sites

function filesUnder(dir, extension, found = []) {
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) filesUnder(path, extension, found);
    else if (extname(name) === extension) found.push(path);
  }
  return found;
}

const CONTENT_TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css; charset=utf-8' };

/** A static server for one site's folder, at the root of its own origin as the site expects. */
function serve(root) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let path = resolve(root, '.' + decodeURIComponent(url.pathname));
    if (path !== root && !path.startsWith(root + sep)) return response.writeHead(403).end();
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) return response.writeHead(404).end('not found');
    response.writeHead(200, { 'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream' });
    response.end(readFileSync(path));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------- vnu

function checkVnu(args) {
  const files = [];
  for (const site of args.sites) files.push(...filesUnder(site.dir, '.html'), ...filesUnder(site.dir, '.css'));
  let stdout;
  try {
    stdout = execFileSync('java', ['-jar', args.vnu, '--format', 'json', '--stdout', '--also-check-css', ...files],
      { encoding: 'utf8', maxBuffer: 64 << 20 });
  } catch (error) {
    stdout = error.stdout; // vnu exits 1 when it found something; the JSON says what
  }
  const report = JSON.parse(stdout);
  for (const message of report.messages) {
    if (UNKNOWN_TO_THE_CSS_VALIDATOR.includes(message.message.trim())) {
      count('vnu', 'known CSS gaps');
      continue;
    }
    const where = `${(message.url ?? '?').replace(/^file:/, '')}:${message.lastLine}:${message.firstColumn}`;
    const kind = message.type === 'info' ? (message.subType === 'warning' ? 'warning' : 'info') : 'error';
    if (kind === 'info') continue;
    expect('vnu', where, false, `${kind}: ${message.message}`);
  }
  count('vnu', 'files', files.length);
  console.log(`note: vnu ${report.version}`);
}

// ---------------------------------------------------------------- in the browser


async function checkFragment(tab, url, locale) {
  await tab.goto(url, { waitUntil: 'load' });
  const facts = await tab.evaluate(() => {
    const articles = [...document.querySelectorAll('article.cookiedoc')];
    const article = articles[0];
    const headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => +h.tagName[1]);
    return {
      articles: articles.length,
      lang: article?.getAttribute('lang'),
      dir: article?.getAttribute('dir'),
      pageDir: document.documentElement.dir || 'ltr',
      headings,
      firstInArticle: article ? +article.querySelector('h1,h2,h3,h4,h5,h6').tagName[1] : null,
      ids: article ? [...article.querySelectorAll('[id]')].map((el) => el.id) : [],
      references: article ? [...article.querySelectorAll('[aria-labelledby], a[href^="#"]')]
        .flatMap((el) => (el.getAttribute('aria-labelledby') ?? el.getAttribute('href').slice(1)).split(/\s+/)) : [],
      inside: article ? [...article.querySelectorAll('html, head, body, link, script, meta, title')].length : 0,
    };
  });
  const check = (ok, message) => expect('fragment', url, ok, message);
  check(facts.articles === 1, `${facts.articles} article.cookiedoc elements, expected 1`);
  check(facts.lang === locale, `the article's lang is ${facts.lang}, not ${locale}`);
  check(facts.dir === (locale === 'ar' ? 'rtl' : 'ltr'), `the article's dir is ${facts.dir}`);
  check(facts.headings[0] === 1 && facts.firstInArticle === 2, `the policy's headings should start at h2 under the host's h1 (${facts.headings.join(' ')})`);
  for (let i = 1; i < facts.headings.length; i++) {
    check(facts.headings[i] <= facts.headings[i - 1] + 1, `h${facts.headings[i]} follows h${facts.headings[i - 1]}: a level is skipped`);
  }
  for (const id of facts.ids) check(id.startsWith('cookiedoc-'), `id "${id}" lacks the cookiedoc- prefix`);
  for (const id of facts.references) check(facts.ids.includes(id), `a reference to #${id}, which the fragment does not have`);
  check(facts.inside === 0, 'the fragment holds page-level elements (html, head, body, link, script, meta, title)');
}

async function checkAxe(browser, url) {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const tab = await tabFor(browser, { colorScheme, viewport: { width, height: 900 } }, AXE_SOURCE);
      await tab.goto(url, { waitUntil: 'load' });
      const results = await tab.evaluate((tags) => window.axe.run(document, {
        runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'],
      }), WCAG_TAGS);
      count('axe', 'runs');
      for (const violation of results.violations) {
        const targets = violation.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('; ');
        expect('axe', `${url} (${colorScheme}, ${width}px)`, false,
          `${violation.id} (${violation.impact}): ${violation.help} at ${targets}\n    ${violation.nodes[0]?.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`);
      }
    }
  }
}

async function checkLayout(browser, url) {
  for (const width of [1280, 360]) {
    const tab = await tabFor(browser, { viewport: { width, height: 900 } });
    await tab.goto(url, { waitUntil: 'load' });
    const facts = await tab.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      innerWidth: window.innerWidth,
      cards: [...document.querySelectorAll('.cookiedoc tbody td')].every((td) => getComputedStyle(td).display === 'block'),
      labels: [...document.querySelectorAll('.cookiedoc tbody td')].every((td) =>
        getComputedStyle(td, '::before').content === JSON.stringify(td.dataset.label)),
      tables: document.querySelectorAll('.cookiedoc table').length,
    }));
    const where = `${url} (${width}px)`;
    expect('layout', where, facts.scrollWidth <= facts.innerWidth, `the page scrolls sideways: ${facts.scrollWidth} > ${facts.innerWidth}`);
    expect('layout', where, facts.tables > 0, 'no table in the policy');
    if (width === 360) {
      expect('layout', where, facts.cards, 'the tables do not become cards in a narrow column');
      expect('layout', where, facts.labels, 'a card cell does not show its column label');
    } else {
      expect('layout', where, !facts.cards, 'the tables are cards in a wide column');
      // A narrow column on a wide screen (a sidebar): cards too, since the policy asks its own
      // width, not the window's.
      const sidebar = await tab.evaluate(async () => {
        document.querySelector('article.cookiedoc').style.maxWidth = '300px';
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
        return [...document.querySelectorAll('.cookiedoc tbody td')].every((td) => getComputedStyle(td).display === 'block');
      });
      expect('layout', where, sidebar, 'the tables do not become cards in a 300 px column on a wide screen');
    }
  }
}

async function checkPrint(browser, url) {
  const tab = await tabFor(browser, { viewport: { width: 680, height: 1000 } });
  await tab.emulateMedia({ media: 'print' });
  await tab.goto(url, { waitUntil: 'load' });
  const facts = await tab.evaluate(() => ({
    rows: [...document.querySelectorAll('.cookiedoc tr')].map((tr) => getComputedStyle(tr).breakInside),
    // A table's header row repeats on each printed page, unless the narrow column made cards.
    heads: [...document.querySelectorAll('.cookiedoc thead')].map((t) => getComputedStyle(t).display),
    cards: [...document.querySelectorAll('.cookiedoc td')].every((td) => getComputedStyle(td).display === 'block'),
    links: [...document.querySelectorAll('.cookiedoc a[href^="http"]')]
      .filter((a) => !a.closest('h1, h2, h3, h4, h5, h6, address'))
      .map((a) => ({ href: a.getAttribute('href'), after: getComputedStyle(a, '::after').content })),
  }));
  await tab.emulateMedia({ media: 'screen' });
  const where = `${url} (print)`;
  expect('print', where, facts.rows.length > 0 && facts.rows.every((b) => b === 'avoid'), 'table rows may be split across pages');
  expect('print', where, facts.cards || facts.heads.every((d) => d === 'table-header-group'), 'table headers do not repeat on each page');
  for (const link of facts.links) {
    expect('print', where, link.after.includes(link.href), `the address of ${link.href} is not printed`);
  }
}

/** Every computed style of the header and the footer and all they hold, then the same with the
 * fragment and cookiedoc's stylesheet taken out of the page. */
async function checkHost(browser, url) {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const tab = await tabFor(browser, { colorScheme, viewport: { width, height: 900 } });
      await tab.goto(url, { waitUntil: 'load' });
      const styles = () => tab.evaluate(() => {
        const out = {};
        for (const root of document.querySelectorAll('body > header, body > footer')) {
          for (const [i, el] of [root, ...root.querySelectorAll('*')].entries()) {
            const style = getComputedStyle(el);
            const rect = el.getBoundingClientRect();
            const entry = { width: rect.width.toFixed(1), height: rect.height.toFixed(1) };
            for (const name of style) entry[name] = style.getPropertyValue(name);
            out[`${root.tagName.toLowerCase()} ${i} ${el.tagName.toLowerCase()}`] = entry;
          }
        }
        return out;
      });
      const withFragment = await styles();
      await tab.evaluate(async () => {
        document.querySelector('article.cookiedoc')?.remove();
        for (const style of document.querySelectorAll('style')) if (style.textContent.includes('.cookiedoc')) style.remove();
        for (const link of document.querySelectorAll('link[rel=stylesheet][href*=cookiedoc]')) link.remove();
        await new Promise((ok) => requestAnimationFrame(() => requestAnimationFrame(ok)));
      });
      const without = await styles();
      const where = `${url} (${colorScheme}, ${width}px)`;
      expect('host', where, Object.keys(withFragment).length > 2, 'no header or footer found');
      for (const [element, entry] of Object.entries(without)) {
        const other = withFragment[element] ?? {};
        const differing = Object.keys(entry).filter((name) => entry[name] !== other[name]);
        count('host', 'properties', Object.keys(entry).length);
        expect('host', where, differing.length === 0,
          `${element} looks different with the fragment: ${differing.slice(0, 5).map((n) => `${n} ${other[n]} ≠ ${entry[n]}`).join('; ')}`);
      }
    }
  }
}

// ---------------------------------------------------------------- main

const args = parseArgs(process.argv.slice(2));
const started = Date.now();
let t0 = Date.now();
checkVnu(args);
summary('vnu', t0);

const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: CHROMIUM_ARGS });
const servers = [];
try {
  const pages = [];
  for (const site of args.sites) {
    const server = await serve(site.dir);
    servers.push(server);
    for (const locale of args.locales) {
      expect('fragment', `${site.name}/${locale}`, existsSync(join(site.dir, locale, 'index.html')), `no ${locale}/index.html in ${site.dir}`);
      pages.push({ url: `http://127.0.0.1:${server.address().port}/${locale}/`, locale });
    }
  }
  for (const [check, run] of [
    ['fragment', async (page) => checkFragment(await tabFor(browser, { viewport: { width: 1280, height: 900 } }), page.url, page.locale)],
    ['axe', (page) => checkAxe(browser, page.url)],
    ['layout', (page) => checkLayout(browser, page.url)],
    ['host', (page) => checkHost(browser, page.url)],
    ['print', (page) => checkPrint(browser, page.url)],
  ]) {
    t0 = Date.now();
    for (const page of pages) await run(page);
    count(check, 'pages', pages.length);
    summary(check, t0);
  }
} finally {
  await browser.close();
  for (const server of servers) server.close();
}
console.log(`summary: ${failures.length} failures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures.length ? 1 : 0);
