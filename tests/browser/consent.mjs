// The consent banner cookiedoc writes (`build --banner cookieconsent`), run with the real
// vanilla-cookieconsent (locked in package-lock.json) in Debian's Chromium; driven by
// tests/it/consent.rs.
//
//   node consent.mjs --site DIR --bumped DIR --hostile DIR [--chromium PATH]
//
// --site     the shop example built with the banner (and the change-settings control)
// --bumped   the same shop with one more cookie that needs consent: a new revision
// --hostile  a registry whose texts are script, event handlers and `javascript:` links
//
// It serves them on 127.0.0.1 with test pages that load the library and the module the way a
// site does, and a small script that sets the shop's statistics and marketing cookies the way
// their tools would: before any choice (what the banner must undo on refusal) and, as
// `<script type="text/plain" data-category>`, after consent. Prints one line per failure and
// exits 1 if anything failed.

import { createServer } from 'node:http';
import { readFileSync, existsSync, statSync } from 'node:fs';
import { join, resolve, extname, sep } from 'node:path';
import { createRequire } from 'node:module';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS } from './common.mjs';

const require = createRequire(import.meta.url);
const LIBRARY = resolve(require.resolve('vanilla-cookieconsent'), '..');

// The library hides itself from browsers that say they are automated (`hideFromBots`).
const CHROMIUM = [...CHROMIUM_ARGS, '--disable-blink-features=AutomationControlled'];

/** Cookies of the shop's consent categories, set the way Matomo and the ad network's tag do. */
const REFUSABLE = ['_pk_id.1.a1b2', '_pk_ses.1.a1b2', '_adnet_uid'];
const BEFORE_CHOICE = `
document.cookie = "_pk_id.1.a1b2=f00d.1764000000; path=/; max-age=34128000; SameSite=Lax";
document.cookie = "_pk_ses.1.a1b2=1; path=/; max-age=1800; SameSite=Lax";
document.cookie = "_adnet_uid=u-42; path=/; max-age=31536000; SameSite=Lax";
localStorage.setItem("recently_viewed", "[3,1,4]");`;
const AFTER_CONSENT = `
<script type="text/plain" data-category="statistics">
document.cookie = "_pk_id.1.a1b2=f00d.1764000000; path=/; max-age=34128000; SameSite=Lax";
document.cookie = "_pk_ses.1.a1b2=1; path=/; max-age=1800; SameSite=Lax";
</script>
<script type="text/plain" data-category="marketing">
document.cookie = "_adnet_uid=u-42; path=/; max-age=31536000; SameSite=Lax";
</script>`;

/** Entities that would be shown or read as text. */
const ENTITY = /&(#\d+|#x[0-9a-f]+|[a-z]+\d*);/i;

// ---------------------------------------------------------------- arguments

const args = { chromium: '/usr/bin/chromium' };
{
  const rest = process.argv.slice(2);
  while (rest.length) {
    const flag = rest.shift();
    const value = rest.shift();
    if (value === undefined) usage(`${flag} needs a value`);
    if (flag === '--site') args.site = resolve(value);
    else if (flag === '--bumped') args.bumped = resolve(value);
    else if (flag === '--hostile') args.hostile = resolve(value);
    else if (flag === '--chromium') args.chromium = value;
    else usage(`unknown flag ${flag}`);
  }
  if (!args.site || !args.bumped || !args.hostile) usage('--site, --bumped and --hostile are required');
}

function usage(message) {
  console.error(`error: ${message}\nusage: node consent.mjs --site DIR --bumped DIR --hostile DIR [--chromium PATH]`);
  process.exit(2);
}

const failures = [];
function fail(check, message) {
  failures.push(`${check}: ${message}`);
  console.log(`FAIL ${check}: ${message}`);
}

// ---------------------------------------------------------------- the test site

const CONTENT_TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.md': 'text/markdown; charset=utf-8',
};

/** The tags a site adds to load the banner: the library's stylesheet and the module. */
function bannerTags(base) {
  return `<link rel="stylesheet" href="/vendor/cookieconsent.css">
<script type="module">
import * as CookieConsent from "/vendor/cookieconsent.esm.js";
import config from "${base}cookieconsent-config.mjs";
window.consentRun = CookieConsent.run(config);
window.CookieConsent = CookieConsent;
</script>`;
}

/** A page of the shop in `lang`: it loads the banner, and with `pre` sets cookies before any choice. */
function shopPage(lang, base, pre) {
  const dir = lang === 'ar' ? 'rtl' : 'ltr';
  return `<!DOCTYPE html>
<html lang="${lang}" dir="${dir}">
<head><meta charset="utf-8"><title>Lumen</title>
${bannerTags(base)}
</head>
<body>
<h1>Lumen Lamps</h1>
<p><a href="/shop/${lang}.html">Next page</a></p>
${pre ? `<script>${BEFORE_CHOICE}</script>` : ''}
${AFTER_CONSENT}
</body>
</html>`;
}

/** Where each URL prefix is served from. */
const ROOTS = [
  ['/vendor/', LIBRARY],
  ['/v2/', args.bumped],
  ['/hostile/', args.hostile],
  ['/', args.site],
];

function fileFor(pathname) {
  for (const [prefix, root] of ROOTS) {
    if (!pathname.startsWith(prefix)) continue;
    let path = resolve(root, '.' + decodeURIComponent(pathname.slice(prefix.length - 1)));
    if (path !== root && !path.startsWith(root + sep)) return null;
    if (existsSync(path) && statSync(path).isDirectory()) path = join(path, 'index.html');
    return existsSync(path) ? path : null;
  }
  return null;
}

function serve() {
  const server = createServer((request, response) => {
    const url = new URL(request.url, 'http://127.0.0.1');
    if (url.pathname === '/favicon.ico') {
      response.writeHead(204).end();
      return;
    }
    const page = url.pathname.match(/^\/(shop|v2|hostile)\/([a-z-]+)\.html$/);
    if (page) {
      const base = page[1] === 'shop' ? '/' : `/${page[1]}/`;
      response.writeHead(200, { 'Content-Type': CONTENT_TYPES['.html'], 'Cache-Control': 'no-store' });
      response.end(shopPage(page[2], base, url.searchParams.has('pre')));
      return;
    }
    const path = fileFor(url.pathname);
    if (!path) {
      response.writeHead(404).end('not found');
      return;
    }
    let body = readFileSync(path);
    // The policy pages are part of the site: they load the banner like every other page.
    if (extname(path) === '.html' && url.pathname.match(/^\/[a-z-]+\/$/)) {
      body = body.toString('utf8').replace('</head>', `${bannerTags('/')}\n</head>`);
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[extname(path)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    response.end(body);
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok(server)));
}

// ---------------------------------------------------------------- helpers

/** A fresh visitor: a new context, its console errors and dialogs recorded. */
async function visitor(browser, check) {
  const context = await browser.newContext();
  const page = await context.newPage();
  page.on('console', (m) => { if (m.type() === 'error') fail(check, `console error: ${m.text()}`); });
  page.on('pageerror', (e) => fail(check, `page error: ${e.message}`));
  page.on('dialog', (d) => { fail(check, `a dialog opened: ${d.message()}`); d.dismiss(); });
  return { context, page };
}

async function openBanner(page, url) {
  await page.goto(url);
  await page.evaluate(() => window.consentRun);
  await page.waitForSelector('#cc-main .cm', { state: 'visible', timeout: 5000 });
}

async function cookieNames(context) {
  return (await context.cookies()).map((c) => c.name);
}

/** Everything a visitor sees or hears in the banner: text, aria-labels, data-column labels. */
async function heardTexts(page) {
  return page.evaluate(() => {
    const root = document.querySelector('#cc-main');
    const texts = [root.innerText];
    for (const el of root.querySelectorAll('*')) {
      for (const attr of ['aria-label', 'data-column', 'title', 'alt', 'data-counterlabel']) {
        const value = el.getAttribute(attr);
        if (value) texts.push(value);
      }
      if (el.classList.contains('toggle__label')) texts.push(el.textContent);
    }
    return texts;
  });
}

function noEntities(check, texts) {
  for (const text of texts) {
    const found = text.match(ENTITY);
    if (found) fail(check, `an entity is shown as text: \`${found[0]}\` in \`${text.slice(0, 80)}\``);
  }
}

async function openPreferences(page) {
  await page.click('#cc-main .cm [data-role="show"]');
  await page.waitForSelector('#cc-main .pm', { state: 'visible', timeout: 5000 });
}

// ---------------------------------------------------------------- checks

/** Every locale: the banner shows, in its language, with no console error, no entity, its columns
 * labelled and a link to the policy page of that language that loads. */
async function checkLocales(browser, origin) {
  const langs = JSON.parse(readFileSync(join(args.site, 'cookies.json'), 'utf8')).site.locales;
  for (const lang of langs) {
    const check = `locale ${lang}`;
    const { context, page } = await visitor(browser, check);
    await openBanner(page, `${origin}/shop/${lang}.html`);
    const link = await page.getAttribute('#cc-main .cm a[href]', 'href');
    if (link !== `${origin}/${lang}/`) fail(check, `the banner links to ${link}, not to ${origin}/${lang}/`);
    else {
      const response = await page.request.get(link);
      if (!response.ok()) fail(check, `the policy page ${link} answers ${response.status()}`);
    }
    await openPreferences(page);
    const labels = await page.$$eval('#cc-main td[data-column]', (tds) => tds.map((td) => td.getAttribute('data-column')));
    if (!labels.length) fail(check, 'the preferences have no cookie table');
    const headers = await page.$$eval('#cc-main th', (ths) => ths.map((th) => th.textContent));
    for (const label of labels) if (!headers.includes(label)) fail(check, `a cell is labelled \`${label}\`, which is no column's heading`);
    noEntities(check, await heardTexts(page));
    await context.close();
  }
  console.log(`locales: ${langs.length}`);
}

/** Reject: every refused cookie and storage key set before the choice is deleted, the choice is
 * kept in the declared cookie for the declared days, and the next page sets nothing refused. */
async function checkReject(browser, origin) {
  const check = 'reject';
  const { context, page } = await visitor(browser, check);
  await openBanner(page, `${origin}/shop/en.html?pre`);
  const before = await cookieNames(context);
  for (const name of REFUSABLE) if (!before.includes(name)) fail(check, `the test page did not set ${name}`);
  await page.click('#cc-main .cm [data-role="necessary"]');
  await page.waitForTimeout(300);
  const after = await cookieNames(context);
  for (const name of REFUSABLE) if (after.includes(name)) fail(check, `${name} is still there after "Reject all"`);
  const stored = await page.evaluate(() => localStorage.getItem('recently_viewed'));
  if (stored !== null) fail(check, 'the local-storage key recently_viewed is still there after "Reject all"');
  const record = (await context.cookies()).find((c) => c.name === 'consent_choices');
  if (!record) fail(check, `the choice is not kept in consent_choices (cookies: ${after.join(', ')})`);
  else {
    const days = (record.expires - Date.now() / 1000) / 86400;
    if (days < 181 || days > 182.5) fail(check, `consent_choices is kept ${days.toFixed(1)} days, not 182`);
  }
  if (after.includes('cc_cookie')) fail(check, 'the library stored its own undeclared cc_cookie');
  await page.goto(`${origin}/shop/en.html`);
  await page.evaluate(() => window.consentRun);
  await page.waitForTimeout(300);
  if (await page.isVisible('#cc-main .cm')) fail(check, 'the banner asks again on the next page');
  const next = await cookieNames(context);
  for (const name of REFUSABLE) if (next.includes(name)) fail(check, `${name} appeared on the next page`);
  await context.close();
}

/** Accept: the cookies stay and the tools' consent-gated scripts run; a new revision asks again. */
async function checkAcceptAndRevision(browser, origin) {
  const check = 'accept';
  const { context, page } = await visitor(browser, check);
  await openBanner(page, `${origin}/shop/en.html?pre`);
  await page.click('#cc-main .cm [data-role="all"]');
  await page.waitForTimeout(300);
  await page.goto(`${origin}/shop/en.html`);
  await page.evaluate(() => window.consentRun);
  await page.waitForTimeout(300);
  const names = await cookieNames(context);
  for (const name of REFUSABLE) if (!names.includes(name)) fail(check, `${name} is gone after "Accept all"`);
  if (await page.isVisible('#cc-main .cm')) fail(check, 'the banner asks again after "Accept all"');
  // The same visitor on the site after a cookie that needs consent was added to the registry.
  await page.goto(`${origin}/v2/en.html`);
  await page.evaluate(() => window.consentRun);
  try {
    await page.waitForSelector('#cc-main .cm', { state: 'visible', timeout: 5000 });
  } catch {
    fail('revision', 'a new revision does not ask again');
  }
  await context.close();
}

/** The change-settings control on the policy page opens the preferences with no script of
 * cookiedoc's own. */
async function checkControl(browser, origin) {
  const check = 'control';
  const { context, page } = await visitor(browser, check);
  await page.goto(`${origin}/en/`);
  await page.evaluate(() => window.consentRun);
  const control = await page.$('main [data-cc="show-preferencesModal"]');
  if (!control) {
    fail(check, 'the policy page has no control with data-cc="show-preferencesModal"');
  } else {
    await control.click();
    try {
      await page.waitForSelector('#cc-main .pm', { state: 'visible', timeout: 5000 });
    } catch {
      fail(check, 'the control does not open the preferences');
    }
  }
  const own = await page.$$eval('script[src]', (s) => s.map((e) => e.src).filter((src) => !src.includes('/vendor/')));
  if (own.length) fail(check, `the policy page loads scripts: ${own.join(', ')}`);
  await context.close();
}

/** Hostile texts stay text: no element, handler or link made from them, no entity shown. */
async function checkHostile(browser, origin) {
  const langs = JSON.parse(readFileSync(join(args.hostile, 'cookies.json'), 'utf8')).site.locales;
  for (const lang of langs) {
    const check = `hostile ${lang}`;
    const { context, page } = await visitor(browser, check);
    await page.addInitScript(() => { window.__xss = []; window.alert = (m) => window.__xss.push(String(m)); });
    await openBanner(page, `${origin}/hostile/${lang}.html`);
    await openPreferences(page);
    await page.waitForTimeout(300);
    const found = await page.evaluate(() => {
      const root = document.querySelector('#cc-main');
      return {
        xss: window.__xss,
        elements: [...root.querySelectorAll('img, script, iframe, b, object, embed')].map((e) => e.outerHTML.slice(0, 60)),
        handlers: [...root.querySelectorAll('*')].flatMap((e) => [...e.attributes].filter((a) => a.name.startsWith('on')).map((a) => a.name)),
        links: [...root.querySelectorAll('a[href]')].map((a) => a.getAttribute('href')).filter((h) => !/^(https?:|mailto:)/.test(h)),
        text: root.innerText,
      };
    });
    if (found.xss.length) fail(check, `script ran: ${found.xss.join(', ')}`);
    for (const element of found.elements) fail(check, `a registry text became an element: ${element}`);
    for (const handler of found.handlers) fail(check, `a registry text became a handler: ${handler}`);
    for (const link of found.links) fail(check, `a registry text became a link: ${link}`);
    if (!found.text.includes('<img src=x onerror=alert(1)>')) fail(check, 'the hostile text is not shown as text');
    if (!found.text.includes("Ads & partners' offers")) fail(check, "\"Ads & partners' offers\" is not shown as written");
    noEntities(check, await heardTexts(page));
    const rtl = await page.evaluate(() => document.querySelector('#cc-main').classList.contains('cc--rtl'));
    if (rtl !== (lang === 'ar')) fail(check, `the banner is ${rtl ? '' : 'not '}right to left`);
    await context.close();
  }
}

// ---------------------------------------------------------------- main

const server = await serve();
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await chromium.launch({ executablePath: args.chromium, headless: true, args: CHROMIUM });
try {
  await checkLocales(browser, origin);
  await checkReject(browser, origin);
  await checkAcceptAndRevision(browser, origin);
  await checkControl(browser, origin);
  await checkHostile(browser, origin);
} catch (error) {
  fail('run', error.stack ?? String(error));
} finally {
  await browser.close();
  server.close();
}
console.log(`summary: ${failures.length} failure${failures.length === 1 ? '' : 's'}`);
process.exit(failures.length ? 1 : 0);
