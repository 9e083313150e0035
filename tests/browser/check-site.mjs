#!/usr/bin/env node
// Browser checks for a static site built by lapa.
//
//   node check-site.mjs --site DIR --base-url http://127.0.0.1:PORT/di/ [--out DIR]
//                       [--screenshot lv/projekts/]... [--langs lv,en] [--concurrency 4]
//   node check-site.mjs --site DIR --base-path /di/ ...   (serve on a random free port)
//   node check-site.mjs --free-port                       (print a free port and exit)
//   node check-site.mjs --site DIR --base-url URL --serve-only   (just serve, for a person)
//
// The site is served by a small static server (Node's http module) on 127.0.0.1, mounted at the
// base path. The site's absolute links are built for one base URL, so the site must be built
// with the same --base-url that is given here (scripts/browser-check does both).
//
// Checks, for every .html file of the site (root chooser, 404.html and alias pages included;
// the embeds' fragment.html excepted, which check-embeds.mjs checks in a partner's page):
//   axe       axe-core, WCAG 2.0/2.1 A and AA rules, run in headless Chromium at 1280x800 (the page is
//             loaded at that size)
//   external  any request to another origin than the server (they are blocked, never sent)
//   errors    console errors, uncaught exceptions, failed requests, HTTP >= 400 responses,
//             a page without <meta name=viewport content="width=device-width ...">
//   overflow  document.documentElement.scrollWidth > 320 at a 320 px wide viewport
//   eu-notice at 1280x800 and at 390x844 (the page resized, not reloaded): the EU funding
//             notice in the header (.site-header .eu-notice: the emblem and its texts; in an
//             embed document .embed-header .embed-eu) is missing or not wholly inside the first
//             viewport, or an img/svg in the site's header or footer or any .logo element is
//             wider or taller than the notice's emblem
//   links     a/link/area hrefs and meta refresh targets on the site's origin that do not
//             resolve to a file (or only by a redirect), #fragments missing on the target
//             page, sitemap.xml and robots.txt URLs that do not resolve
//   vnu       the Nu HTML Checker (vnu.jar, --errors-only) over every .html file
// and the 404 page as served for an unknown deep URL must load without failed requests.
//
// Pages with <meta http-equiv=refresh> (the root language chooser, alias pages): every
// top-level navigation after the first one of a visit is aborted (net::ERR_ABORTED, which
// commits no error page), so the checks run on the redirecting page itself and the refresh
// is never followed; its target is checked as a link instead.
//
// Output: a summary on stdout, report.json and screenshots in --out. Exit 0 when everything
// passed, 1 when a check failed, 2 when the harness itself could not run.

import http from 'node:http';
import fs from 'node:fs';
import fsp from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { AXE_PATH, AXE_TAGS, MIME, freePort, launchChromium, seconds, vnu } from './lib.mjs';

const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 375, height: 800 };
const NARROW = 320;
// The EU funding notice must be wholly inside the first viewport at these sizes, and no other
// logo may be larger than its emblem (issue 12); the page is resized, not reloaded.
const NOTICE_VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];
const PAGE_TIMEOUT_MS = 30_000;
const VNU_BATCH = 200;
const MAX_PRINTED_LINES = 40; // per failing page, in the console output

// ---------------------------------------------------------------------------------------------
// arguments

function usage(msg) {
  if (msg) console.error(`check-site: ${msg}`);
  console.error(`usage: node check-site.mjs --site DIR (--base-url http://127.0.0.1:PORT/PATH/ | --base-path /PATH/)
         [--out DIR] [--screenshot SITE_PATH]... [--langs lv,en] [--concurrency N]
         [--chromium PATH] [--skip-vnu] [--skip-axe] [--timeout SECONDS] [--serve-only]
       node check-site.mjs --free-port`);
  process.exit(2);
}

let args;
try {
  args = parseArgs({
    options: {
      site: { type: 'string' },
      'base-url': { type: 'string' },
      'base-path': { type: 'string' },
      out: { type: 'string', default: 'browser-report' },
      screenshot: { type: 'string', multiple: true, default: [] },
      langs: { type: 'string' },
      // pages checked at once: a page's check mostly waits (loading, frames, resizes), so 4 pages
      // keep two cores busier than 2 did (124 pages: 113 s -> 97 s on a loaded machine)
      concurrency: { type: 'string', default: '4' },
      chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
      'skip-vnu': { type: 'boolean', default: false },
      'skip-axe': { type: 'boolean', default: false },
      timeout: { type: 'string', default: '900' },
      'serve-only': { type: 'boolean', default: false },
      'free-port': { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  }).values;
} catch (e) {
  usage(e.message);
}

if (args.help) usage();

if (args['free-port']) {
  console.log(await freePort());
  process.exit(0);
}

if (!args.site) usage('--site is required');
const SITE = path.resolve(args.site);
if (!fs.existsSync(SITE) || !fs.statSync(SITE).isDirectory()) usage(`--site ${SITE} is not a directory`);
const SITE_REAL = fs.realpathSync(SITE);

let port;
let basePath;
if (args['base-url']) {
  let u;
  try {
    u = new URL(args['base-url']);
  } catch {
    usage(`--base-url ${args['base-url']} is not a URL`);
  }
  if (u.protocol !== 'http:' || u.hostname !== '127.0.0.1' || !u.port) {
    usage('--base-url must look like http://127.0.0.1:PORT/path/ (the site is served there)');
  }
  port = Number(u.port);
  basePath = u.pathname;
} else {
  basePath = args['base-path'] ?? '/';
  port = await freePort();
}
if (!basePath.startsWith('/')) basePath = '/' + basePath;
if (!basePath.endsWith('/')) basePath += '/';
const ORIGIN = `http://127.0.0.1:${port}`;
const BASE_URL = ORIGIN + basePath;
const OUT = path.resolve(args.out);
const CONCURRENCY = Math.max(1, Number.parseInt(args.concurrency, 10) || 1);

// ---------------------------------------------------------------------------------------------
// static server

function isInside(root, p) {
  return p === root || p.startsWith(root + path.sep);
}

// Maps a URL path to what the server answers: {status: 200, file} | {status: 301, location} |
// {status: 404} | {status: 400}. Used by the server and by the link checker.
function resolvePath(pathname) {
  if (!pathname.startsWith(basePath)) {
    if (pathname + '/' === basePath) return { status: 301, location: basePath };
    return { status: 404 };
  }
  const rest = pathname.slice(basePath.length);
  const segments = [];
  for (const raw of rest.split('/')) {
    let seg;
    try {
      seg = decodeURIComponent(raw);
    } catch {
      return { status: 400 };
    }
    // refuse path traversal and anything that is not a plain name
    if (seg === '..' || seg === '.' || seg.includes('/') || seg.includes('\\') || seg.includes('\0')) {
      return { status: 400 };
    }
    if (seg !== '') segments.push(seg);
  }
  const full = path.join(SITE, ...segments);
  if (!isInside(SITE, full)) return { status: 400 };
  let st;
  try {
    const real = fs.realpathSync(full);
    if (!isInside(SITE_REAL, real)) return { status: 400 }; // a symlink out of the site
    st = fs.statSync(real);
  } catch {
    return { status: 404 };
  }
  if (st.isDirectory()) {
    if (!pathname.endsWith('/')) return { status: 301, location: pathname + '/' };
    const index = path.join(full, 'index.html');
    return fs.existsSync(index) ? { status: 200, file: index } : { status: 404 };
  }
  if (pathname.endsWith('/')) return { status: 404 }; // a file asked for as a directory
  return st.isFile() ? { status: 200, file: full } : { status: 404 };
}

function startServer() {
  const notFound = path.join(SITE, '404.html');
  const server = http.createServer((req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    if (req.method !== 'GET' && req.method !== 'HEAD') {
      return send(405, { Allow: 'GET, HEAD', 'Content-Type': 'text/plain' }, 'method not allowed\n');
    }
    let url;
    try {
      url = new URL(req.url, ORIGIN);
    } catch {
      return send(400, { 'Content-Type': 'text/plain' }, 'bad request\n');
    }
    const r = resolvePath(url.pathname);
    if (r.status === 200) {
      const type = MIME[path.extname(r.file).toLowerCase()] ?? 'application/octet-stream';
      return fs.readFile(r.file, (err, body) => {
        if (err) return send(500, { 'Content-Type': 'text/plain' }, 'read error\n');
        send(200, { 'Content-Type': type, 'Content-Length': body.length }, body);
      });
    }
    if (r.status === 301) return send(301, { Location: r.location + url.search }, '');
    if (r.status === 400) return send(400, { 'Content-Type': 'text/plain' }, 'bad request\n');
    fs.readFile(notFound, (err, body) => {
      if (err) return send(404, { 'Content-Type': 'text/plain' }, 'not found\n');
      send(404, { 'Content-Type': MIME['.html'] }, body);
    });
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// ---------------------------------------------------------------------------------------------
// the site's files

function walk(dir, acc = []) {
  for (const ent of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, ent.name);
    if (ent.isDirectory()) walk(p, acc);
    else if (ent.isFile()) acc.push(p);
  }
  return acc;
}

function encodeSegments(rel) {
  return rel.split('/').map(encodeURIComponent).join('/');
}

// DIR/lv/index.html -> /di/lv/ ; DIR/404.html -> /di/404.html
function urlForFile(file) {
  const rel = path.relative(SITE, file).split(path.sep).join('/');
  if (rel === 'index.html') return BASE_URL;
  if (rel.endsWith('/index.html')) return BASE_URL + encodeSegments(rel.slice(0, -'index.html'.length));
  return BASE_URL + encodeSegments(rel);
}

function relFile(file) {
  return path.relative(SITE, file).split(path.sep).join('/');
}

function detectLanguages() {
  const langs = [];
  for (const ent of fs.readdirSync(SITE, { withFileTypes: true })) {
    if (!ent.isDirectory() || !/^[a-z]{2,3}(-[a-z0-9]+)*$/i.test(ent.name)) continue;
    const index = path.join(SITE, ent.name, 'index.html');
    if (!fs.existsSync(index)) continue;
    const html = fs.readFileSync(index, 'utf8').slice(0, 4096);
    const m = /<html\b[^>]*\blang\s*=\s*["']?([^"'\s>]+)/i.exec(html);
    if (m && m[1].toLowerCase().split('-')[0] === ent.name.toLowerCase().split('-')[0]) langs.push(ent.name);
  }
  return langs.sort();
}

// ---------------------------------------------------------------------------------------------
// Nu HTML Checker

async function runVnu(files) {
  return (await vnu(files, { relativeTo: SITE, batch: VNU_BATCH, skipNonHtml: true })).map(({ text, ...m }) => m);
}

// ---------------------------------------------------------------------------------------------
// browser

function sameOrigin(u) {
  return u.protocol === 'http:' && u.hostname === '127.0.0.1' && Number(u.port) === port;
}

const IGNORED_CONSOLE = [
  /^Failed to load resource:/, // counted from the request / response events instead
];

// Per-page bookkeeping for requests, set up once per browser context.
function instrument(context) {
  const states = new Map(); // Page -> state of the current visit
  const aborted = new WeakSet();
  context.route('**/*', async (route, request) => {
    let page = null;
    try {
      page = request.frame().page();
    } catch { /* a service worker request */ }
    const st = page ? states.get(page) : null;
    let u;
    try {
      u = new URL(request.url());
    } catch {
      return route.continue();
    }
    if (!sameOrigin(u) && (u.protocol === 'http:' || u.protocol === 'https:' || u.protocol === 'ws:' || u.protocol === 'wss:')) {
      st?.external.push({ url: request.url(), type: request.resourceType() });
      aborted.add(request);
      return route.abort('blockedbyclient');
    }
    if (st && request.isNavigationRequest() && request.frame() === page.mainFrame()) {
      st.navigations += 1;
      if (st.navigations > 1) {
        st.blockedNavigations.push(request.url());
        aborted.add(request);
        return route.abort('aborted');
      }
    }
    return route.continue();
  });
  const attach = (page) => {
    page.on('console', (msg) => {
      const st = states.get(page);
      if (!st || msg.type() !== 'error') return;
      const text = msg.text();
      if (IGNORED_CONSOLE.some((re) => re.test(text))) return;
      const loc = msg.location();
      st.errors.push(`console error: ${text}${loc?.url ? ` (${loc.url}:${loc.lineNumber})` : ''}`);
    });
    page.on('pageerror', (err) => states.get(page)?.errors.push(`uncaught exception: ${err.message}`));
    page.on('request', (request) => states.get(page)?.requests.add(request));
    page.on('requestfailed', (request) => {
      const st = states.get(page);
      // an aborted request of ours, or one already reported with its HTTP error status, or one
      // made before this visit began (by the previous document, aborted by this navigation)
      if (!st || !st.requests.has(request)) return;
      if (aborted.has(request) || st.errorUrls.has(request.url())) return;
      st.errors.push(`request failed: ${request.url()} (${request.failure()?.errorText})`);
    });
    page.on('response', (response) => {
      const st = states.get(page);
      if (!st) return;
      const status = response.status();
      const req = response.request();
      if (req.isNavigationRequest() && req.frame() === page.mainFrame()) {
        st.documentStatus ??= status;
        return;
      }
      if (status >= 400) st.errorUrls.add(response.url());
      if (status >= 400) st.errors.push(`HTTP ${status}: ${response.url()} (${req.resourceType()})`);
    });
  };
  const begin = (page) => {
    const st = { navigations: 0, blockedNavigations: [], external: [], errors: [], errorUrls: new Set(), requests: new Set(), documentStatus: null };
    states.set(page, st);
    return st;
  };
  return { attach, begin, end: (page) => states.delete(page) };
}

async function newPage(context, inst) {
  const page = await context.newPage();
  page.setDefaultTimeout(PAGE_TIMEOUT_MS);
  inst.attach(page);
  return page;
}

const nextFrame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(() => r())));

// Runs in the page: where the EU funding notice lies (in document coordinates, so the first
// viewport is 0..clientWidth x 0..clientHeight whatever the scroll) and which logos are larger
// than its emblem. Returns {problems: [text], sizes: {emblem, noticeBottom, frames}}.
//
// Chromium applies a viewport resize to the page's styles over a frame or three (vw-based font
// sizes, then line breaks, lag behind innerWidth even after the resize event), so after a resize
// the page is measured once per frame until three measurements in a row agree. A page loaded at
// the size it is measured at is measured at once.
async function measureNotice({ viewport, resized }) {
  const frame = () => new Promise((r) => requestAnimationFrame(() => r()));
  const describe = (e) => {
    let s = e.localName;
    if (e.id) s += '#' + e.id;
    const cls = typeof e.className === 'string' ? e.className : e.getAttribute('class') || '';
    if (cls.trim()) s += '.' + cls.trim().split(/\s+/).join('.');
    const src = e.getAttribute('src');
    if (src) s += `[src$="${src.split('/').pop()}"]`;
    return s;
  };
  const box = (e) => {
    const r = e.getBoundingClientRect();
    return { left: r.left + scrollX, top: r.top + scrollY, right: r.right + scrollX, bottom: r.bottom + scrollY, width: r.width, height: r.height };
  };
  const px = (n) => Math.round(n * 10) / 10;
  const measure = () => {
    const problems = [];
    let notice = document.querySelector('.site-header .eu-notice');
    let emblemSelector = '.eu-emblem';
    if (!notice) {
      notice = document.querySelector('.embed-header .embed-eu');
      emblemSelector = '.embed-eu-emblem';
    }
    if (!notice) return { problems: ['no EU funding notice (.eu-notice) in the site header'], sizes: null };
    const emblem = notice.querySelector(emblemSelector);
    const texts = [...notice.querySelectorAll('p, span')].filter((e) => e.textContent.trim() !== '');
    if (!emblem) problems.push(`the EU funding notice has no emblem (${emblemSelector})`);
    if (texts.length === 0) problems.push('the EU funding notice has no text');
    // the notice with everything in it (a child that overflows the notice's box counts too)
    const parts = [notice, ...notice.querySelectorAll('*')].map(box).filter((b) => b.width > 0 && b.height > 0);
    const vw = document.documentElement.clientWidth;
    const vh = document.documentElement.clientHeight;
    const eb = emblem ? box(emblem) : null;
    let bottom = null;
    if (parts.length === 0 || (eb && (eb.width === 0 || eb.height === 0))) {
      problems.push('the EU funding notice is not shown (no size)');
    } else {
      const u = {
        left: Math.min(...parts.map((b) => b.left)),
        top: Math.min(...parts.map((b) => b.top)),
        right: Math.max(...parts.map((b) => b.right)),
        bottom: Math.max(...parts.map((b) => b.bottom)),
      };
      bottom = px(u.bottom);
      const out = [];
      if (u.top < -0.5) out.push(`top edge at ${px(u.top)} px`);
      if (u.left < -0.5) out.push(`left edge at ${px(u.left)} px`);
      if (u.bottom > vh + 0.5) out.push(`bottom edge at ${px(u.bottom)} px, below the first viewport (${vh} px high)`);
      if (u.right > vw + 0.5) out.push(`right edge at ${px(u.right)} px, beyond the viewport (${vw} px wide)`);
      if (out.length) problems.push(`the EU funding notice is not wholly inside the first viewport: ${out.join(', ')}`);
      const hidden = [notice, emblem, ...texts].filter(Boolean).find((e) => {
        const cs = getComputedStyle(e);
        return cs.visibility !== 'visible' || Number(cs.opacity) === 0;
      });
      if (hidden) problems.push(`the EU funding notice is not visible: ${describe(hidden)} is hidden`);
    }
    if (eb) {
      const others = new Set();
      for (const region of document.querySelectorAll('.site-header, .site-footer, body > header, body > footer')) {
        for (const e of region.querySelectorAll('img, svg')) others.add(e);
      }
      for (const e of document.querySelectorAll('.logo')) others.add(e);
      for (const e of others) {
        if (e === emblem || emblem.contains(e)) continue;
        const b = box(e);
        if (b.width === 0 || b.height === 0) continue; // not rendered
        if (b.width > eb.width + 0.5 || b.height > eb.height + 0.5) {
          problems.push(`${describe(e)} (${px(b.width)}×${px(b.height)} px) is larger than the header's EU emblem (${px(eb.width)}×${px(eb.height)} px)`);
        }
      }
    }
    return { problems, sizes: { emblem: eb ? [px(eb.width), px(eb.height)] : null, noticeBottom: bottom } };
  };
  const sizeIsRight = () => innerWidth === viewport.width && innerHeight === viewport.height;
  if (resized) {
    // the resize event (listened for before the resize), or 10 frames at most
    let tenFrames = Promise.resolve();
    for (let i = 0; i < 10; i++) tenFrames = tenFrames.then(frame);
    await Promise.race([window.__lapaResized, tenFrames]);
  }
  if (!sizeIsRight()) {
    return { problems: [`the viewport is ${innerWidth}×${innerHeight}, not ${viewport.width}×${viewport.height}`], sizes: null };
  }
  let last = measure();
  let same = 1;
  let frames = 0;
  // a page just loaded at this size needs no settling
  while (resized && same < 3 && frames < 15) {
    await frame();
    frames += 1;
    const m = measure();
    same = JSON.stringify(m) === JSON.stringify(last) ? same + 1 : 1;
    last = m;
  }
  if (resized && same < 3) last.problems.push(`the header did not stop changing within ${frames} frames`);
  last.sizes = last.sizes && { ...last.sizes, frames };
  return last;
}

async function checkPage(page, inst, item, { axe = true, overflow = true, notice = true, expectStatus = 200 } = {}) {
  // 1280x800: the first size the EU notice is measured at (and axe runs at). Resized before the
  // visit begins: what the previous document requests on being resized (lazy iframes coming
  // into view), and the next navigation aborts, is not this visit's.
  await page.setViewportSize(notice ? NOTICE_VIEWPORTS[0] : DESKTOP).catch(() => {});
  const st = inst.begin(page);
  const result = {
    file: item.file,
    url: item.url,
    status: null,
    title: null,
    lang: null,
    refresh: null,
    axe: [],
    axeIncomplete: [],
    external: [],
    errors: [],
    overflow: null,
    notice: [],
    noticeSizes: {},
    links: [],
    ids: [],
  };
  try {
    const response = await page.goto(item.url, { waitUntil: 'load', timeout: PAGE_TIMEOUT_MS });
    result.status = response ? response.status() : st.documentStatus;
    if (result.status !== expectStatus) result.errors.push(`document answered HTTP ${result.status}, expected ${expectStatus}`);

    const info = await page.evaluate(() => {
      const refresh = document.querySelector('meta[http-equiv="refresh" i]');
      const viewport = document.querySelector('meta[name="viewport" i]');
      return {
        title: document.title,
        lang: document.documentElement.getAttribute('lang'),
        refresh: refresh ? refresh.getAttribute('content') : null,
        viewport: viewport ? viewport.getAttribute('content') : null,
        links: [...document.querySelectorAll('a[href], area[href], link[href]')].map((e) => ({
          href: e.href,
          tag: e.localName,
          rel: e.getAttribute('rel') || '',
        })),
        ids: [
          ...[...document.querySelectorAll('[id]')].map((e) => e.id),
          ...[...document.querySelectorAll('a[name]')].map((e) => e.getAttribute('name')),
        ],
      };
    });
    result.title = info.title;
    result.lang = info.lang;
    result.refresh = info.refresh;
    result.links = info.links.map((l) => ({ ...l, rel: l.rel.toLowerCase() }));
    result.ids = info.ids;
    if (info.refresh) {
      const m = /url\s*=\s*['"]?([^'"]+)['"]?\s*$/i.exec(info.refresh);
      if (m) result.links.push({ href: new URL(m[1].trim(), item.url).href, tag: 'meta', rel: 'refresh' });
    }
    if (!info.refresh && expectStatus === 200 && !/width\s*=\s*device-width/i.test(info.viewport ?? '')) {
      result.errors.push('no <meta name="viewport" content="width=device-width, …">: phones will lay the page out at 980 px');
    }

    if (axe) {
      await page.addScriptTag({ path: AXE_PATH });
      const r = await page.evaluate(async (tags) => {
        // resultTypes: full element lists for violations only (faster); other results keep one element each
        // eslint-disable-next-line no-undef
        const res = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
        const simplify = (v) => ({
          id: v.id,
          impact: v.impact,
          help: v.help,
          helpUrl: v.helpUrl,
          nodes: v.nodes.map((n) => ({ target: n.target.map(String), html: n.html.slice(0, 300), summary: n.failureSummary })),
        });
        return { violations: res.violations.map(simplify), incomplete: res.incomplete.map((v) => v.id) };
      }, AXE_TAGS);
      result.axe = r.violations;
      result.axeIncomplete = r.incomplete;
    }


    if (notice) {
      // the page was loaded at the first size; the others by resizing it
      for (const [i, vp] of NOTICE_VIEWPORTS.entries()) {
        if (i > 0) {
          await page.evaluate(() => {
            window.__lapaResized = new Promise((r) => addEventListener('resize', () => r(), { once: true }));
          });
          await page.setViewportSize(vp);
        }
        const m = await page.evaluate(measureNotice, { viewport: vp, resized: i > 0 });
        const label = `${vp.width}×${vp.height}`;
        result.noticeSizes[label] = m.sizes;
        for (const pr of m.problems) result.notice.push(`at ${label}: ${pr}`);
      }
    }

    if (overflow) {
      await page.setViewportSize({ width: NARROW, height: 800 });
      await page.evaluate(nextFrame);
      const o = await page.evaluate((W) => {
        const sw = document.documentElement.scrollWidth;
        if (sw <= W) return { scrollWidth: sw, offenders: [] };
        const describe = (e) => {
          let s = e.localName;
          if (e.id) s += '#' + e.id;
          if (typeof e.className === 'string' && e.className.trim()) s += '.' + e.className.trim().split(/\s+/).join('.');
          return s;
        };
        const offenders = [];
        for (const e of document.body ? document.body.querySelectorAll('*') : []) {
          const r = e.getBoundingClientRect();
          if (r.right <= W + 0.5 || r.width === 0) continue;
          const p = e.parentElement;
          // report the outermost element that sticks out
          if (p && p !== document.body && p.getBoundingClientRect().right > W + 0.5) continue;
          offenders.push(`${describe(e)} (right edge at ${Math.round(r.right)} px)`);
          if (offenders.length >= 5) break;
        }
        return { scrollWidth: sw, offenders };
      }, NARROW);
      if (o.scrollWidth > NARROW) result.overflow = o;
    }
  } catch (e) {
    result.errors.push(`could not check the page: ${e.message.split('\n')[0]}`);
  } finally {
    // give late console messages and failed requests a moment to arrive
    await new Promise((r) => setTimeout(r, 50));
    inst.end(page);
  }
  result.external = st.external;
  result.errors.push(...st.errors);
  result.blockedNavigations = st.blockedNavigations;
  return result;
}

async function screenshot(context, inst, sitePath, name, outDir) {
  const page = await newPage(context, inst);
  const url = new URL(encodeSegments(sitePath.replace(/^\/+/, '')), BASE_URL).href;
  const st = inst.begin(page);
  try {
    const resp = await page.goto(url, { waitUntil: 'load' });
    if (!resp || resp.status() !== 200) return `screenshot ${sitePath}: HTTP ${resp ? resp.status() : '?'}`;
    await page.evaluate(() => document.fonts.ready.then(() => undefined));
    const file = path.join(outDir, name);
    await page.screenshot({ path: file, fullPage: true });
    return null;
  } catch (e) {
    return `screenshot ${sitePath}: ${e.message.split('\n')[0]}`;
  } finally {
    void st;
    inst.end(page);
    await page.close();
  }
}

// ---------------------------------------------------------------------------------------------
// links

function checkLinks(pages, sitemapIssues) {
  const byUrl = new Map(pages.map((p) => [p.url, p]));
  const cache = new Map();
  const resolveUrl = (u) => {
    const key = u.pathname;
    if (!cache.has(key)) cache.set(key, resolvePath(u.pathname));
    return cache.get(key);
  };
  for (const p of pages) {
    p.brokenLinks = [];
    const seen = new Set();
    for (const l of p.links) {
      if (seen.has(l.href)) continue;
      seen.add(l.href);
      let u;
      try {
        u = new URL(l.href);
      } catch {
        p.brokenLinks.push(`${l.tag} ${l.href}: not a URL`);
        continue;
      }
      if (!sameOrigin(u)) continue; // links elsewhere are allowed, they are not loaded
      const r = resolveUrl(u);
      const what = `<${l.tag}${l.rel ? ` rel=${l.rel}` : ''}> ${u.pathname}${u.hash}`;
      if (r.status === 301) {
        p.brokenLinks.push(`${what}: only reachable through a redirect to ${r.location}`);
        continue;
      }
      if (r.status !== 200) {
        p.brokenLinks.push(`${what}: HTTP ${r.status}`);
        continue;
      }
      const frag = u.hash ? decodeURIComponent(u.hash.slice(1)) : '';
      if (frag && frag !== 'top') {
        const target = byUrl.get(u.origin + u.pathname);
        if (target && target.status === 200 && !target.ids.includes(frag)) {
          p.brokenLinks.push(`${what}: no element with id "${frag}" on that page`);
        }
      }
    }
  }
  // sitemap.xml and robots.txt
  const sitemap = path.join(SITE, 'sitemap.xml');
  const checkAbs = (where, href) => {
    let u;
    try {
      u = new URL(href);
    } catch {
      sitemapIssues.push(`${where}: ${href} is not an absolute URL`);
      return;
    }
    if (!u.href.startsWith(BASE_URL)) {
      sitemapIssues.push(`${where}: ${href} is not under the base URL ${BASE_URL}`);
      return;
    }
    const r = resolveUrl(u);
    if (r.status !== 200) sitemapIssues.push(`${where}: ${href} answers HTTP ${r.status}${r.location ? ` -> ${r.location}` : ''}`);
  };
  if (fs.existsSync(sitemap)) {
    const xml = fs.readFileSync(sitemap, 'utf8');
    const locs = [...xml.matchAll(/<loc>\s*([^<\s]+)\s*<\/loc>/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    const alts = [...xml.matchAll(/<xhtml:link\b[^>]*\bhref="([^"]+)"/g)].map((m) => m[1].replace(/&amp;/g, '&'));
    if (locs.length === 0) sitemapIssues.push('sitemap.xml: no <loc> entries');
    for (const href of new Set([...locs, ...alts])) checkAbs('sitemap.xml', href);
  }
  const robots = path.join(SITE, 'robots.txt');
  if (fs.existsSync(robots)) {
    for (const m of fs.readFileSync(robots, 'utf8').matchAll(/^\s*sitemap:\s*(\S+)/gim)) checkAbs('robots.txt', m[1]);
  }
}

// ---------------------------------------------------------------------------------------------
// main

async function main() {
  const server = await startServer();
  console.log(`check-site: serving ${SITE} at ${BASE_URL}`);
  if (args['serve-only']) {
    console.log('check-site: --serve-only, press Ctrl-C to stop');
    return new Promise(() => {});
  }

  const all = walk(SITE);
  // embed/**/fragment.html is a piece of HTML for partners to paste, not a document:
  // check-embeds.mjs checks each one pasted into a partner's page
  const isFragment = (f) => /^embed\/(.+\/)?fragment\.html$/.test(relFile(f));
  const htmlFiles = all.filter((f) => /\.html?$/i.test(f) && !isFragment(f)).sort();
  if (htmlFiles.length === 0) throw new Error(`no .html files in ${SITE}`);
  const items = htmlFiles.map((f) => ({ file: relFile(f), url: urlForFile(f) }));
  const langs = args.langs ? args.langs.split(',').map((s) => s.trim()).filter(Boolean) : detectLanguages();
  await fsp.mkdir(OUT, { recursive: true });

  const started = Date.now();
  // vnu runs in its own process while the browser works
  let vnuTook = '';
  const vnuPromise = args['skip-vnu']
    ? Promise.resolve([])
    : runVnu(htmlFiles).catch((e) => e).finally(() => (vnuTook = seconds(started)));

  const browser = await launchChromium(args.chromium);
  const siteIssues = [];
  let pages;
  try {
    const context = await browser.newContext({
      viewport: DESKTOP,
      bypassCSP: true, // so that axe can be injected into pages with a Content-Security-Policy
      locale: 'lv-LV',
      timezoneId: 'Europe/Riga',
      reducedMotion: 'reduce',
      serviceWorkers: 'block',
    });
    const inst = instrument(context);
    let since = Date.now();
    pages = new Array(items.length);
    let next = 0;
    const worker = async () => {
      const page = await newPage(context, inst);
      while (next < items.length) {
        const i = next++;
        pages[i] = await checkPage(page, inst, items[i], { axe: !args['skip-axe'] });
        process.stdout.write('.');
      }
      await page.close();
    };
    await Promise.all(Array.from({ length: Math.min(CONCURRENCY, items.length) }, worker));
    process.stdout.write('\n');
    console.log(`time  ${items.length} pages checked ${seconds(since)}`);
    since = Date.now();

    // 404.html as a host serves it: at an unknown, deep URL, with status 404
    if (fs.existsSync(path.join(SITE, '404.html'))) {
      const page = await newPage(context, inst);
      const r = await checkPage(page, inst, { file: '404.html', url: `${BASE_URL}lapa-check/no/such/page/` }, { axe: false, overflow: false, notice: false, expectStatus: 404 });
      await page.close();
      for (const e of r.errors) siteIssues.push(`404 page served at ${new URL(r.url).pathname}: ${e}`);
      for (const x of r.external) siteIssues.push(`404 page served at ${new URL(r.url).pathname}: external request ${x.url}`);
    } else {
      siteIssues.push('no 404.html at the root of the site');
    }
    await context.close();
    console.log(`time  404 page at an unknown URL ${seconds(since)}`);
    since = Date.now();

    // screenshots
    const shots = [];
    for (const l of langs) shots.push({ sitePath: `${l}/`, stem: `home-${l}` });
    for (const s of args.screenshot) {
      const stem = s.replace(/^\/+|\/+$/g, '').replace(/[^A-Za-z0-9._-]+/g, '-') || 'root';
      shots.push({ sitePath: s, stem });
    }
    for (const [kind, opts] of [
      ['desktop', { viewport: DESKTOP, deviceScaleFactor: 1 }],
      ['phone', { viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true }],
    ]) {
      const ctx = await browser.newContext({ ...opts, locale: 'lv-LV', timezoneId: 'Europe/Riga', reducedMotion: 'reduce', serviceWorkers: 'block' });
      const sinst = instrument(ctx);
      for (const s of shots) {
        const err = await screenshot(ctx, sinst, s.sitePath, `${s.stem}-${kind}.png`, OUT);
        if (err) siteIssues.push(err);
      }
      await ctx.close();
    }
    console.log(`time  ${shots.length * 2} screenshots ${seconds(since)}`);
    if (langs.length === 0) siteIssues.push('no language home pages found (top-level folders whose index.html has a matching <html lang>); pass --langs');
  } finally {
    await browser.close();
  }

  const sitemapIssues = [];
  checkLinks(pages, sitemapIssues);
  siteIssues.push(...sitemapIssues);

  const waited = Date.now();
  const vnuResult = await vnuPromise;
  console.log(`time  vnu over ${htmlFiles.length} files beside the browser ${vnuTook}, waited for at the end ${seconds(waited)}`);
  if (vnuResult instanceof Error) {
    siteIssues.push(`the Nu HTML Checker could not run: ${vnuResult.message}`);
  } else {
    const byFile = new Map(pages.map((p) => [p.file, p]));
    for (const p of pages) p.vnu = [];
    for (const m of vnuResult) {
      const p = byFile.get(m.file);
      if (p) p.vnu.push(m);
      else siteIssues.push(`vnu: ${m.file}:${m.line}: ${m.message}`);
    }
  }
  server.close();

  // ------------------------------------------------------------------ report
  const counts = { pages: pages.length, axe: 0, axeNodes: 0, vnu: 0, external: 0, overflow: 0, notice: 0, errors: 0, links: 0 };
  let passed = 0;
  let failed = 0;
  const lines = [];
  for (const p of pages) {
    p.vnu ??= [];
    counts.axe += p.axe.length;
    counts.axeNodes += p.axe.reduce((n, v) => n + v.nodes.length, 0);
    counts.vnu += p.vnu.length;
    counts.external += p.external.length;
    counts.overflow += p.overflow ? 1 : 0;
    counts.notice += p.notice.length ? 1 : 0;
    counts.errors += p.errors.length;
    counts.links += p.brokenLinks.length;
    const problems = [];
    for (const v of p.axe) {
      problems.push(`axe ${v.id} (${v.impact}): ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 5 ? `, … (${v.nodes.length} elements)` : ''}`);
    }
    for (const m of p.vnu) problems.push(`vnu ${m.file}:${m.line}${m.column ? `.${m.column}` : ''}: ${m.message}`);
    for (const x of p.external) problems.push(`external request (${x.type}): ${x.url}`);
    if (p.overflow) problems.push(`overflow at ${NARROW}px: scrollWidth ${p.overflow.scrollWidth}${p.overflow.offenders.length ? ` — ${p.overflow.offenders.join('; ')}` : ''}`);
    for (const n of p.notice) problems.push(`eu-notice ${n}`);
    for (const e of p.errors) problems.push(e);
    for (const l of p.brokenLinks) problems.push(`broken link ${l}`);
    p.problems = problems;
    if (problems.length === 0) {
      passed += 1;
      continue;
    }
    failed += 1;
    lines.push(`FAIL ${p.file}  (${new URL(p.url).pathname})`);
    for (const pr of problems.slice(0, MAX_PRINTED_LINES)) lines.push(`  - ${pr}`);
    if (problems.length > MAX_PRINTED_LINES) lines.push(`  - … ${problems.length - MAX_PRINTED_LINES} more in report.json`);
  }
  // the site-wide checks count as one more check
  if (siteIssues.length === 0) passed += 1;
  else {
    failed += 1;
    lines.push('FAIL site-wide checks (404 page at an unknown URL, sitemap.xml, robots.txt, screenshots, vnu)');
    for (const s of siteIssues) lines.push(`  - ${s}`);
  }

  const report = {
    site: SITE,
    baseUrl: BASE_URL,
    generated: new Date().toISOString(),
    seconds: Math.round((Date.now() - started) / 100) / 10,
    axeTags: AXE_TAGS,
    languages: langs,
    counts: { ...counts, site: siteIssues.length },
    passed,
    failed,
    siteIssues,
    pages: pages.map(({ links, ids, ...rest }) => ({ ...rest, linksChecked: links.length })),
  };
  await fsp.writeFile(path.join(OUT, 'report.json'), JSON.stringify(report, null, 2) + '\n');

  for (const l of lines) console.log(l);
  console.log(`${counts.pages} pages checked: ${counts.axe} axe violations, ${counts.vnu} vnu errors, ${counts.external} external requests, ${counts.overflow} overflow at ${NARROW}px, ${counts.notice} EU notice/logo`);
  console.log(`also: ${counts.errors} console/request errors, ${counts.links} broken links, ${siteIssues.length} site-wide problems; report and screenshots in ${OUT} (${report.seconds} s)`);
  console.log(`browser: ${passed} passed, ${failed} failed`);
  return failed === 0 ? 0 : 1;
}

const watchdog = args["serve-only"] ? null : setTimeout(() => {
  console.error(`check-site: gave up after ${args.timeout} s`);
  process.exit(2);
}, Number(args.timeout) * 1000);
watchdog?.unref();

main().then(
  (code) => {
    if (!args['serve-only']) process.exit(code);
  },
  (e) => {
    console.error(`check-site: ${e.stack || e}`);
    process.exit(2);
  },
);
