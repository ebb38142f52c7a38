// Browser checks of the pages cookiedoc builds, driven by tests/browser.rs (see the README,
// "Browser checks"). Runs Debian's Chromium through playwright-core; never downloads a browser.
//
//   node check.mjs <check>[,<check>...] --root DIR [--screenshots DIR] [--chromium PATH]
//
// DIR holds one folder per built site (`cookiedoc build --out DIR/<site>`). Checks:
//   axe         axe-core, WCAG 2.1 A and AA, light and dark, 1280 px and 360 px wide
//   structure   captions, th scope, <code> names, skip link, visible focus, heading order,
//               the language switcher (names in themselves, lang, hreflang)
//   responsive  no sideways scrolling at 320, 360, 768 and 1280 px; tables as cards or labelled
//               scroll regions
//   nojs        JavaScript off: every table shown; no script, no inline style or handler
//   csp         served with `Content-Security-Policy: default-src 'self'`: no violation, no
//               request to any other origin, no failed request, the stylesheet applies
//   print       print stylesheet (A4 width): no navigation, rows kept whole, link addresses printed
//   dark        prefers-color-scheme: dark gives a dark page; text keeps 4.5:1 contrast in both
//   screenshots English, German and Arabic pages at 1280 and 360 px, light and dark (and print)
//   markdown    cmark-gfm renders each cookie-policy.md into the same tables, cells and blocks
//               as the HTML page, with no stray escapes
//
// Prints one line per failure and a `summary:` line per check; exits 1 if anything failed.

import { createServer } from 'node:http';
import { readFileSync, readdirSync, statSync, existsSync, mkdirSync } from 'node:fs';
import { join, resolve, extname, sep } from 'node:path';
import { execFileSync } from 'node:child_process';
import { chromium } from 'playwright-core';
import { AXE_SOURCE, CHROMIUM_ARGS, WCAG_TAGS, closeTabs, count, counts, expect, fail, failures, tabFor } from './common.mjs';

const ALL_CHECKS = ['axe', 'structure', 'responsive', 'nojs', 'csp', 'print', 'dark', 'screenshots', 'markdown'];
const CSP = "default-src 'self'";

// ---------------------------------------------------------------- arguments

function parseArgs(argv) {
  const args = { checks: [], root: null, screenshots: null, chromium: '/usr/bin/chromium' };
  const rest = [...argv];
  const first = rest.shift();
  if (!first) usage('no check given');
  args.checks = first === 'all' ? ALL_CHECKS : first.split(',');
  for (const check of args.checks) if (!ALL_CHECKS.includes(check)) usage(`unknown check \`${check}\``);
  while (rest.length) {
    const flag = rest.shift();
    const value = rest.shift();
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === '--root') args.root = resolve(value);
    else if (flag === '--screenshots') args.screenshots = resolve(value);
    else if (flag === '--chromium') args.chromium = value;
    else usage(`unknown flag ${flag}`);
  }
  if (!args.root) usage('--root is required');
  if (args.checks.includes('screenshots') && !args.screenshots) usage('screenshots needs --screenshots');
  return args;
}

function usage(message) {
  console.error(`error: ${message}\nusage: node check.mjs <${ALL_CHECKS.join('|')}|all>[,...] --root DIR [--screenshots DIR] [--chromium PATH]`);
  process.exit(2);
}

// ---------------------------------------------------------------- results


// ---------------------------------------------------------------- the built sites

/** Every site under root: { name, pages: [{ path, url, locale, kind }] } with kind `index` or `policy`. */
function discoverSites(root) {
  const sites = [];
  for (const name of readdirSync(root).sort()) {
    const dir = join(root, name);
    if (!statSync(dir).isDirectory()) continue;
    const pages = [];
    if (existsSync(join(dir, 'index.html'))) {
      pages.push({ site: name, path: join(dir, 'index.html'), url: `/${name}/`, locale: null, kind: 'index' });
    }
    for (const locale of readdirSync(dir).sort()) {
      const page = join(dir, locale, 'index.html');
      if (locale !== 'assets' && existsSync(page)) {
        pages.push({
          site: name, path: page, url: `/${name}/${locale}/`, locale, kind: 'policy',
          markdown: join(dir, locale, 'cookie-policy.md'),
        });
      }
    }
    if (pages.length) sites.push({ name, pages });
  }
  return sites;
}

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
};

/** A static server for root that sends the CSP header with every response. */
function serve(root) {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://localhost');
    let path = resolve(root, '.' + decodeURIComponent(url.pathname));
    if (path !== root && !path.startsWith(root + sep)) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    if (!existsSync(path)) {
      response.writeHead(404, { 'Content-Security-Policy': CSP }).end('not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Content-Security-Policy': CSP,
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(path));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------- browser contexts

/** One context (and tab) per set of options, reused across the pages of one check. */

// ---------------------------------------------------------------- helpers run in the page

/** Text of a node as a reader sees it: `<br>` is a space, whitespace collapsed, and the invisible
 *  bidi isolation marks (U+2066–U+2069) that keep a left-to-right name whole in a right-to-left
 *  Markdown document left out, as the HTML page says the same with `dir`. */
const TEXT_OF = `(node) => {
  let out = '';
  const walk = (n) => {
    if (n.nodeType === Node.TEXT_NODE) out += n.data;
    else if (n.nodeName === 'BR') out += ' ';
    else for (const c of n.childNodes) walk(c);
  };
  walk(node);
  return out.replace(/[\\u2066-\\u2069]/g, '').replace(/\\s+/g, ' ').trim();
}`;

/** The document as blocks and tables, for comparing the HTML page with the Markdown one. */
async function documentShape(page, rootSelector) {
  return page.evaluate(({ rootSelector, textOf }) => {
    const text = eval(textOf);
    const root = document.querySelector(rootSelector);
    const blocks = [];
    const selector = 'h1,h2,h3,h4,h5,h6,p,li,address';
    for (const el of root.querySelectorAll(selector)) {
      if (el.closest('caption, table')) continue;
      if (el.querySelector(selector)) continue; // only the innermost blocks
      const tag = el.tagName.toLowerCase() === 'address' ? 'p' : el.tagName.toLowerCase();
      blocks.push(`${tag}: ${text(el)}`);
    }
    const tables = [...root.querySelectorAll('table')].map((table) =>
      [...table.querySelectorAll('tr')].map((tr) => [...tr.children].map((cell) => text(cell))));
    return { blocks, tables, text: text(root) };
  }, { rootSelector, textOf: TEXT_OF });
}

// ---------------------------------------------------------------- the checks

async function checkAxe(browser, origin, page) {
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      // axe is added to the page before it loads; the CSP itself is checked by `csp`.
      const tab = await tabFor(browser, { colorScheme, viewport: { width, height: 900 }, bypassCSP: true }, AXE_SOURCE);
      await tab.goto(origin + page.url, { waitUntil: 'load' });
      const results = await tab.evaluate((tags) => window.axe.run(document, {
        runOnly: { type: 'tag', values: tags },
        resultTypes: ['violations'],
      }), WCAG_TAGS);
      const where = `${page.url} (${colorScheme}, ${width}px)`;
      count('axe', 'runs');
      count('axe', 'violations', results.violations.length);
      count('axe', 'incomplete', results.incomplete.length);
      for (const violation of results.violations) {
        const targets = violation.nodes.map((n) => n.target.join(' ')).slice(0, 5).join('; ');
        fail('axe', where, `${violation.id} (${violation.impact}): ${violation.help} at ${targets}` +
          `\n    ${violation.nodes[0]?.failureSummary?.replace(/\n/g, '\n    ') ?? ''}`);
      }
      for (const item of results.incomplete) {
        console.log(`note axe ${where}: needs review: ${item.id} at ${item.nodes.map((n) => n.target.join(' ')).slice(0, 3).join('; ')}`);
      }
    }
  }
}

async function checkStructure(browser, origin, page, siteSwitchers) {
  const tab = await tabFor(browser, { viewport: { width: 1280, height: 900 } });
  await tab.goto(origin + page.url, { waitUntil: 'load' });
  const where = page.url;
  const facts = await tab.evaluate((textOf) => {
    const text = eval(textOf);
    const headings = [...document.querySelectorAll('h1,h2,h3,h4,h5,h6')].map((h) => ({ level: +h.tagName[1], text: text(h) }));
    const tables = [...document.querySelectorAll('table')].map((table) => ({
      caption: table.caption && !table.caption.hidden && getComputedStyle(table.caption).display !== 'none' ? text(table.caption) : null,
      headers: [...table.querySelectorAll('thead th')].map((th) => ({ scope: th.getAttribute('scope'), text: text(th) })),
      bodyTh: table.querySelectorAll('tbody th').length,
      theadRows: table.querySelectorAll('thead tr').length,
      // Per column: do all its body cells hold only <code> names and commas?
      codeColumns: [...table.querySelectorAll('thead th')].map((_, column) =>
        [...table.querySelectorAll('tbody tr')].every((tr) => {
          const td = tr.children[column];
          return td && td.querySelector('code') &&
            // Only the list separator between the names: a comma, or the Arabic one (list-separator).
            [...td.childNodes].every((n) => n.nodeName === 'CODE' || (n.nodeType === Node.TEXT_NODE && /^[,\u060C\s]*$/.test(n.data)));
        })),
      rows: table.querySelectorAll('tbody tr').length,
      labelled: [...table.querySelectorAll('tbody td')].every((td) => td.dataset.label !== undefined),
    }));
    const links = (selector) => [...document.querySelectorAll(selector)].map((a) => ({
      lang: a.getAttribute('lang'), hreflang: a.getAttribute('hreflang'), text: text(a),
      current: a.getAttribute('aria-current'), href: a.getAttribute('href'),
    }));
    const nav = document.querySelector('nav');
    return {
      lang: document.documentElement.lang,
      title: document.title,
      headings,
      tables,
      switcher: links('nav a[hreflang]'),
      localeList: links('.cookiedoc-locale-list a'),
      navLabel: nav ? (nav.getAttribute('aria-label') ?? '') : null,
      alternates: [...document.querySelectorAll('link[rel=alternate][hreflang]')].map((l) => l.hreflang),
      main: !!document.querySelector('main#cookiedoc-main'),
      skipLink: document.querySelector('a.cookiedoc-skip-link')?.getAttribute('href') ?? null,
    };
  }, TEXT_OF);

  const check = (ok, message) => expect('structure', where, ok, message);
  check(facts.lang && (page.locale === null || facts.lang === page.locale), `<html lang="${facts.lang}"> should be the page's locale ${page.locale}`);
  check(facts.title.trim().length > 0, 'the page has no <title>');
  // Headings: one h1, first; no level skipped.
  check(facts.headings.filter((h) => h.level === 1).length === 1, `expected exactly one h1, found ${facts.headings.filter((h) => h.level === 1).length}`);
  check(facts.headings[0]?.level === 1, 'the first heading is not an h1');
  for (let i = 1; i < facts.headings.length; i++) {
    const [prev, next] = [facts.headings[i - 1], facts.headings[i]];
    check(next.level <= prev.level + 1, `heading h${next.level} "${next.text}" follows h${prev.level}: a level is skipped`);
  }
  for (const h of facts.headings) check(h.text.length > 0, `an empty h${h.level}`);
  // Tables: a caption, column headers with scope="col", cookie names as <code>.
  for (const [i, table] of facts.tables.entries()) {
    check(table.caption && table.caption.length > 0, `table ${i + 1} has no <caption>`);
    check(table.theadRows === 1 && table.headers.length > 0, `table ${i + 1} has no header row`);
    for (const th of table.headers) check(th.scope === 'col', `table ${i + 1}: <th>${th.text}</th> lacks scope="col"`);
    check(table.bodyTh === 0, `table ${i + 1} has <th> cells in its body without a scope`);
    // Cookie names are <code>: exactly one column holds only <code> names, in every row.
    check(table.rows > 0, `table ${i + 1} has no rows`);
    check(table.codeColumns.filter(Boolean).length === 1, `table ${i + 1}: expected one column of <code> cookie names, found ${table.codeColumns.filter(Boolean).length}`);
    check(table.labelled, `table ${i + 1}: a cell has no data-label for the narrow-screen cards`);
  }
  // Language links: each named in its own language, with lang and hreflang.
  const links = page.kind === 'policy' ? facts.switcher : facts.localeList;
  if (page.kind === 'policy') {
    check(facts.main, 'no <main id="cookiedoc-main">');
    check(facts.skipLink === '#cookiedoc-main', `the skip link should point at #cookiedoc-main, not ${facts.skipLink}`);
    if (links.length > 0) {
      check(facts.navLabel, 'the language switcher <nav> has no aria-label');
      const current = links.filter((l) => l.current === 'page');
      check(current.length === 1 && current[0].hreflang === facts.lang, 'the switcher should mark exactly the current language with aria-current="page"');
    }
  }
  for (const link of links) {
    check(link.lang && link.hreflang && link.lang === link.hreflang, `language link "${link.text}" needs lang and hreflang (lang=${link.lang}, hreflang=${link.hreflang})`);
    check(link.text.length > 0, `language link ${link.href} has no text`);
    // A language is named in itself: the same name on every page of the site.
    const names = siteSwitchers.get(link.hreflang) ?? new Set();
    names.add(link.text);
    siteSwitchers.set(link.hreflang, names);
  }
  if (links.length > 0) {
    check(new Set(facts.alternates).size === links.length, `expected a <link rel="alternate" hreflang> per language, found ${facts.alternates.length}`);
  }

  if (page.kind === 'policy') await checkKeyboard(tab, where);
}

/** Tab through the page: the skip link comes first and shows; every focused element has an outline. */
async function checkKeyboard(tab, where) {
  const check = (ok, message) => expect('structure', where, ok, message);
  const focusable = await tab.evaluate(() => document.querySelectorAll('a[href], [tabindex="0"], button, input, select, textarea').length);
  const seen = [];
  for (let i = 0; i < focusable + 1; i++) {
    await tab.keyboard.press('Tab');
    const state = await tab.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      const rect = el.getBoundingClientRect();
      return {
        id: el.tagName.toLowerCase() + (el.className ? '.' + String(el.className).split(' ').join('.') : '') + (el.getAttribute('href') ? `[href="${el.getAttribute('href')}"]` : ''),
        skip: el.classList.contains('cookiedoc-skip-link'),
        outline: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
        visible: rect.width > 0 && rect.height > 0 && rect.bottom > 0 && rect.right > 0 &&
          rect.top < window.innerHeight && rect.left < window.innerWidth,
      };
    });
    if (!state) break;
    if (seen.includes(state.id) && i > 0 && state.skip) break; // wrapped around
    seen.push(state.id);
    if (i === 0) check(state.skip, `the first Tab stop is ${state.id}, not the skip link`);
    check(state.outline, `${state.id} has no visible focus outline`);
    check(state.visible, `${state.id} is focused but not on screen`);
  }
  count('structure', 'focus-stops', seen.length);
  // Following the skip link moves focus to the main content.
  await tab.evaluate(() => window.scrollTo(0, 0));
  await tab.focus('a.cookiedoc-skip-link');
  await tab.keyboard.press('Enter');
  const target = await tab.evaluate(() => ({ hash: location.hash, active: document.activeElement?.id }));
  check(target.hash === '#cookiedoc-main' && target.active === 'cookiedoc-main', `the skip link does not move focus to main (hash ${target.hash}, focus #${target.active})`);
}

async function checkResponsive(browser, origin, page) {
  for (const width of [320, 360, 768, 1280]) {
    const tab = await tabFor(browser, { viewport: { width, height: 800 } });
    await tab.goto(origin + page.url, { waitUntil: 'load' });
    const where = `${page.url} (${width}px)`;
    const facts = await tab.evaluate(() => {
      const accessibleName = (el) => {
        const ids = el.getAttribute('aria-labelledby');
        if (ids) return ids.split(/\s+/).map((id) => document.getElementById(id)?.textContent ?? '').join(' ').trim();
        return (el.getAttribute('aria-label') ?? '').trim();
      };
      const overflowing = [...document.querySelectorAll('main *, header *')]
        .filter((el) => !el.closest('[role=region]') && el.getBoundingClientRect().right > window.innerWidth + 0.5 &&
          getComputedStyle(el).position !== 'absolute')
        .map((el) => el.tagName.toLowerCase() + (el.className ? '.' + el.className : '')).slice(0, 5);
      return {
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
        overflowing,
        tables: [...document.querySelectorAll('table')].map((table) => {
          const region = table.closest('[role=region]');
          const cells = [...table.querySelectorAll('tbody td')];
          const headers = [...table.querySelectorAll('thead th')].map((th) => th.textContent.trim());
          return {
            scrolls: region ? region.scrollWidth > region.clientWidth + 1 : table.scrollWidth > table.clientWidth + 1,
            regionName: region ? accessibleName(region) : '',
            regionFocusable: region ? region.getAttribute('tabindex') === '0' : false,
            cards: cells.length > 0 && cells.every((td) => getComputedStyle(td).display === 'block'),
            labelsShown: cells.every((td) => {
              const before = getComputedStyle(td, '::before').content;
              const label = headers[[...td.parentElement.children].indexOf(td)];
              return before === JSON.stringify(label);
            }),
          };
        }),
      };
    });
    expect('responsive', where, facts.scrollWidth <= facts.innerWidth,
      `the page scrolls sideways: scrollWidth ${facts.scrollWidth} > viewport ${facts.innerWidth}` +
      (facts.overflowing.length ? ` (wider than the viewport: ${facts.overflowing.join(', ')})` : ''));
    expect('responsive', where, facts.overflowing.length === 0, `elements reach past the viewport: ${facts.overflowing.join(', ')}`);
    for (const [i, table] of facts.tables.entries()) {
      if (table.scrolls) {
        expect('responsive', where, table.regionName && table.regionFocusable,
          `table ${i + 1} scrolls sideways but not inside a focusable region with a name`);
      }
      if (width <= 360) {
        expect('responsive', where, table.cards || !table.scrolls, `table ${i + 1} neither fits nor becomes cards`);
        if (table.cards) expect('responsive', where, table.labelsShown, `table ${i + 1}: card cells do not show their column label`);
      }
    }
    count('responsive', 'pages');
  }
}

async function checkNoJs(browser, origin, page) {
  const where = page.url;
  const source = readFileSync(page.path, 'utf8');
  expect('nojs', where, !/<script\b/i.test(source), 'the page has a <script>');
  expect('nojs', where, !/\sstyle\s*=/i.test(source) && !/<style\b/i.test(source), 'the page has inline style (blocked by the CSP)');
  expect('nojs', where, !/\son[a-z]+\s*=/i.test(source), 'the page has an inline event handler');
  expect('nojs', where, !/<(img|iframe|object|embed|video|audio|source|link[^>]+rel="?(preload|prefetch|icon))/i.test(source), 'the page loads or embeds something besides its stylesheet');
  const tablesInSource = (source.match(/<table\b/g) ?? []).length;
  for (const width of [1280, 360]) {
    const tab = await tabFor(browser, { javaScriptEnabled: false, viewport: { width, height: 800 } });
    await tab.goto(origin + page.url, { waitUntil: 'load' });
    const tables = tab.locator('table');
    expect('nojs', `${where} (${width}px)`, await tables.count() === tablesInSource, `${tablesInSource} tables in the file, ${await tables.count()} in the page`);
    for (let i = 0; i < await tables.count(); i++) {
      const table = tables.nth(i);
      expect('nojs', `${where} (${width}px)`, await table.isVisible(), `table ${i + 1} is not shown without JavaScript`);
      const rows = table.locator('tbody tr');
      for (let r = 0; r < await rows.count(); r++) {
        expect('nojs', `${where} (${width}px)`, await rows.nth(r).isVisible(), `table ${i + 1} row ${r + 1} is hidden without JavaScript`);
      }
    }
    const hidden = await tab.evaluate(() => [...document.querySelectorAll('main h2, main h3, main p')].filter((el) => el.getBoundingClientRect().height === 0).length);
    expect('nojs', `${where} (${width}px)`, hidden === 0, `${hidden} headings or paragraphs are not shown without JavaScript`);
    count('nojs', 'pages');
  }
}

async function checkCsp(browser, origin, page) {
  const where = page.url;
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const tab = await context.newPage();
  const problems = [];
  tab.on('console', (message) => {
    // Chromium asks the test server for /favicon.ico by itself; the page links no icon (see nojs).
    if (new URL(message.location().url || origin).pathname === '/favicon.ico') return;
    if (['error', 'warning'].includes(message.type())) {
      problems.push(`console ${message.type()}: ${message.text()} (${message.location().url || 'no location'})`);
    }
  });
  tab.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  tab.on('request', (request) => {
    count('csp', 'requests');
    if (new URL(request.url()).origin !== origin) problems.push(`request to another origin: ${request.url()}`);
  });
  tab.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText}`));
  tab.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${response.status()} for ${response.url()}`);
  });
  const response = await tab.goto(origin + page.url, { waitUntil: 'load' });
  expect('csp', where, response.headers()['content-security-policy'] === CSP, 'the test server did not send the CSP');
  // The stylesheet applied (body margin 0, set only by cookiedoc.css).
  const styled = await tab.evaluate(() => getComputedStyle(document.body).marginTop === '0px');
  expect('csp', where, styled, 'the stylesheet did not apply under the CSP');
  // Every link and alternate on this origin (language switcher, Markdown document) answers.
  const local = await tab.evaluate(() => [...document.querySelectorAll('a[href], link[href]')]
    .map((a) => a.href.replace(/#.*$/, '')).filter((h) => h.startsWith(location.origin)));
  for (const href of [...new Set(local)]) {
    const linked = await context.request.get(href);
    expect('csp', where, linked.ok(), `link ${href} answers ${linked.status()}`);
  }
  await tab.waitForTimeout(100);
  for (const problem of problems) fail('csp', where, problem);
  count('csp', 'pages');
  await context.close();
}

async function checkPrint(browser, origin, page) {
  for (const colorScheme of ['light', 'dark']) {
    // The printable width of an A4 page with the stylesheet's 15 mm margins.
    const tab = await tabFor(browser, { colorScheme, viewport: { width: 680, height: 1000 } });
    await tab.emulateMedia({ media: 'print', colorScheme });
    await tab.goto(origin + page.url, { waitUntil: 'load' });
    const where = `${page.url} (print, ${colorScheme})`;
    const facts = await tab.evaluate(() => {
      const display = (selector) => [...document.querySelectorAll(selector)].map((el) => getComputedStyle(el).display);
      const luminance = (color) => {
        const [r, g, b] = color.match(/[\d.]+/g).map(Number).map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      return {
        hidden: [...display('nav'), ...display('.cookiedoc-skip-link')],
        rows: [...document.querySelectorAll('tr')].map((tr) => getComputedStyle(tr).breakInside),
        theadGroup: [...document.querySelectorAll('thead')].every((t) => getComputedStyle(t).display === 'table-header-group'),
        links: [...document.querySelectorAll('main a[href^="http"], main a[href^="mailto:"]')].map((a) => {
          const address = a.getAttribute('href').replace(/^mailto:/, '');
          const after = getComputedStyle(a, '::after').content;
          return {
            href: a.getAttribute('href'),
            shown: a.textContent.includes(address) || after.includes(a.getAttribute('href')),
            // Headings and the controller's address show their addresses already.
            twice: !!a.closest('h1, h2, h3, address') && a.textContent.includes(address) && after.includes(address),
          };
        }),
        background: luminance(getComputedStyle(document.body).backgroundColor),
        text: luminance(getComputedStyle(document.body).color),
        scrollWidth: document.documentElement.scrollWidth,
        innerWidth: window.innerWidth,
      };
    });
    expect('print', where, facts.hidden.every((d) => d === 'none'), 'navigation or skip link is printed');
    expect('print', where, facts.rows.every((b) => b === 'avoid'), 'table rows may be split across pages');
    expect('print', where, facts.theadGroup, 'table headers do not repeat on each printed page');
    for (const link of facts.links) {
      expect('print', where, link.shown, `the address of link ${link.href} is not printed`);
      expect('print', where, !link.twice, `the address of link ${link.href} is printed twice`);
    }
    expect('print', where, facts.background > 0.9 && facts.text < 0.1, 'print is not dark text on white');
    expect('print', where, facts.scrollWidth <= facts.innerWidth, `printed content is wider than the page (${facts.scrollWidth} > ${facts.innerWidth})`);
    count('print', 'pages');
  }
}

async function checkDark(browser, origin, page) {
  const facts = {};
  for (const colorScheme of ['light', 'dark']) {
    const tab = await tabFor(browser, { colorScheme, viewport: { width: 1280, height: 800 } });
    await tab.goto(origin + page.url, { waitUntil: 'load' });
    facts[colorScheme] = await tab.evaluate(() => {
      const luminance = (color) => {
        const [r, g, b] = color.match(/[\d.]+/g).map(Number).map((v) => v / 255)
          .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
      };
      const style = (el) => getComputedStyle(el);
      const elements = [document.body, ...document.querySelectorAll('th, td, code, a, .cookiedoc-consent, .cookiedoc-party')];
      return {
        background: luminance(style(document.body).backgroundColor),
        text: luminance(style(document.body).color),
        // Every element's text against the page: a light-on-light or dark-on-dark leftover shows here.
        worst: Math.min(...elements.map((el) => {
          const fg = luminance(style(el).color);
          let node = el;
          let bg = style(node).backgroundColor;
          while (node && (bg === 'rgba(0, 0, 0, 0)' || bg === 'transparent')) {
            node = node.parentElement;
            bg = node ? style(node).backgroundColor : 'rgb(255, 255, 255)';
          }
          const b = luminance(bg);
          return (Math.max(fg, b) + 0.05) / (Math.min(fg, b) + 0.05);
        })),
      };
    });
  }
  const where = page.url;
  expect('dark', where, facts.light.background > 0.8 && facts.light.text < 0.1, 'the light page is not dark text on a light background');
  expect('dark', where, facts.dark.background < 0.05 && facts.dark.text > 0.6, 'prefers-color-scheme: dark does not give a dark page');
  expect('dark', where, facts.light.worst >= 4.5, `a text in light mode has contrast ${facts.light.worst.toFixed(2)}`);
  expect('dark', where, facts.dark.worst >= 4.5, `a text in dark mode has contrast ${facts.dark.worst.toFixed(2)}`);
  count('dark', 'pages');
}

/** A full-page screenshot; Chromium sometimes refuses one under load ("Unable to capture
 *  screenshot"), so it is tried three times before that counts as a failure. */
async function screenshot(tab, path) {
  for (let attempt = 1; ; attempt++) {
    try {
      return await tab.screenshot({ path, fullPage: true });
    } catch (error) {
      if (attempt >= 3 || !String(error.message).includes('Unable to capture screenshot')) throw error;
      await new Promise((resolve) => setTimeout(resolve, 500 * attempt));
    }
  }
}

async function takeScreenshots(browser, origin, page, dir) {
  if (page.kind !== 'policy' || !['en', 'de', 'ar'].includes(page.locale)) return;
  mkdirSync(dir, { recursive: true });
  for (const colorScheme of ['light', 'dark']) {
    for (const width of [1280, 360]) {
      const tab = await tabFor(browser, { colorScheme, viewport: { width, height: 900 } });
      await tab.goto(origin + page.url, { waitUntil: 'load' });
      const file = join(dir, `${page.site}-${page.locale}-${width}-${colorScheme}.png`);
      await screenshot(tab, file);
      count('screenshots', 'files');
    }
  }
  // How the page prints, as one long image.
  const tab = await tabFor(browser, { viewport: { width: 680, height: 1000 } });
  await tab.emulateMedia({ media: 'print' });
  await tab.goto(origin + page.url, { waitUntil: 'load' });
  await screenshot(tab, join(dir, `${page.site}-${page.locale}-print.png`));
  count('screenshots', 'files');
}

async function checkMarkdown(browser, origin, page) {
  if (page.kind !== 'policy') return;
  const where = page.url + 'cookie-policy.md';
  if (!expect('markdown', where, existsSync(page.markdown), 'no cookie-policy.md beside the page')) return;
  const rendered = execFileSync('cmark-gfm', [
    '--extension', 'table', '--extension', 'strikethrough', '--extension', 'autolink',
    '--extension', 'tagfilter', '--extension', 'tasklist', page.markdown,
  ], { encoding: 'utf8' });
  const context = await browser.newContext({ javaScriptEnabled: false });
  const tab = await context.newPage();
  tab.on('request', (request) => {
    if (!request.url().startsWith(origin)) fail('markdown', where, `the Markdown's HTML requests ${request.url()}`);
  });
  await tab.goto(origin + page.url, { waitUntil: 'load' });
  const html = await documentShape(tab, 'main');
  await tab.setContent(`<!DOCTYPE html><html><head><meta charset="utf-8"><title>md</title></head><body><main>${rendered}</main></body></html>`);
  const md = await documentShape(tab, 'main');
  await context.close();

  expect('markdown', where, md.tables.length === html.tables.length, `${md.tables.length} tables in the Markdown, ${html.tables.length} in the page`);
  for (let t = 0; t < Math.min(md.tables.length, html.tables.length); t++) {
    const [a, b] = [md.tables[t], html.tables[t]];
    expect('markdown', where, a.length === b.length, `table ${t + 1}: ${a.length} rows in the Markdown, ${b.length} in the page`);
    for (let r = 0; r < Math.min(a.length, b.length); r++) {
      expect('markdown', where, a[r].length === b[r].length, `table ${t + 1} row ${r + 1}: ${a[r].length} cells in the Markdown, ${b[r].length} in the page`);
      for (let c = 0; c < Math.min(a[r].length, b[r].length); c++) {
        count('markdown', 'cells');
        expect('markdown', where, a[r][c] === b[r][c], `table ${t + 1} row ${r + 1} cell ${c + 1}: Markdown "${a[r][c]}" ≠ page "${b[r][c]}"`);
      }
    }
  }
  // The rest of the document: the same headings, paragraphs and list items in the same order.
  const length = Math.max(md.blocks.length, html.blocks.length);
  for (let i = 0; i < length; i++) {
    count('markdown', 'blocks');
    if (md.blocks[i] !== html.blocks[i]) {
      fail('markdown', where, `block ${i + 1}: Markdown "${md.blocks[i] ?? '(none)'}" ≠ page "${html.blocks[i] ?? '(none)'}"`);
      break; // one misalignment shifts every later block
    }
  }
  // No stray escapes: a backslash before punctuation, or an entity, that the page does not show.
  for (const pattern of [/\\[!-/:-@[-`{-~]/g, /&(?:[a-z]+|#\d+|#x[0-9a-f]+);/gi]) {
    for (const match of md.text.match(pattern) ?? []) {
      expect('markdown', where, html.text.includes(match), `a stray escape shows in the rendered Markdown: ${match}`);
    }
  }
  count('markdown', 'documents');
}

// ---------------------------------------------------------------- main

const args = parseArgs(process.argv.slice(2));
const sites = discoverSites(args.root);
if (!sites.length) usage(`no built site under ${args.root}`);
const server = await serve(args.root);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: CHROMIUM_ARGS });
const started = Date.now();
try {
  for (const check of args.checks) {
    const t0 = Date.now();
    for (const site of sites) {
      const switchers = new Map();
      for (const page of site.pages) {
        switch (check) {
          case 'axe': await checkAxe(browser, origin, page); break;
          case 'structure': await checkStructure(browser, origin, page, switchers); break;
          case 'responsive': await checkResponsive(browser, origin, page); break;
          case 'nojs': await checkNoJs(browser, origin, page); break;
          case 'csp': await checkCsp(browser, origin, page); break;
          case 'print': await checkPrint(browser, origin, page); break;
          case 'dark': await checkDark(browser, origin, page); break;
          case 'screenshots': await takeScreenshots(browser, origin, page, args.screenshots); break;
          case 'markdown': await checkMarkdown(browser, origin, page); break;
        }
      }
      for (const [lang, names] of switchers) {
        expect(check, `/${site.name}/`, names.size === 1, `language ${lang} is named differently on different pages (${[...names].join(' / ')}): it should be named in itself`);
      }
    }
    await closeTabs();
    const entry = Object.entries(counts.get(check) ?? {}).map(([k, v]) => `${v} ${k}`).join(', ');
    const pages = sites.reduce((n, s) => n + s.pages.length, 0);
    console.log(`summary: ${check}: ${pages} pages of ${sites.map((s) => s.name).join(', ')}; ${entry || 'nothing counted'}; ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  }
} finally {
  await browser.close();
  server.close();
}
if (args.screenshots && args.checks.includes('screenshots')) console.log(`summary: screenshots in ${args.screenshots}`);
console.log(`summary: ${failures.length} failures in ${((Date.now() - started) / 1000).toFixed(1)} s`);
process.exit(failures.length ? 1 : 0);
