#!/usr/bin/env node
// Browser checks for the embeds (issue 11): a partner's page on another origin that embeds
// every widget with the snippet copied from the site's "embed on your site" pages.
//
//   node check-embeds.mjs [--lapa target/release/lapa] [--out DIR] [--chromium PATH]
//                         [--base-path /di/] [--timeout SECONDS]
//
// Copies the bundled site (content/, themes/, locales/) into a temporary folder and builds it
// with --base-url http://127.0.0.1:A/di/ (A, B, C: free loopback ports; --base-path to change
// /di/). Port A serves the built site, port B a partner's pages, port C some other site's page. The partner pages are made
// of the snippets as the guide pages (/lv/iegult/, /en/embed/ and one per municipality below
// them) show them in <code>, pasted unchanged, so the test proves that copy-paste works.
// Checks, in headless Chromium:
//   size      embed.js as published is at most 2048 bytes gzipped
//   guides    the guide pages offer a snippet for every embed document in the output; a copy
//             button copies its snippet by keyboard and announces it; no button without script
//   load      every iframe of the partner page loads its embed document
//   height    with embed.js each iframe is as tall as its content (within 3 px) and does not
//             scroll; also an iframe added later, and the guide pages' live previews
//   news      news items added (new markdown files, rebuild, reload): the news widgets grow
//   320 px    at a 320 px viewport the heights follow the reflowed content, nothing overflows
//   links     every link in the embeds has the effective target _top (<base target>), and
//             clicking one navigates the partner's top window
//   messages  a height message from another origin's iframe, from an unmarked iframe of the
//             site, from the partner page itself, or of the wrong shape changes nothing; the
//             right one from the embed is applied and clamped to 40...100000
//   h=3       ?h=3 moves every heading one level down (h2 -> h3 ...), ?h=2 leaves them
//   no script without embed.js, and with JavaScript off, each iframe keeps its snippet height
//             and scrolls when its content is taller
//   axe       axe-core (WCAG 2.0/2.1 A and AA) on every embed document, in light and dark
//             colour schemes, and on the partner page
//   vnu       the Nu HTML Checker on the embed documents, the guide pages and the partner pages
//   fragments each fragment.html pasted into a partner page: valid (vnu), axe passes, only
//             absolute addresses, no script, style or iframe
//   requests  nothing requested from any host but ports A and B (C only where it is the
//             test's other site); no console errors, failed requests or HTTP errors
//   cookies   no cookies set
//   oembed    (when the site has oembed.json files) each one's html is the guide's snippet
// Screenshots of the partner page and the guide pages (desktop 1280 px, phone 320/375 px) go to
// --out. The last line reads 'browser: N passed, N failed'. Exit 0 when everything passed, 1 when
// a check failed, 2 when the harness could not run.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import * as lib from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const WAIT_MS = 20_000;
const MAX_GZIP = 2048;
const TOLERANCE_PX = 3;
// All three sample events are upcoming at this time; the news items added below are older.
const NOW = '2023-09-01T12:00';
// EMBEDS.md: the snippet's default height per kind of widget, used only when there is no guide page
const DEFAULT_HEIGHTS = { news: 640, events: 560, indicators: 720, indicator: 900, project: 560, contacts: 640 };

const { values: args } = parseArgs({
  options: {
    lapa: { type: 'string', default: path.join(REPO, 'target/release/lapa') },
    out: { type: 'string', default: path.join(REPO, 'target/browser-report/embeds') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    timeout: { type: 'string', default: '900' },
    'base-path': { type: 'string', default: '/di/' },
  },
});

lib.watchdog('check-embeds', args.timeout);

// ---------------------------------------------------------------------------------------------
// bookkeeping

const { check, assert, fail, summary } = lib.checks('check-embeds');
const notes = [];
// Polls fn until it returns a truthy value; returns the last value either way.
const poll = (fn, ms = WAIT_MS) => lib.poll(fn, ms, 100);

// ---------------------------------------------------------------------------------------------
// the site, copied and built for port A

const portA = await lib.freePort();
const portB = await lib.freePort();
const portC = await lib.freePort();
const A = `http://127.0.0.1:${portA}`;
const B = `http://127.0.0.1:${portB}`;
const C = `http://127.0.0.1:${portC}`;
// the site lives in a sub-folder, as the bundled site.yaml's base_url does: addresses that
// forget the base path fail
const BASE = `/${args['base-path'].replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const SITE_URL = `${A}${BASE}`;

if (!fs.existsSync(args.lapa)) fail(`no lapa binary at ${args.lapa} (cargo build --release)`);
if (!fs.existsSync(args.chromium)) fail(`Chromium not found at ${args.chromium}`);
const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'lapa-embeds-'));
const root = path.join(tmp, 'site');
const SITE = path.join(root, 'public');
for (const folder of ['content', 'themes', 'locales']) {
  await fsp.cp(path.join(REPO, folder), path.join(root, folder), { recursive: true });
}
await fsp.rm(args.out, { recursive: true, force: true });
await fsp.mkdir(args.out, { recursive: true });

function build() {
  return lib.run(args.lapa, ['build', '--root', root, '--output', 'public', '--base-url', SITE_URL, '--now', NOW]);
}

const first = await build();
if (!first.ok) fail(`lapa build failed:\n${first.out}`);

// ---------------------------------------------------------------------------------------------
// servers: A the site, B the partner, C some other site

// the built site at BASE on port A: folders answer with their index.html
const serveSite = lib.serveSite(SITE, BASE);

const partnerPages = new Map(); // path on B -> html
function servePages(pages) {
  return (url, send) => {
    const html = pages.get(url.pathname);
    if (html === undefined) return send(404, { 'Content-Type': 'text/plain' }, 'not found\n');
    send(200, { 'Content-Type': lib.MIME['.html'] }, html);
  };
}

// The other site on port C: a page that claims to be an embed and posts heights to its parent.
const otherPages = new Map([
  [
    '/fake-embed.html',
    `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Another site</title></head>
<body><p>Another site's page, posing as an embed.</p>
<script>parent.postMessage({ type: "lapa-embed-height", height: 77 }, "*");</script></body></html>`,
  ],
]);

const servers = [await lib.listen(portA, serveSite), await lib.listen(portB, servePages(partnerPages)), await lib.listen(portC, servePages(otherPages))];

// ---------------------------------------------------------------------------------------------
// the site's embed documents and guide pages

function walk(dir, acc = []) {
  if (!fs.existsSync(dir)) return acc;
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, acc);
    else acc.push(p);
  }
  return acc;
}
const rel = (file) => path.relative(SITE, file).split(path.sep).join('/');
const urlOf = (relPath) => `${SITE_URL}${relPath.replace(/(^|\/)index\.html$/, '$1')}`;

const embedDocs = walk(path.join(SITE, 'embed')).filter((f) => f.endsWith('/index.html')).map(rel).sort();
const fragments = walk(path.join(SITE, 'embed')).filter((f) => f.endsWith('/fragment.html')).map(rel).sort();
const languages = fs
  .readdirSync(SITE, { withFileTypes: true })
  .filter((e) => e.isDirectory() && /^[a-z]{2,3}$/.test(e.name) && e.name !== 'embed' && fs.existsSync(path.join(SITE, e.name, 'index.html')))
  .map((e) => e.name);
// the guide page of each language: /<lang>/<slug>/ with slug iegult (lv) or embed (others) by
// default; site.yaml's slugs.embed can change it, so any of the two is taken
const guideRoots = [];
for (const lang of languages) {
  for (const slug of ['iegult', 'embed']) {
    if (fs.existsSync(path.join(SITE, lang, slug, 'index.html'))) guideRoots.push(`${lang}/${slug}/`);
  }
}
const guidePages = guideRoots.flatMap((g) => walk(path.join(SITE, g)).filter((f) => f.endsWith('/index.html')).map(rel)).sort();

function widgetKind(src) {
  const m = /\/embed\/[^/]+\/([^/]+)\/([^/]+\/)?/.exec(new URL(src).pathname);
  if (!m) return 'unknown';
  return m[1] === 'indicators' && m[2] ? 'indicator' : m[1];
}

// ---------------------------------------------------------------------------------------------
// browser

const { chromium } = await import('playwright-core');
const launchOptions = {
  executablePath: args.chromium,
  headless: true,
  args: lib.CHROMIUM_ARGS,
};
const browser = await lib.launchChromium(args.chromium);

const problems = { external: [], errors: [] };
const contexts = [];
const cookiesOfClosed = [];
// A browser context whose pages may request only from `allowed` origins; anything else is
// recorded and blocked. Console errors, uncaught exceptions, failed requests and HTTP errors
// are recorded too (lib.guard).
async function newContext(options = {}, allowed = [A, B]) {
  const context = await browser.newContext({ ...lib.CONTEXT_OPTIONS, ...options });
  await instrument(context, allowed);
  return context;
}
async function instrument(context, allowed) {
  contexts.push(context);
  await lib.guard(context, { problems, origins: allowed });
}

const context = await newContext();
const page = await context.newPage();

// ---------------------------------------------------------------------------------------------
// snippets from the guide pages

// Reads the snippets shown on a page: every <code> whose text holds an iframe with
// data-lapa-embed, parsed with the browser's own parser.
async function snippetsOn(url) {
  const response = await page.goto(url);
  assert(response && response.status() === 200, `${url}: HTTP ${response ? response.status() : '?'}`);
  return page.evaluate(() =>
    [...document.querySelectorAll('code')]
      .map((code) => code.textContent)
      .filter((text) => /<iframe\b[^>]*\bdata-lapa-embed/.test(text))
      .map((text) => {
        const t = document.createElement('template');
        t.innerHTML = text;
        const iframe = t.content.querySelector('iframe');
        const script = t.content.querySelector('script');
        return {
          text: text.trim(),
          src: iframe.src,
          title: iframe.getAttribute('title'),
          height: Number.parseFloat(iframe.style.height),
          script: script ? script.src : null,
        };
      }),
  );
}

let snippets = [];
let fromGuides = false;
await check('guides: the guide pages show a snippet for every embed document', async () => {
  assert(embedDocs.length > 0, 'the built site has no embed documents under /embed/');
  const missing = [];
  const found = new Map();
  for (const g of guidePages) {
    for (const s of await snippetsOn(urlOf(g))) {
      const key = s.src.replace(/[?#].*$/, '');
      if (!found.has(key)) found.set(key, { ...s, guide: g });
    }
  }
  assert(guidePages.length > 0, `no guide pages (looked for ${languages.map((l) => `/${l}/iegult/, /${l}/embed/`).join(', ')})`);
  for (const doc of embedDocs) {
    if (!found.has(urlOf(doc))) missing.push(`/${doc.replace(/index\.html$/, '')}`);
  }
  const bad = [...found.values()].filter((s) => !s.script || new URL(s.script).href !== `${SITE_URL}embed.js` || !s.title || !(s.height > 0));
  assert(missing.length === 0, `no snippet for ${missing.join(', ')}`);
  assert(bad.length === 0, `snippets without a title, a height or the embed.js script: ${bad.map((s) => s.text).join('\n')}`);
  snippets = [...found.values()];
  fromGuides = true;
});
if (!fromGuides) {
  // fall back to EMBEDS.md's template so the rest can still run; the check above failed
  notes.push('the snippets were made from EMBEDS.md\'s template, not copied from guide pages');
  for (const doc of embedDocs) {
    const src = urlOf(doc);
    const html = fs.readFileSync(path.join(SITE, doc), 'utf8');
    const title = (/<title>([^<]*)<\/title>/.exec(html)?.[1] ?? 'lapa embed').trim();
    const height = DEFAULT_HEIGHTS[widgetKind(src)] ?? 600;
    snippets.push({
      text: `<iframe src="${src}?h=2" title="${title}" width="640" height="${height}" data-lapa-embed loading="lazy" style="width:100%;height:${height}px;border:0"></iframe>\n<script src="${SITE_URL}embed.js" async></script>`,
      src: `${src}?h=2`,
      title,
      height,
      script: `${SITE_URL}embed.js`,
    });
  }
}
if (snippets.length === 0) fail('no embeds to check');
// oEmbed (when the site has it): a CMS that embeds a pasted URL gets the very snippet of the guide.
const oembeds = walk(path.join(SITE, 'embed')).filter((f) => f.endsWith('/oembed.json')).map(rel).sort();
if (oembeds.length === 0) {
  notes.push('no oembed.json under /embed/: their html was not compared with the guide snippets');
} else {
  await check('oembed: each oembed.json\'s html is the guide page\'s snippet of its widget, type rich, its height', async () => {
    const bySrc = new Map(snippets.map((s) => [s.src.replace(/[?#].*$/, ''), s]));
    const bad = [];
    for (const f of oembeds) {
      const folder = urlOf(f.replace(/oembed\.json$/, ''));
      let o;
      try {
        o = JSON.parse(fs.readFileSync(path.join(SITE, f), 'utf8'));
      } catch (e) {
        bad.push(`${f}: not JSON (${e.message})`);
        continue;
      }
      const s = bySrc.get(folder);
      if (!s) bad.push(`${f}: no snippet for ${folder}`);
      else if (String(o.html).trim() !== s.text) bad.push(`${f}: html differs from the guide's snippet:\n  ${o.html}\n  ${s.text}`);
      if (o.type !== 'rich') bad.push(`${f}: type ${o.type}`);
      if (s && o.height !== s.height) bad.push(`${f}: height ${o.height}, the snippet's ${s.height}`);
    }
    assert(bad.length === 0, bad.join('\n'));
  });
}
const escapeHtml = (s) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const langOf = (src) => /\/embed\/([^/]+)\//.exec(new URL(src).pathname)?.[1] ?? 'lv';

// ---------------------------------------------------------------------------------------------
// the partner's pages on port B

function partnerPage({ title, heading, body }) {
  return `<!doctype html>
<html lang="lv">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<style>
  body { font-family: Georgia, serif; margin: 0; background: #f4f1ea; color: #222; }
  header { background: #6b2c2c; color: #fff; padding: 1rem; }
  main { max-width: 60rem; margin: 0 auto; padding: 1rem; }
  .slot { background: #fff; margin: 1.5rem 0; padding: 0.5rem; border: 1px solid #ccc; }
</style>
</head>
<body>
<header><p>Ludzas novada pašvaldība — partner page for the lapa embed test</p></header>
<main>
<h1>${escapeHtml(heading)}</h1>
${body}
</main>
</body>
</html>
`;
}
// The snippets exactly as copied, one after the other (each carries its own script tag).
const slots = (list, change = (t) => t, withHeadings = false) =>
  list
    .map(
      (s) => `<section class="slot" lang="${langOf(s.src)}" aria-label="${escapeHtml(s.title)}">
${withHeadings ? `<h2>${escapeHtml(s.title)}</h2>\n` : ''}${change(s.text)}
</section>`,
    )
    .join('\n');
const stripScripts = (t) => t.replace(/<script\b[^>]*>\s*<\/script>\s*/g, '');
partnerPages.set('/', partnerPage({ title: 'Mūsu novada jaunumi (partner page)', heading: 'Projekts DI mūsu novadā', body: slots(snippets) }));
partnerPages.set(
  '/h3.html',
  partnerPage({ title: 'Headings at level 3 (partner page)', heading: 'Projekts DI mūsu novadā', body: slots(snippets, (t) => t.replace('?h=2', '?h=3'), true) }),
);
partnerPages.set('/no-embed-js.html', partnerPage({ title: 'Without embed.js (partner page)', heading: 'Bez embed.js', body: slots(snippets, stripScripts) }));
const hostile = snippets[0];
partnerPages.set(
  '/messages.html',
  partnerPage({
    title: 'Messages (partner page)',
    heading: 'Messages',
    body: `${slots([hostile])}
<section class="slot" aria-label="Another site"><iframe id="other-origin" src="${C}/fake-embed.html" title="Another site" data-lapa-embed style="width:100%;height:300px;border:0"></iframe></section>
<section class="slot" aria-label="Unmarked"><iframe id="unmarked" src="${escapeHtml(hostile.src)}" title="${escapeHtml(hostile.title)} (unmarked)" style="width:100%;height:310px;border:0"></iframe></section>`,
  }),
);

// The Nu HTML Checker's input: the embed documents, the guide pages and the partner pages, and
// each fragment.html pasted into a partner page of its own (as a partner whose CMS strips
// iframes pastes it). One vnu run over all of them starts now and works beside the browser; the
// two vnu checks below take their part of its answer (the site is rebuilt only by the last check).
const vnuFiles = [...embedDocs, ...guidePages].map((f) => path.join(SITE, f));
fs.mkdirSync(path.join(tmp, 'partner'), { recursive: true });
for (const [name, html] of partnerPages) {
  const file = path.join(tmp, 'partner', name === '/' ? 'index.html' : name.slice(1));
  fs.writeFileSync(file, html);
  vnuFiles.push(file);
}
const pasted = []; // the fragments' partner pages on B
for (const f of fragments) {
  const html = partnerPage({ title: `Pasted fragment ${f}`, heading: 'Projekts DI mūsu novadā', body: fs.readFileSync(path.join(SITE, f), 'utf8') });
  const at = `/pasted/${f}`;
  partnerPages.set(at, html);
  pasted.push(at);
  const file = path.join(tmp, 'fragments', f);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, html);
  vnuFiles.push(file);
}
const vnuRun = lib.vnu(vnuFiles, { relativeTo: tmp }).catch((e) => e);
// vnu's errors in the files under tmp/<folder>/ (folder 'fragments') or elsewhere (null)
async function vnuErrors(folder) {
  const all = await vnuRun;
  if (all instanceof Error) throw all;
  return all.filter((m) => (folder === null ? !m.file.startsWith('fragments/') : m.file.startsWith(`${folder}/`))).map((m) => m.text);
}

// ---------------------------------------------------------------------------------------------
// helpers for the partner page

// Scrolls every lapa iframe into view in turn (they load lazily) and waits until its embed
// document has loaded; returns [{handle, frame, src}] in page order.
async function loadAll(p, selector = 'iframe[data-lapa-embed]') {
  const handles = await p.$$(selector);
  const loaded = [];
  for (const handle of handles) {
    const src = await handle.evaluate((e) => e.src); // resolved: a guide page's preview may be relative
    await handle.scrollIntoViewIfNeeded();
    const frame = await poll(async () => {
      const f = await handle.contentFrame();
      if (!f || f.url() === 'about:blank') return null;
      try {
        return (await f.evaluate(() => document.readyState === 'complete')) ? f : null;
      } catch {
        return null; // navigating
      }
    });
    assert(frame, `${src} did not load`);
    loaded.push({ handle, frame, src });
  }
  await p.evaluate(() => window.scrollTo(0, 0));
  return loaded;
}

// The height of each iframe against its content's height.
async function measure(list) {
  const out = [];
  for (const { handle, frame, src } of list) {
    const box = await handle.evaluate((e) => e.getBoundingClientRect().height);
    const inner = await frame.evaluate(() => ({
      content: document.documentElement.getBoundingClientRect().height,
      scrollHeight: document.documentElement.scrollHeight,
      clientHeight: document.documentElement.clientHeight,
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    out.push({ src, box, ...inner, fits: Math.abs(box - inner.content) <= TOLERANCE_PX && inner.scrollHeight <= inner.clientHeight + 1 });
  }
  return out;
}
const describe = (m) => `${new URL(m.src).pathname}${new URL(m.src).search}: iframe ${Math.round(m.box)} px, content ${Math.round(m.content)} px (scrollHeight ${m.scrollHeight}, viewport ${m.clientHeight})`;

// Waits (bounded) until every iframe is as tall as its content; returns the last measurements.
async function settled(list) {
  let last;
  await poll(async () => {
    last = await measure(list);
    return last.every((m) => m.fits);
  });
  return last;
}

// A full-page screenshot. Chromium paints no iframe of another origin that is out of view, so
// the viewport is made as tall as the page for it (and each frame given two frames to paint).
// The frames are waited for together, at most 2 s in all: with JavaScript off no animation frame
// ever comes, and waiting for each frame in turn took 2 s per iframe (70 s for the partner page).
async function screenshot(p, name) {
  const viewport = p.viewportSize();
  await p.evaluate(() => document.fonts.ready.then(() => undefined));
  const height = await p.evaluate(() => document.documentElement.scrollHeight);
  await p.setViewportSize({ width: viewport.width, height: Math.min(height, 80000) });
  const painted = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));
  let timer;
  await Promise.race([
    Promise.all(p.frames().map((f) => f.evaluate(painted).catch(() => {}))),
    new Promise((r) => (timer = setTimeout(r, 2000))),
  ]);
  clearTimeout(timer);
  await p.screenshot({ path: path.join(args.out, name) });
  await p.setViewportSize(viewport);
}

const heightsByUrl = (ms) => new Map(ms.map((m) => [m.src, m.box]));
let desktop;
let frames;

// ---------------------------------------------------------------------------------------------
// the checks

await check(`size: embed.js is at most ${MAX_GZIP} bytes gzipped`, async () => {
  const file = path.join(SITE, 'embed.js');
  assert(fs.existsSync(file), 'no /embed.js in the built site');
  const body = fs.readFileSync(file);
  const gz = zlib.gzipSync(body, { level: 9 }).length;
  console.log(`      embed.js: ${body.length} bytes, ${gz} bytes gzipped`);
  assert(gz <= MAX_GZIP, `embed.js is ${gz} bytes gzipped`);
  assert(!/\b(eval|Function|innerHTML|outerHTML|insertAdjacentHTML|document\.write|console)\b/.test(body.toString().replace(/\/\*[\s\S]*?\*\//g, '')), 'embed.js uses eval, Function, innerHTML, document.write or console');
});

await check('load: every iframe of the partner page loads its embed document', async () => {
  await page.goto(`${B}/`);
  frames = await loadAll(page);
  assert(frames.length === snippets.length, `${frames.length} iframes for ${snippets.length} snippets`);
  const wrong = [];
  for (const { frame, src } of frames) {
    const info = await frame.evaluate(() => ({
      url: location.href,
      title: document.title,
      main: !!document.querySelector('main'),
      lang: document.documentElement.lang,
      viewport: document.querySelector('meta[name="viewport"]')?.content ?? '',
      robots: document.querySelector('meta[name="robots"]')?.content ?? '',
      canonical: document.querySelector('link[rel="canonical"]')?.href ?? '',
      source: document.querySelector('.embed-source a[href]')?.href ?? '',
    }));
    const lacks = [];
    if (info.url !== src) lacks.push(`is at ${info.url}`);
    if (!info.title) lacks.push('no <title>');
    if (!info.main) lacks.push('no <main>');
    if (info.lang !== langOf(src)) lacks.push(`lang "${info.lang}"`);
    if (!/width=device-width/.test(info.viewport)) lacks.push('no viewport meta');
    if (!/noindex/.test(info.robots)) lacks.push('no robots noindex');
    if (!info.canonical.startsWith(SITE_URL)) lacks.push(`canonical "${info.canonical}"`);
    if (!info.source.startsWith(SITE_URL)) lacks.push(`no source line linking to the site ("${info.source}")`);
    if (lacks.length) wrong.push(`${src}: ${lacks.join(', ')}`);
  }
  assert(wrong.length === 0, `embed documents not as EMBEDS.md says:\n${wrong.join('\n')}`);
});

await check('resources: each embed document loads its one stylesheet and one script (and images) from the site only', async () => {
  const bad = [];
  for (const { frame, src } of frames) {
    const loaded = await frame.evaluate(() =>
      performance.getEntriesByType('resource').map((e) => ({ url: e.name, type: e.initiatorType })),
    );
    const pathOf = (u) => new URL(u).pathname;
    const css = loaded.filter((r) => r.type === 'link' || /\.css$/.test(pathOf(r.url)));
    const js = loaded.filter((r) => r.type === 'script' || /\.js$/.test(pathOf(r.url)));
    const other = loaded.filter((r) => !css.includes(r) && !js.includes(r) && r.type !== 'img' && r.type !== 'image');
    if (css.length !== 1 || !pathOf(css[0].url).endsWith('/css/embed.css')) bad.push(`${src}: stylesheets ${css.map((r) => r.url).join(' ') || 'none'}`);
    if (js.length !== 1 || !pathOf(js[0].url).endsWith('/js/embed-frame.js')) bad.push(`${src}: scripts ${js.map((r) => r.url).join(' ') || 'none'}`);
    for (const r of other) bad.push(`${src}: also loads ${r.type} ${r.url}`);
    for (const r of loaded) if (new URL(r.url).origin !== A) bad.push(`${src}: loads ${r.url} from another host`);
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('height: with embed.js each iframe is as tall as its content (1280 px)', async () => {
  assert(frames, 'nothing loaded');
  desktop = await settled(frames);
  const bad = desktop.filter((m) => !m.fits);
  assert(bad.length === 0, bad.map(describe).join('\n'));
  const resized = desktop.filter((m, i) => Math.abs(m.box - snippets[i].height) > 0.5);
  assert(resized.length > 0, 'no iframe changed from its snippet height: did embed.js run?');
  await screenshot(page, 'partner-desktop.png');
});

await check('height: an iframe added to the page later is sized too', async () => {
  const src = snippets[snippets.length - 1].src;
  await page.evaluate((s) => {
    const f = document.createElement('iframe');
    f.src = s.replace(/\?.*$/, '') + '?added=1';
    f.title = 'added later';
    f.setAttribute('data-lapa-embed', '');
    f.id = 'added-later';
    f.style.cssText = 'width:100%;height:123px;border:0';
    document.querySelector('main').append(f);
  }, src);
  const list = await loadAll(page, '#added-later');
  const [m] = await settled(list);
  assert(m.fits && Math.abs(m.box - 123) > 0.5, describe(m));
  await page.evaluate(() => document.getElementById('added-later').remove());
});

await check('320 px: the heights follow the reflowed content, nothing overflows', async () => {
  assert(desktop, 'no desktop heights');
  await page.setViewportSize({ width: 320, height: 800 });
  const narrow = await settled(frames);
  const bad = narrow.filter((m) => !m.fits);
  const wide = narrow.filter((m) => m.scrollWidth > m.clientWidth);
  const pageWide = await page.evaluate(() => document.documentElement.scrollWidth);
  await screenshot(page, 'partner-320.png');
  assert(bad.length === 0, bad.map(describe).join('\n'));
  assert(wide.length === 0, `content wider than the iframe at 320 px:\n${wide.map((m) => `${m.src}: ${m.scrollWidth} > ${m.clientWidth}`).join('\n')}`);
  assert(pageWide <= 320, `the partner page is ${pageWide} px wide at 320 px`);
  const grown = narrow.filter((m, i) => m.box > desktop[i].box + TOLERANCE_PX);
  assert(grown.length > 0, 'no iframe grew at 320 px');
  // and back: the heights shrink to what they were (no iframe keeps the height it was given)
  await page.setViewportSize({ width: 1280, height: 900 });
  const back = await settled(frames);
  const stuck = back.filter((m, i) => Math.abs(m.box - desktop[i].box) > TOLERANCE_PX);
  assert(stuck.length === 0, `back at 1280 px, not the height they had:\n${stuck.map((m, i) => `${describe(m)} (was ${desktop[i].box} px)`).join('\n')}`);
});

await check('links: every link in the embeds opens in the top window', async () => {
  const bad = [];
  let count = 0;
  for (const { frame, src } of frames) {
    const r = await frame.evaluate(() => {
      const base = document.querySelector('base[target]');
      const baseTarget = base ? base.getAttribute('target') : '';
      const links = [...document.querySelectorAll('a[href], area[href]')];
      return {
        baseTarget,
        count: links.length,
        wrong: links.filter((a) => (a.getAttribute('target') || baseTarget) !== '_top').map((a) => a.outerHTML.slice(0, 120)),
      };
    });
    count += r.count;
    if (r.baseTarget !== '_top') bad.push(`${src}: <base target> is "${r.baseTarget}"`);
    for (const w of r.wrong) bad.push(`${src}: ${w}`);
  }
  assert(count > 0, 'the embeds have no links');
  assert(bad.length === 0, bad.join('\n'));
});

await check('links: clicking a link in an embed navigates the top window', async () => {
  const target = frames.find((f) => widgetKind(f.src) === 'news') ?? frames[0];
  await target.handle.scrollIntoViewIfNeeded();
  const link = target.frame.locator('main a[href]').first();
  const href = await link.evaluate((a) => a.href);
  await Promise.all([page.waitForURL(href, { timeout: WAIT_MS }), link.click()]);
  assert(page.url() === href, `the top window is at ${page.url()}, not ${href}`);
  assert(new URL(page.url()).origin === A, 'the top window is not on the site');
  await page.goto(`${B}/`);
  frames = await loadAll(page);
});

await check('messages: heights from other origins, other frames or of the wrong shape are ignored', async () => {
  // its own context: only this page may load from C, the other site
  const withOther = await newContext({}, [A, B, C]);
  const p = await withOther.newPage();
  await p.goto(`${B}/messages.html`);
  const [real] = await loadAll(p);
  const [other] = await loadAll(p, '#other-origin');
  const [unmarked] = await loadAll(p, '#unmarked');
  await settled([real]);
  // every message the partner window receives, in order; embed.js sees it in the same dispatch
  await p.evaluate(() => {
    window.seen = [];
    window.addEventListener('message', (e) => window.seen.push(e.data && e.data.height));
  });
  const heights = () =>
    p.evaluate(() => [...document.querySelectorAll('iframe')].map((f) => `${f.id || 'real'}=${f.style.height}`).join(' '));
  const before = await heights();
  assert(before.includes('other-origin=300px') && before.includes('unmarked=310px'), `the other iframes were resized at once: ${before}`);
  const sends = [
    ['another origin\'s iframe marked data-lapa-embed', other.frame, () => parent.postMessage({ type: 'lapa-embed-height', height: 71 }, '*')],
    ['an iframe of the site without data-lapa-embed', unmarked.frame, () => parent.postMessage({ type: 'lapa-embed-height', height: 72 }, '*')],
    ['the partner page itself', p.mainFrame(), () => window.postMessage({ type: 'lapa-embed-height', height: 73 }, '*')],
    ['the embed, height as a string', real.frame, () => parent.postMessage({ type: 'lapa-embed-height', height: '74' }, '*')],
    ['the embed, height Infinity', real.frame, () => parent.postMessage({ type: 'lapa-embed-height', height: Infinity, tag: 75 }, '*')],
    ['the embed, another type', real.frame, () => parent.postMessage({ type: 'lapa-embed-size', height: 76 }, '*')],
    ['the embed, an array', real.frame, () => parent.postMessage(['lapa-embed-height', 77], '*')],
    ['the embed, a JSON string', real.frame, () => parent.postMessage('{"type":"lapa-embed-height","height":78}', '*')],
    ['the embed, markup as height', real.frame, () => parent.postMessage({ type: 'lapa-embed-height', height: '<img src=x onerror=alert(1)>' }, '*')],
  ];
  const changed = [];
  for (const [who, frame, send] of sends) {
    const n = await p.evaluate(() => window.seen.length);
    await frame.evaluate(send);
    await poll(() => p.evaluate((k) => window.seen.length > k, n));
    await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
    const now = await heights();
    if (now !== before) changed.push(`${who}: ${before} -> ${now}`);
  }
  assert(changed.length === 0, `a message changed a height:\n${changed.join('\n')}`);
  // the right message from the embed is applied, rounded and clamped, and a ping restores it
  const applied = [];
  for (const h of [333.4, 5, 1e9]) {
    await real.frame.evaluate((height) => parent.postMessage({ type: 'lapa-embed-height', height }, '*'), h);
    applied.push(await poll(() => real.handle.evaluate((f, want) => (f.style.height === want ? want : null), `${Math.min(100000, Math.max(40, Math.round(h)))}px`)));
  }
  assert(applied.every(Boolean), `right messages were not applied as expected: ${applied.join(', ')}`);
  await real.handle.evaluate((f) => f.contentWindow.postMessage({ type: 'lapa-embed-ping' }, '*'));
  const [m] = await settled([real]);
  assert(m.fits, `after a ping: ${describe(m)}`);
  // the embed's own iframe, gone to another origin (its src unchanged): no longer listened to
  const kept = await real.handle.evaluate((f) => f.style.height);
  const n = await p.evaluate(() => window.seen.length);
  await real.frame.evaluate((url) => window.location.assign(url), `${C}/fake-embed.html`).catch(() => {});
  await poll(() => p.evaluate((k) => window.seen.slice(k).includes(77), n));
  await p.evaluate(() => new Promise((r) => requestAnimationFrame(() => r())));
  const after = await real.handle.evaluate((f) => f.style.height);
  await p.close();
  assert(after === kept, `a message from another origin in the embed's own iframe changed its height: ${kept} -> ${after}`);
});

await check('h=3: ?h=3 moves every heading one level down, ?h=2 leaves them', async () => {
  const levels = (list) =>
    Promise.all(list.map(({ frame }) => frame.evaluate(() => [...document.querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]) + (h.id ? `#${h.id}` : '')))));
  const at2 = await levels(frames);
  const p = await context.newPage();
  await p.goto(`${B}/h3.html`);
  const list = await loadAll(p);
  const at3 = await levels(list);
  const bad = [];
  at2.forEach((hs, i) => {
    const want = hs.map((h) => String(h).replace(/^\d/, (d) => String(Math.min(6, Number(d) + 1))));
    if (hs.length === 0) bad.push(`${frames[i].src}: no headings`);
    if (String(hs[0]).charAt(0) !== '2') bad.push(`${frames[i].src}: the first heading is h${String(hs[0]).charAt(0)}, not h2`);
    if (want.join() !== at3[i].join()) bad.push(`${list[i].src}: headings ${at3[i].join(' ')}, expected ${want.join(' ')}`);
  });
  const fit = await settled(list);
  await p.close();
  assert(bad.length === 0, bad.join('\n'));
  assert(fit.every((m) => m.fits), fit.filter((m) => !m.fits).map(describe).join('\n'));
});

// Without embed.js: each iframe keeps the height its snippet gives and scrolls when needed.
async function withoutScript(p, url, label) {
  await p.setViewportSize({ width: 320, height: 800 });
  await p.goto(url);
  const list = await loadAll(p);
  const bad = [];
  let scrolled = 0;
  for (const [i, { handle, frame, src }] of list.entries()) {
    const box = await handle.evaluate((e) => e.getBoundingClientRect().height);
    if (Math.abs(box - snippets[i].height) > 0.5) bad.push(`${src}: ${box} px, the snippet says ${snippets[i].height}`);
    const s = await frame.evaluate(() => {
      const el = document.scrollingElement;
      const taller = el.scrollHeight > el.clientHeight + 1;
      el.scrollTop = 40;
      return { taller, top: el.scrollTop };
    });
    if (s.taller) {
      scrolled += 1;
      if (s.top <= 0) bad.push(`${src}: taller than its iframe but does not scroll`);
    }
  }
  await screenshot(p, `${label}-320.png`);
  assert(bad.length === 0, bad.join('\n'));
  assert(scrolled > 0, 'no embed was taller than its snippet height at 320 px, so scrolling went untested');
}

await check('no script: without embed.js the iframes keep their snippet height and scroll', async () => {
  const p = await context.newPage();
  await withoutScript(p, `${B}/no-embed-js.html`, 'partner-no-embed-js');
  await p.close();
});

await check('no script: with JavaScript off the iframes keep their snippet height and scroll', async () => {
  const off = await newContext({ javaScriptEnabled: false });
  const p = await off.newPage();
  await withoutScript(p, `${B}/`, 'partner-javascript-off');
  await p.close();
});

await check('text size: with the browser\'s text size at 24 px the embeds\' text is 1.5 times larger and the heights follow', async () => {
  // the visitor's chosen text size is a browser setting (16 px by default), kept in the profile
  const profile = path.join(tmp, 'profile-24px');
  await fsp.mkdir(path.join(profile, 'Default'), { recursive: true });
  fs.writeFileSync(path.join(profile, 'Default', 'Preferences'), JSON.stringify({ webkit: { webprefs: { default_font_size: 24 } } }));
  const big = await chromium.launchPersistentContext(profile, { ...launchOptions, ...lib.CONTEXT_OPTIONS });
  await instrument(big, [A, B]);
  const sizes = (list) => Promise.all(list.map(({ frame }) => frame.evaluate(() => Number.parseFloat(getComputedStyle(document.querySelector('main')).fontSize))));
  const normal = await sizes(frames);
  const p = await big.newPage();
  await p.goto(`${B}/`);
  const list = await loadAll(p);
  const larger = await sizes(list);
  const fit = await settled(list);
  await screenshot(p, 'partner-desktop-text-24px.png');
  cookiesOfClosed.push(...(await big.cookies()));
  contexts.splice(contexts.indexOf(big), 1);
  await big.close();
  const bad = larger.map((px, i) => (Math.abs(px / normal[i] - 1.5) > 0.05 ? `${list[i].src}: ${normal[i]} px -> ${px} px` : null)).filter(Boolean);
  assert(bad.length === 0, `text that does not follow the browser's text size:\n${bad.join('\n')}`);
  assert(fit.every((m) => m.fits), fit.filter((m) => !m.fits).map(describe).join('\n'));
});

await check('axe: every embed document passes (light and dark colour schemes)', async () => {
  await page.goto(`${B}/`);
  frames = await loadAll(page);
  const bad = [];
  for (const scheme of ['light', 'dark']) {
    await page.emulateMedia({ colorScheme: scheme });
    for (const { frame, src } of frames) {
      const v = await lib.axe(frame);
      for (const x of v) bad.push(`${scheme} ${new URL(src).pathname}: ${x}`);
    }
  }
  await page.emulateMedia({ colorScheme: 'dark' });
  await settled(frames);
  await screenshot(page, 'partner-desktop-dark.png');
  await page.emulateMedia({ colorScheme: 'light' });
  assert(bad.length === 0, bad.join('\n'));
});

await check('axe: the partner page passes', async () => {
  const v = await lib.axe(page, { iframes: false });
  assert(v.length === 0, v.join('\n'));
});

await check('height: the guide pages\' live previews are as tall as their content', async () => {
  const bad = [];
  let count = 0;
  for (const g of guidePages) {
    const p = await context.newPage();
    await p.goto(urlOf(g));
    const list = await loadAll(p);
    count += list.length;
    const ms = await settled(list);
    for (const m of ms.filter((x) => !x.fits)) bad.push(`${g}: ${describe(m)}`);
    await p.close();
  }
  assert(guidePages.length > 0, 'no guide pages');
  assert(count > 0, 'the guide pages have no live previews (iframes with data-lapa-embed)');
  assert(bad.length === 0, bad.join('\n'));
});

await check('vnu: embed documents, guide pages and the partner page are valid HTML', async () => {
  const errors = await vnuErrors(null);
  assert(errors.length === 0, errors.join('\n'));
});

// The fragments as a partner whose CMS strips iframes pastes them: into a page of its own.
await check('fragments: pasted into a partner page, each is valid HTML, passes axe, has only absolute addresses and no script or style', async () => {
  assert(fragments.length > 0, 'no fragment.html under /embed/');
  const pages = pasted;
  const bad = await vnuErrors('fragments');
  const p = await context.newPage();
  for (const at of pages) {
    await p.goto(`${B}${at}`);
    const found = await p.evaluate(() => {
      const piece = document.querySelector('main');
      const wrong = [];
      for (const e of piece.querySelectorAll('script, style, link, iframe')) wrong.push(`<${e.localName}>`);
      for (const e of piece.querySelectorAll('[style]')) wrong.push(`style attribute on <${e.localName}>`);
      for (const e of piece.querySelectorAll('[href], [src], [srcset]')) {
        for (const name of ['href', 'src']) {
          const v = e.getAttribute(name);
          if (v !== null && !/^(https?:|mailto:|tel:)/.test(v)) wrong.push(`<${e.localName} ${name}="${v}"> is not absolute`);
        }
        const set = e.getAttribute('srcset');
        if (set !== null && set.split(',').some((c) => !/^\s*https?:/.test(c))) wrong.push(`<${e.localName} srcset="${set}"> is not absolute`);
      }
      return wrong;
    });
    const v = (await lib.axe(p)).map((x) => `axe ${x}`);
    for (const x of [...found, ...v]) bad.push(`${at.slice('/pasted/'.length)}: ${x}`);
  }
  await p.close();
  assert(bad.length === 0, bad.join('\n'));
});

await check('screenshots: the guide pages at 1280 and 375 px', async () => {
  for (const g of guideRoots) {
    const stem = `guide-${g.replace(/\/$/, '').replace(/\//g, '-')}`;
    const p = await context.newPage();
    await p.goto(urlOf(g));
    await loadAll(p);
    await screenshot(p, `${stem}-desktop.png`);
    await p.close();
    const phone = await newContext({ viewport: { width: 375, height: 800 }, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
    const q = await phone.newPage();
    await q.goto(urlOf(g));
    await loadAll(q);
    await screenshot(q, `${stem}-phone.png`);
    await q.close();
  }
  assert(guideRoots.length > 0, 'no guide pages');
});

await check('guides: a copy button copies its snippet by keyboard and says so politely; without JavaScript it is hidden', async () => {
  assert(guideRoots.length > 0, 'no guide pages');
  const withClipboard = await newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const p = await withClipboard.newPage();
  await p.goto(urlOf(guideRoots[0]));
  const buttons = p.locator('button[data-copy]');
  assert((await buttons.count()) > 0, 'no copy buttons');
  const bad = [];
  for (const [i, key] of [[0, 'Enter'], [1, 'Space']]) {
    const button = buttons.nth(i);
    await button.focus();
    const focusable = await button.evaluate((b) => document.activeElement === b && b.tabIndex >= 0 && b.offsetParent !== null);
    if (!focusable) bad.push(`copy button ${i + 1} cannot take the keyboard focus`);
    await p.keyboard.press(key);
    const want = await button.evaluate((b) => document.getElementById(b.getAttribute('data-copy')).textContent.trim());
    const said = await button.getAttribute('data-copied');
    const got = await poll(async () => {
      const text = await p.evaluate(() => navigator.clipboard.readText());
      const status = await p.evaluate(() => document.querySelector('[data-copy-status]')?.textContent ?? '');
      return text === want && status === said ? { text, status } : null;
    });
    if (!got) bad.push(`${key} on copy button ${i + 1} did not copy its snippet and announce "${said}"`);
  }
  const live = await p.evaluate(() => {
    const s = document.querySelector('[data-copy-status]');
    return s ? `${s.getAttribute('role')} ${s.getAttribute('aria-live')}` : 'none';
  });
  if (live !== 'status polite') bad.push(`the live region is "${live}", not role=status aria-live=polite`);
  await p.close();
  const off = await newContext({ javaScriptEnabled: false });
  const q = await off.newPage();
  await q.goto(urlOf(guideRoots[0]));
  const visible = await q.locator('button[data-copy]').evaluateAll((bs) => bs.filter((b) => b.offsetParent !== null).length);
  if (visible > 0) bad.push(`${visible} copy buttons are visible without JavaScript`);
  await q.close();
  assert(bad.length === 0, bad.join('\n'));
});

// Last, because it rebuilds the site: more news, taller news widgets.
await check('news: after adding news items and rebuilding, the news widgets grow', async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`${B}/`);
  frames = await loadAll(page);
  const before = heightsByUrl(await settled(frames));
  const news = frames.filter((f) => widgetKind(f.src) === 'news');
  assert(news.length > 0, 'no news widgets');
  const municipality = news.map((f) => /\/news\/([^/]+)\//.exec(new URL(f.src).pathname)?.[1]).find(Boolean);
  assert(municipality, 'no per-municipality news widget');
  for (let i = 1; i <= 3; i++) {
    for (const [lang, title] of [['lv', `Pārbaudes ziņa nr. ${i}`], ['en', `Test news item no. ${i}`]]) {
      fs.writeFileSync(
        path.join(root, 'content', 'jaunumi', `embed-test-${i}.${lang}.md`),
        `---\ntitle: "${title}"\ndate: 2023-0${i + 4}-1${i}\nmunicipalities: [${municipality}]\nsummary: "${title}: a news item added by the embed test."\n---\n\n${title}.\n`,
      );
    }
  }
  const rebuilt = await build();
  assert(rebuilt.ok, `the rebuild failed:\n${rebuilt.out}`);
  await page.reload();
  frames = await loadAll(page);
  const after = await settled(frames);
  const bad = after.filter((m) => !m.fits).map(describe);
  for (const m of after) {
    if (widgetKind(m.src) === 'news' && !(m.box > before.get(m.src) + TOLERANCE_PX)) bad.push(`${m.src}: ${before.get(m.src)} px before, ${m.box} px after`);
  }
  await screenshot(page, 'partner-desktop-more-news.png');
  assert(bad.length === 0, bad.join('\n'));
});

await check('requests: nothing from any host but the site and the partner; no errors', async () => {
  assert(problems.external.length === 0, `requests to other hosts:\n${problems.external.join('\n')}`);
  assert(problems.errors.length === 0, problems.errors.join('\n'));
});

await check('cookies: none set', async () => {
  const all = [...cookiesOfClosed, ...(await Promise.all(contexts.map((c) => c.cookies()))).flat()];
  assert(all.length === 0, all.map((c) => `${c.domain} ${c.name}`).join(', '));
});

await browser.close();
for (const s of servers) s.close();
await fsp.rm(tmp, { recursive: true, force: true });
for (const n of notes) console.log(`NOTE  ${n}`);
console.log(`check-embeds: ${snippets.length} embeds on the partner page; screenshots in ${args.out}`);
process.exit(summary());
