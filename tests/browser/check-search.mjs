#!/usr/bin/env node
// Browser checks for the site search (issue 13): the search pages (/lv/meklet/, /en/search/),
// their script (js/search.js, js/stem-lv.js) on each language's Pagefind bundle, and the search
// field in the header of every page.
//
//   node check-search.mjs [--lapa target/release/lapa] [--out DIR] [--chromium PATH]
//                         [--queries tests/browser/search-queries.json] [--base-path /di/]
//                         [--timeout SECONDS]
//
// Builds the bundled site (content/, themes/, locales/ of this repository) into a temporary
// folder for http://127.0.0.1:PORT/di/, serves it there and checks, in headless Chromium:
//   pages       each language's home page has a header search field (a GET form with a
//               labelled field named q) leading to its search page; the search page has its
//               bundle (pagefind.js) and none of Pagefind's own UI bundles
//   404         the page for an unknown address offers each language's search form
//   queries     every query of --queries, typed into the search page's field: the expected
//               page is among the first 5 results (expect null: the "nothing found" message);
//               never a result of another language
//   no hits     a query that finds nothing says so in the role=status live region
//   plurals     the live region's count text has the CLDR plural form of the page's language
//               (Latvian zero/one/other), for the real result counts and for 0…121
//   address     ?q= opens with the query searched; typing updates ?q= (replaceState)
//   section     choosing a section shows only its pages; ?section= keeps the choice
//   keyboard    Tab reaches the field, the button and the results; Enter submits; Shift+Tab
//               leaves the field backwards; Tab leaves the results forwards (no trap);
//               "Show more results" moves the focus to the first new result
//   header      on a normal page the header field needs no script and loads none of the search
//               scripts; typing there and pressing Enter opens the search page with ?q= and the
//               results
//   narrow      no horizontal overflow at 320 px and at 640 px (1280 px at 200 % zoom), with
//               results shown
//   no script   with JavaScript off the search page says so, shows no form that cannot work,
//               and lists the sections and the sitemap; the header field still works (plain GET)
//   axe         axe-core (WCAG 2.0/2.1 A and AA) on the search page with results (lv, en), with
//               no results, and without JavaScript
//   vnu         the Nu HTML Checker on the search pages' DOM in the same states
//   requests    nothing requested from another host; no console errors, failed requests or
//               HTTP errors
// Screenshots (desktop 1280 px, phone 390 and 320 px, lv and en, with results; no results;
// JavaScript off) go to --out. The last line reads 'browser: N passed, N failed'. Exit 0 when
// everything passed, 1 when a check failed, 2 when the harness could not run.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as lib from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const WAIT_MS = 15_000;
const TOP = 5; // the expected page must be among the first TOP results
const PAGE_SIZE = 10; // results shown before "Show more results" (js/search.js)
const QUERY_PAGES = 4; // search pages typed into at once by the queries' check

const { values: args } = parseArgs({
  options: {
    lapa: { type: 'string', default: path.join(REPO, 'target/release/lapa') },
    out: { type: 'string', default: path.join(REPO, 'target/browser-report/search') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    queries: { type: 'string', default: path.join(HERE, 'search-queries.json') },
    timeout: { type: 'string', default: '900' },
    'base-path': { type: 'string', default: '/di/' },
  },
});

lib.watchdog('check-search', args.timeout);

// ---------------------------------------------------------------------------------------------
// bookkeeping

const { check, assert, fail, summary } = lib.checks('check-search');
const poll = (fn, ms = WAIT_MS) => lib.poll(fn, ms);

// ---------------------------------------------------------------------------------------------
// the site, built for the local server

const port = await lib.freePort();
const ORIGIN = `http://127.0.0.1:${port}`;
const BASE = `/${args['base-path'].replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const SITE_URL = `${ORIGIN}${BASE}`;

if (!fs.existsSync(args.lapa)) fail(`no lapa binary at ${args.lapa} (cargo build --release)`);
if (!fs.existsSync(args.chromium)) fail(`Chromium not found at ${args.chromium}`);
const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'lapa-search-'));
const SITE = path.join(tmp, 'public');
await fsp.rm(args.out, { recursive: true, force: true });
await fsp.mkdir(args.out, { recursive: true });

const built = await lib.run(args.lapa, ['build', '--root', REPO, '--output', SITE, '--base-url', SITE_URL]);
if (!built.ok) fail(`lapa build failed:\n${built.out}`);

let queries = null;
let queriesProblem = null;
try {
  queries = JSON.parse(fs.readFileSync(args.queries, 'utf8'));
  if (!Array.isArray(queries)) throw new Error('not a JSON array');
} catch (e) {
  queriesProblem = `${args.queries}: ${e.message}`;
  queries = null;
}

// The built site at BASE: folders answer with their index.html; 404.html for the rest.
const server = await lib.listen(port, lib.serveSite(SITE, BASE));

const languages = fs
  .readdirSync(SITE, { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^[a-z]{2,3}$/.test(e.name) && fs.existsSync(path.join(SITE, e.name, 'index.html')))
  .map((e) => e.name)
  .sort();

// ---------------------------------------------------------------------------------------------
// browser

const browser = await lib.launchChromium(args.chromium);

const problems = { external: [], errors: [] };
// A browser context whose pages may request only from the site's origin; anything else is
// recorded and blocked. Console errors, uncaught exceptions, failed requests and HTTP errors
// are recorded too (lib.guard), and so is every URL requested (`requested`).
const requested = [];
async function newContext(options = {}) {
  const context = await browser.newContext({ ...lib.CONTEXT_OPTIONS, ...options });
  await lib.guard(context, {
    problems,
    origins: [ORIGIN],
    timeout: WAIT_MS,
    onRequest: (request) => requested.push(request.url()),
    // the 404 check's own unknown address answers 404 on purpose
    expected: (r) => r.url().includes('/lapa-check/'),
  });
  return context;
}

const context = await newContext();
const page = await context.newPage();

// The search page's state: the live region's text, the results (hrefs and titles), the field's
// value and the address's q.
function state(p) {
  return p.evaluate(() => {
    const status = document.querySelector('[role="status"]');
    const list = document.querySelector('[data-search-results]');
    const links = list && !list.hidden ? [...list.querySelectorAll('.search-result-title a')] : [];
    return {
      status: status ? status.textContent.trim() : null,
      results: links.map((a) => new URL(a.href).pathname),
      titles: links.map((a) => a.textContent.trim()),
      value: document.querySelector('#search-q')?.value ?? null,
      q: new URL(location.href).searchParams.get('q'),
      more: !!document.querySelector('[data-search-more]:not([hidden])'),
    };
  });
}

// Types `query` into the search page's field (replacing what was there) and waits until the
// page shows the results of exactly that query: the address's q is the query and the live
// region has text. Returns the state.
async function typeQuery(p, query) {
  // the same query again would change nothing on the page: empty the field first
  if ((await state(p)).q === query.trim()) {
    await p.fill('#search-q', '');
    await poll(async () => (await state(p)).q === null);
  }
  await p.fill('#search-q', query);
  const s = await poll(async () => {
    const st = await state(p);
    return st.q === query.trim() && st.status ? st : null;
  });
  assert(s, `"${query}": no result and no message within ${WAIT_MS / 1000} s (state: ${JSON.stringify(await state(p))})`);
  return s;
}

// Opens the search page at ?q= and waits for the results (or message) of that query.
async function openQuery(p, searchUrl, query) {
  await p.goto(`${searchUrl}?q=${encodeURIComponent(query)}`);
  const s = await poll(async () => {
    const st = await state(p);
    return st.status ? st : null;
  });
  assert(s, `${searchUrl}?q=${query}: no result and no message within ${WAIT_MS / 1000} s`);
  return s;
}

// The texts the template put into the page for the script (data-* of [data-search]).
function pageTexts(p) {
  return p.evaluate(() => ({ ...document.querySelector('[data-search]')?.dataset }));
}

const axe = async (p) => (await lib.axe(p)).map((x) => `axe ${x}`);

// The DOM as it is now, written to a file for vnu (before axe's script is added to the page).
const domFiles = [];
async function keepDom(p, name) {
  domFiles.push(await lib.saveDom(p, path.join(tmp, 'dom', `${name}.html`)));
}

async function screenshot(p, name) {
  await p.evaluate(() => document.fonts.ready.then(() => undefined));
  await p.screenshot({ path: path.join(args.out, name), fullPage: true });
}

async function overflow(p, width) {
  const viewport = p.viewportSize();
  await p.setViewportSize({ width, height: 800 });
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r()))));
  const o = await p.evaluate((W) => {
    const sw = document.documentElement.scrollWidth;
    if (sw <= W) return null;
    const wide = [];
    for (const e of document.body.querySelectorAll('*')) {
      const r = e.getBoundingClientRect();
      if (r.right > W + 0.5 && r.width > 0 && !(e.parentElement && e.parentElement.getBoundingClientRect().right > W + 0.5)) {
        wide.push(`${e.localName}.${[...e.classList].join('.')} (right edge ${Math.round(r.right)} px)`);
      }
    }
    return `scrollWidth ${sw} > ${W}: ${wide.slice(0, 5).join('; ')}`;
  }, width);
  await p.setViewportSize(viewport);
  return o;
}

// ---------------------------------------------------------------------------------------------
// the checks

const searchUrls = {}; // lang -> absolute URL of its search page (from the header field)

await check('pages: every language has a header search field leading to its search page, with its bundle and no Pagefind UI', async () => {
  const bad = [];
  assert(languages.length > 0, 'no language folders in the built site');
  for (const lang of languages) {
    const before = requested.length;
    await page.goto(`${SITE_URL}${lang}/`);
    const form = await page.evaluate(() => {
      const f = document.querySelector('.site-header form[role="search"]');
      if (!f) return null;
      const input = f.querySelector('input[name="q"]');
      const label = input && input.labels && input.labels[0];
      return {
        action: f.action,
        method: f.getAttribute('method'),
        input: !!input,
        label: label ? label.textContent.trim() : null,
        button: f.querySelector('button[type="submit"], button:not([type])')?.textContent.trim() ?? null,
      };
    });
    if (!form) {
      bad.push(`${lang}: no search form in the header`);
      continue;
    }
    if (!form.input) bad.push(`${lang}: the header search form has no field named q`);
    if (!form.label) bad.push(`${lang}: the header search field has no label`);
    if (!form.button) bad.push(`${lang}: the header search form has no submit button with text`);
    if ((form.method || 'get').toLowerCase() !== 'get') bad.push(`${lang}: the header search form's method is ${form.method}`);
    if (!form.action.startsWith(`${SITE_URL}${lang}/`)) bad.push(`${lang}: the header search form leads to ${form.action}, not a page of ${lang}`);
    searchUrls[lang] = form.action;
    const scripts = requested.slice(before).filter((u) => /search\.js|stem-[a-z]+\.js|pagefind/.test(u));
    if (scripts.length) bad.push(`${lang}: the home page loads search scripts: ${scripts.join(', ')}`);
    const rel = new URL(form.action).pathname.slice(BASE.length);
    const dir = path.join(SITE, ...rel.split('/').filter(Boolean));
    if (!fs.existsSync(path.join(dir, 'index.html'))) bad.push(`${lang}: no search page at ${rel}`);
    if (!fs.existsSync(path.join(dir, 'pagefind', 'pagefind.js'))) bad.push(`${lang}: no ${rel}pagefind/pagefind.js`);
    const ui = fs.existsSync(path.join(dir, 'pagefind')) ? fs.readdirSync(path.join(dir, 'pagefind')).filter((f) => /^pagefind-(ui|component-ui|modular-ui|highlight)\b/.test(f) || f === 'playground') : [];
    if (ui.length) bad.push(`${lang}: Pagefind's own UI files published: ${ui.join(', ')}`);
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('404: the page for an unknown address offers each language a search form leading to its search page', async () => {
  const bad = [];
  await page.goto(`${SITE_URL}lapa-check/no/such/page/`);
  const forms = await page.evaluate(() => [...document.querySelectorAll('main form[role="search"]')].map((f) => ({
    lang: f.closest('[lang]')?.getAttribute('lang'),
    action: f.action,
    label: f.querySelector('input[name="q"]')?.labels?.[0]?.textContent.trim() ?? '',
  })));
  for (const [lang, url] of Object.entries(searchUrls)) {
    const f = forms.find((x) => x.lang === lang);
    if (!f) bad.push(`${lang}: no search form in the 404 page's ${lang} block`);
    else if (f.action !== url) bad.push(`${lang}: the 404 page's form leads to ${f.action}, not ${url}`);
    else if (!f.label) bad.push(`${lang}: the 404 page's field has no label`);
  }
  assert(bad.length === 0, bad.join('\n'));
});

const searchPages = Object.entries(searchUrls);
if (searchPages.length === 0) fail('no search page found: the remaining checks need one');

await check(`queries: every query of ${path.relative(REPO, args.queries)} finds its page among the first ${TOP} (null: nothing found), and nothing of another language`, async () => {
  assert(queries, queriesProblem);
  assert(queries.length > 0, 'no queries');
  const bad = [];
  const counts = {};
  // The queries are typed on QUERY_PAGES search pages at once (each query waits for the page's
  // 300 ms debounce, so one page would spend most of its time waiting); problems are listed in the
  // order of the file.
  const found = new Map(); // index in queries -> problems
  for (const lang of [...new Set(queries.map((q) => q.lang))]) {
    const searchUrl = searchUrls[lang];
    if (!searchUrl) {
      bad.push(`${lang}: no search page for the queries of this language`);
      continue;
    }
    const todo = queries.map((item, i) => ({ item, i })).filter(({ item }) => item.lang === lang);
    counts[lang] = todo.length;
    const worker = async () => {
      const p = await context.newPage();
      await p.goto(searchUrl);
      const texts = await pageTexts(p);
      for (let next = todo.shift(); next; next = todo.shift()) {
        const { item, i } = next;
        const mine = [];
        found.set(i, mine);
        const label = `${lang} "${item.query}"${item.why ? ` (${item.why})` : ''}`;
        let s;
        try {
          s = await typeQuery(p, item.query);
        } catch (e) {
          mine.push(`${label}: ${e.message}`);
          continue;
        }
        const other = s.results.filter((u) => !u.startsWith(`${BASE}${lang}/`));
        if (other.length) mine.push(`${label}: results of another language: ${other.join(', ')}`);
        if (item.expect === null) {
          if (s.results.length) mine.push(`${label}: expected nothing, found ${s.results.slice(0, TOP).join(', ')}`);
          if (s.status !== texts.textNone) mine.push(`${label}: the live region says "${s.status}", not "${texts.textNone}"`);
        } else {
          const want = `${BASE}${item.expect}`;
          const at = s.results.indexOf(want);
          if (at < 0 || at >= TOP) {
            mine.push(`${label}: ${want} is ${at < 0 ? 'not among the results' : `result ${at + 1}`}; first ${TOP}: ${s.results.slice(0, TOP).join(', ') || 'none'} (${s.status})`);
          }
        }
      }
      await p.close();
    };
    await Promise.all(Array.from({ length: QUERY_PAGES }, worker));
  }
  for (const i of [...found.keys()].sort((a, b) => a - b)) bad.push(...found.get(i));
  console.log(`      ${Object.entries(counts).map(([l, n]) => `${n} ${l}`).join(', ')} queries`);
  assert(bad.length === 0, `${bad.length} of ${queries.length} queries:\n${bad.join('\n')}`);
});

// a word in no page of either language
const NONSENSE = 'zqxjvwkk';

await check('no hits: a query that finds nothing says so in the role=status live region, and the sections are offered', async () => {
  const bad = [];
  for (const [lang, searchUrl] of searchPages) {
    const s = await openQuery(page, searchUrl, NONSENSE);
    const texts = await pageTexts(page);
    const live = await page.evaluate(() => {
      const st = document.querySelector('[role="status"]');
      return { id: st.id, live: st.getAttribute('aria-live'), visible: st.getBoundingClientRect().height > 0 };
    });
    if (s.results.length) bad.push(`${lang}: results for "${NONSENSE}": ${s.results.join(', ')}`);
    if (!texts.textNone || s.status !== texts.textNone) bad.push(`${lang}: the live region says "${s.status}", not "${texts.textNone}"`);
    if (live.live && live.live !== 'polite') bad.push(`${lang}: the live region is aria-live=${live.live}`);
    if (!live.visible) bad.push(`${lang}: the message is not visible`);
    const sections = await page.evaluate(() => {
      const b = document.querySelector('[data-search-browse]');
      return b && !b.hidden ? b.querySelectorAll('a').length : 0;
    });
    if (sections === 0) bad.push(`${lang}: no section links shown with the message`);
    await keepDom(page, `${lang}-no-results`);
    const v = await axe(page);
    for (const x of v) bad.push(`${lang} (no results): ${x}`);
    await screenshot(page, `search-${lang}-no-results-desktop.png`);
  }
  assert(bad.length === 0, bad.join('\n'));
});

// The plural forms a language's count text must take, written out from CLDR's rules (not from
// Intl, which the page's script uses), for the languages of the bundled site.
const PLURAL_FORMS = {
  lv: (n) => {
    const zero = n % 10 === 0 || (n % 100 >= 11 && n % 100 <= 19);
    const one = n % 10 === 1 && n % 100 !== 11;
    return zero ? 'zero' : one ? 'one' : 'other';
  },
  en: (n) => (n === 1 ? 'one' : 'other'),
};

// Common words that find several pages, to see real counts in the live region.
const COMMON = { lv: ['projekts', 'pakalpojumi', 'sociālie', 'pasākumi', 'bērni', 'un'], en: ['project', 'services', 'social', 'events', 'children', 'the'] };

await check('plurals: the live region says the count with the plural form of the page language (lv zero/one/other), for real searches and for 0…121', async () => {
  const bad = [];
  for (const [lang, searchUrl] of searchPages) {
    await page.goto(searchUrl);
    // the count texts the page would show for 0…121 results, by the page's own script
    const shown = await page.evaluate(async (src) => {
      const m = await import(src);
      const root = document.querySelector('[data-search]');
      const samples = m.countSamples(root);
      const out = {};
      for (let n = 1; n <= 121; n++) out[n] = m.countText(samples, document.documentElement.lang, n);
      return out;
    }, await page.evaluate(() => document.querySelector('script[type="module"][src*="search.js"]').src));
    const texts = Object.values(shown);
    if (texts.some((t) => !t)) bad.push(`${lang}: no count text for some numbers`);
    const rule = PLURAL_FORMS[lang];
    if (rule) {
      // numbers of the same category get the same words; different categories' words differ
      // where the language's texts differ (lv "lapu" for zero and one, "lapas" for other)
      const words = {};
      for (const [n, t] of Object.entries(shown)) {
        if (!t) continue;
        if (!t.includes(String(n))) bad.push(`${lang}: ${n} → "${t}" lacks the number`);
        const w = t.replace(String(n), '#');
        const c = rule(Number(n));
        words[c] ??= w;
        if (words[c] !== w) bad.push(`${lang}: ${n} (${c}) → "${t}", but other "${c}" numbers read "${words[c]}"`);
      }
      if (lang === 'lv') {
        const expect = { 1: 'Atradām 1 lapu.', 2: 'Atradām 2 lapas.', 10: 'Atradām 10 lapu.', 11: 'Atradām 11 lapu.', 21: 'Atradām 21 lapu.', 22: 'Atradām 22 lapas.', 111: 'Atradām 111 lapu.' };
        for (const [n, t] of Object.entries(expect)) if (shown[n] !== t) bad.push(`lv: ${n} → "${shown[n]}", expected "${t}"`);
      }
      if (lang === 'en') {
        const expect = { 1: 'We found 1 page.', 2: 'We found 2 pages.', 11: 'We found 11 pages.', 21: 'We found 21 pages.' };
        for (const [n, t] of Object.entries(expect)) if (shown[n] !== t) bad.push(`en: ${n} → "${shown[n]}", expected "${t}"`);
      }
    }
    // real searches: the live region's number is the number of results, in its plural form
    let seen = 0;
    for (const word of COMMON[lang] ?? []) {
      const s = await typeQuery(page, word);
      if (s.results.length === 0) continue;
      const total = await page.evaluate(() => {
        const t = document.querySelector('[role="status"]').textContent;
        const m = /\d[\d\s\u00a0]*/.exec(t);
        return m ? Number(m[0].replace(/\D/g, '')) : null;
      });
      if (total === null || !shown[total]) {
        if (total === null) bad.push(`${lang} "${word}": the live region "${s.status}" has no number`);
        continue;
      }
      seen += 1;
      if (s.status !== shown[total]) bad.push(`${lang} "${word}": the live region says "${s.status}", expected "${shown[total]}"`);
      const listed = s.results.length;
      if (!s.more && listed !== total) bad.push(`${lang} "${word}": ${listed} results listed, the live region says ${total}`);
      if (s.more && listed !== PAGE_SIZE) bad.push(`${lang} "${word}": ${listed} results listed before "Show more", not ${PAGE_SIZE}`);
    }
    if (seen === 0) bad.push(`${lang}: none of ${COMMON[lang]?.join(', ')} found anything`);
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('address: ?q= opens with the query searched and in the field; typing updates ?q= with replaceState (no new history entries)', async () => {
  const bad = [];
  for (const [lang, searchUrl] of searchPages) {
    const word = COMMON[lang][0];
    const s = await openQuery(page, searchUrl, word);
    if (s.value !== word) bad.push(`${lang}: the field holds "${s.value}", not "${word}"`);
    if (s.results.length === 0) bad.push(`${lang}: ?q=${word} shows no results`);
    const length = await page.evaluate(() => history.length);
    const t = await typeQuery(page, COMMON[lang][1]);
    if (t.q !== COMMON[lang][1]) bad.push(`${lang}: after typing, ?q= is "${t.q}"`);
    const after = await page.evaluate(() => history.length);
    if (after !== length) bad.push(`${lang}: typing added ${after - length} history entries`);
    const title = await page.title();
    if (!title.includes(COMMON[lang][1])) bad.push(`${lang}: the document title "${title}" does not name the query`);
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('section: choosing a section shows only its pages, and ?section= keeps the choice', async () => {
  const bad = [];
  for (const [lang, searchUrl] of searchPages) {
    const word = COMMON[lang][0];
    await openQuery(page, searchUrl, word);
    const sectionOf = () => page.evaluate(() => [...document.querySelectorAll('.search-result')].map((r) => r.querySelector('.search-result-section')?.textContent.replace(/^[^:]*:\s*/, '') ?? null));
    const all = await sectionOf();
    const chosen = all.find((x) => x);
    if (!(await page.$('#search-section'))) {
      bad.push(`${lang}: no section choice on the search page`);
      continue;
    }
    if (!chosen) {
      bad.push(`${lang}: no result of "${word}" is in a section`);
      continue;
    }
    await page.selectOption('#search-section', chosen);
    const ok = await poll(async () => new URL(page.url()).searchParams.get('section') === chosen);
    if (!ok) bad.push(`${lang}: choosing "${chosen}" does not put ?section= in the address`);
    const got = await sectionOf();
    if (got.length === 0 || got.some((x) => x !== chosen)) bad.push(`${lang}: with "${chosen}" chosen the results are in ${JSON.stringify(got)}`);
    await page.goto(page.url());
    await poll(async () => (await state(page)).status);
    const kept = await page.$eval('#search-section', (e) => e.value);
    if (kept !== chosen) bad.push(`${lang}: reloaded with ?section=, the choice is "${kept}"`);
    if (JSON.stringify(await sectionOf()) !== JSON.stringify(got)) bad.push(`${lang}: reloaded with ?section=, other results`);
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('keyboard: Tab reaches the field, the button and the results; Enter searches; no trap either way; "Show more" focuses the first new result', async () => {
  const bad = [];
  for (const [lang, searchUrl] of searchPages) {
    await page.goto(searchUrl);
    const active = () => page.evaluate(() => {
      const e = document.activeElement;
      if (!e || e === document.body) return 'body';
      return e.id ? `#${e.id}` : e.closest('.search-result') ? 'result' : e.closest('.site-footer') ? 'footer' : `${e.localName}.${[...e.classList].join('.')}`;
    });
    let steps = 0;
    while ((await active()) !== '#search-q' && steps < 40) {
      await page.keyboard.press('Tab');
      steps += 1;
    }
    if ((await active()) !== '#search-q') {
      bad.push(`${lang}: 40 Tab presses did not reach the search field`);
      continue;
    }
    await page.keyboard.type(COMMON[lang][0]);
    await page.keyboard.press('Enter');
    const s = await poll(async () => {
      const st = await state(page);
      return st.q === COMMON[lang][0] && st.results.length ? st : null;
    });
    if (!s) {
      bad.push(`${lang}: typing "${COMMON[lang][0]}" and Enter showed no results`);
      continue;
    }
    if ((await active()) !== '#search-q') bad.push(`${lang}: Enter moved the focus away from the field (to ${await active()})`);
    await page.keyboard.press('Tab');
    const onButton = await page.evaluate(() => document.activeElement?.classList.contains('search-button'));
    if (!onButton) bad.push(`${lang}: Tab from the field goes to ${await active()}, not the search button`);
    await page.keyboard.press('Tab');
    // the section choice, when the site has sections, comes between
    if ((await active()) === '#search-section') await page.keyboard.press('Tab');
    if ((await active()) !== 'result') bad.push(`${lang}: Tab from the button (and the section choice) goes to ${await active()}, not the first result`);
    // forwards: out of the results to the footer
    let out = false;
    for (let i = 0; i < 60 && !out; i++) {
      await page.keyboard.press('Tab');
      out = (await active()) === 'footer';
    }
    if (!out) bad.push(`${lang}: Tab from the results never reached the footer`);
    // backwards: from the field to the header
    await page.focus('#search-q');
    await page.keyboard.press('Shift+Tab');
    const back = await page.evaluate(() => !!document.activeElement?.closest('header, .breadcrumbs'));
    if (!back) bad.push(`${lang}: Shift+Tab from the field goes to ${await active()}, not back to the header`);
    // "Show more results"
    const common = COMMON[lang].concat(lang === 'lv' ? ['projekt', 'a'] : ['a']);
    let more = null;
    for (const word of common) {
      const st = await typeQuery(page, word);
      if (st.more) {
        more = word;
        break;
      }
    }
    if (!more) {
      console.log(`      ${lang}: no query of ${common.join(', ')} has more than ${PAGE_SIZE} results; "Show more" not checked`);
    } else {
      await page.focus('[data-search-more] button');
      await page.keyboard.press('Enter');
      const moved = await poll(() => page.evaluate((n) => {
        const e = document.activeElement;
        const items = [...document.querySelectorAll('.search-result')];
        return items.length > n && e && items.indexOf(e.closest('.search-result')) === n;
      }, PAGE_SIZE));
      if (!moved) bad.push(`${lang} "${more}": after "Show more results" the focus is on ${await active()}, not result ${PAGE_SIZE + 1}`);
    }
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('header: on a normal page the field needs no script; typing and Enter open the search page with ?q= and its results', async () => {
  const bad = [];
  for (const [lang] of searchPages) {
    // the first section link of the home page's menu: a normal page
    await page.goto(`${SITE_URL}${lang}/`);
    const target = await page.evaluate(() => document.querySelector('.main-nav a')?.href);
    if (!target) {
      bad.push(`${lang}: no menu link on the home page`);
      continue;
    }
    const before = requested.length;
    await page.goto(target);
    const scripts = requested.slice(before).filter((u) => /search\.js|stem-[a-z]+\.js|pagefind/.test(u));
    if (scripts.length) bad.push(`${lang}: ${target} loads search scripts: ${scripts.join(', ')}`);
    await page.focus('.site-header form[role="search"] input[name="q"]');
    const word = COMMON[lang][0];
    await page.keyboard.type(word);
    await Promise.all([page.waitForURL((u) => u.searchParams.get('q') === word), page.keyboard.press('Enter')]);
    const s = await poll(async () => {
      const st = await state(page);
      return st.status ? st : null;
    });
    if (!page.url().startsWith(searchUrls[lang])) bad.push(`${lang}: Enter in the header field opened ${page.url()}`);
    if (!s || s.results.length === 0) bad.push(`${lang}: the search page opened from the header shows no results for "${word}"`);
  }
  // without JavaScript the header form still leads to the search page
  const off = await newContext({ javaScriptEnabled: false });
  const p = await off.newPage();
  for (const [lang] of searchPages) {
    await p.goto(`${SITE_URL}${lang}/`);
    await p.fill('.site-header form[role="search"] input[name="q"]', 'test');
    await Promise.all([p.waitForURL((u) => u.searchParams.get('q') === 'test'), p.keyboard.press('Enter')]);
    if (!p.url().startsWith(searchUrls[lang])) bad.push(`${lang} (no script): Enter in the header field opened ${p.url()}`);
  }
  await off.close();
  assert(bad.length === 0, bad.join('\n'));
});

await check('results: axe and vnu pass with results shown; no overflow at 320 px or at 640 px (200 % zoom); screenshots', async () => {
  const bad = [];
  for (const [lang, searchUrl] of searchPages) {
    const word = COMMON[lang][0];
    const s = await openQuery(page, searchUrl, word);
    if (!s.results.length) bad.push(`${lang}: no results for "${word}"`);
    const details = await page.evaluate(() => {
      const first = document.querySelector('.search-result');
      return first ? { mark: !!first.querySelector('.search-excerpt mark'), heading: !!first.querySelector('h2 a, h3 a') } : null;
    });
    if (!details || !details.heading) bad.push(`${lang}: a result has no title link in a heading`);
    else if (!details.mark) bad.push(`${lang}: the first result's excerpt marks no word`);
    await keepDom(page, `${lang}-results`);
    for (const x of await axe(page)) bad.push(`${lang} (results): ${x}`);
    for (const w of [320, 640]) {
      const o = await overflow(page, w);
      if (o) bad.push(`${lang} at ${w} px: ${o}`);
    }
    await screenshot(page, `search-${lang}-desktop.png`);
  }
  for (const [width, name] of [[390, 'phone'], [320, '320']]) {
    const ctx = await newContext({ viewport: { width, height: 844 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const p = await ctx.newPage();
    for (const [lang, searchUrl] of searchPages) {
      await openQuery(p, searchUrl, COMMON[lang][0]);
      const o = await p.evaluate((W) => document.documentElement.scrollWidth > W ? document.documentElement.scrollWidth : null, width);
      if (o) bad.push(`${lang} on a ${width} px phone: scrollWidth ${o}`);
      await screenshot(p, `search-${lang}-${name}.png`);
    }
    // the home pages with the header field, as a phone shows them first
    for (const [lang] of searchPages) {
      await p.goto(`${SITE_URL}${lang}/`);
      await p.screenshot({ path: path.join(args.out, `header-${lang}-${name}.png`) });
    }
    await ctx.close();
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('no script: with JavaScript off the search page says so and lists the sections and the sitemap; axe passes', async () => {
  const bad = [];
  const off = await newContext({ javaScriptEnabled: false });
  const p = await off.newPage();
  for (const [lang, searchUrl] of searchPages) {
    await p.goto(`${searchUrl}?q=${encodeURIComponent(COMMON[lang][0])}`);
    const f = await p.evaluate(() => {
      const ns = document.querySelector('noscript');
      const browse = document.querySelector('[data-search-browse]');
      const visible = (e) => !!e && !e.hidden && e.getBoundingClientRect().height > 0;
      return {
        noscript: ns ? ns.textContent.trim() : '',
        sections: browse && visible(browse) ? [...browse.querySelectorAll('a')].map((a) => a.getAttribute('href')) : [],
        results: document.querySelectorAll('.search-result').length,
        form: visible(document.querySelector('form.search-form')),
      };
    });
    if (!f.noscript) bad.push(`${lang}: no <noscript> message`);
    if (f.sections.length < 2) bad.push(`${lang}: the sections are not listed without JavaScript (${f.sections.length} links)`);
    if (!f.sections.some((h) => /sitemap/.test(h))) bad.push(`${lang}: no sitemap link without JavaScript`);
    if (f.results) bad.push(`${lang}: results shown without JavaScript`);
    if (f.form) bad.push(`${lang}: the search form is shown without JavaScript, where it cannot work`);
    await screenshot(p, `search-${lang}-no-javascript-desktop.png`);
  }
  await off.close();
  // axe (it needs script) on the same page with JavaScript on, its module blocked, and the
  // <noscript> message shown as the browser would show it without JavaScript
  const ctx = await newContext();
  await ctx.route('**/search.js', (route) => route.fulfill({ status: 200, contentType: 'text/javascript', body: '' }));
  const q = await ctx.newPage();
  for (const [lang, searchUrl] of searchPages) {
    await q.goto(searchUrl);
    await q.evaluate(() => {
      for (const ns of document.querySelectorAll('noscript')) {
        const t = document.createElement('template');
        t.innerHTML = ns.textContent;
        ns.replaceWith(t.content);
      }
    });
    for (const x of await axe(q)) bad.push(`${lang} (no script): ${x}`);
  }
  await ctx.close();
  assert(bad.length === 0, bad.join('\n'));
});

await check('vnu: the search pages as shown (results, no results) are valid HTML', async () => {
  const files = [...domFiles];
  for (const [, searchUrl] of searchPages) {
    const rel = new URL(searchUrl).pathname.slice(BASE.length);
    files.push(path.join(SITE, ...rel.split('/').filter(Boolean), 'index.html'));
  }
  const errors = (await lib.vnu(files, { relativeTo: tmp })).map((m) => m.text);
  assert(errors.length === 0, errors.join('\n'));
});

await check('requests: nothing from another host; no console errors, failed requests or HTTP errors', async () => {
  assert(problems.external.length === 0, `requests to other hosts:\n${problems.external.join('\n')}`);
  assert(problems.errors.length === 0, problems.errors.join('\n'));
});

await browser.close();
server.close();
await fsp.rm(tmp, { recursive: true, force: true });
console.log(`check-search: ${searchPages.map(([l, u]) => `${l} ${new URL(u).pathname}`).join(', ')}; screenshots in ${args.out}`);
process.exit(summary());
