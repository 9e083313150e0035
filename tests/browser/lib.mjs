// The harness the browser checks share (check-site.mjs, check-embeds.mjs, check-search.mjs,
// check-serve.mjs, check-media.mjs; scripts/media-bytes.mjs scrolls with it): bookkeeping of
// named checks with their time, a watchdog, running a program, free ports, bounded polling, a
// static server for a built site, headless Chromium and its contexts kept to the site's own
// origin, scrolling a page through, the DOM kept for vnu, axe-core and the Nu HTML Checker.
// Nothing here decides what a check asserts.
//
// API (all named exports):
//   AXE_TAGS                     the axe-core rule tags every check runs: WCAG 2.0/2.1 A and AA
//   CHROMIUM_ARGS                the switches of chromium-args.mjs (no host but 127.0.0.1 resolves)
//   MIME                         file extension -> Content-Type for the static servers
//   AXE_PATH                     axe.min.js, for a check that runs axe itself (addScriptTag)
//   checks(tool)                 -> { check, assert, fail, summary, counts }
//       await check(name, async () => {...})  runs one check; prints 'PASS  name (1.2 s)' or
//                                'FAIL  name (1.2 s): message' (a thrown error's message)
//       assert(cond, message)    throws Error(message) when cond is falsy
//       fail(message)            prints 'TOOL: message' on stderr and exits 2 (the harness broke)
//       summary()                prints 'browser: N passed, N failed', the line scripts/test counts,
//                                and returns the exit code (0 all passed, 1 a check failed)
//       counts()                 -> { passed, failed } so far
//   watchdog(tool, seconds)      exits 2 with 'TOOL: gave up after N s' when the run takes longer
//   run(file, argv)              runs a program; -> { ok (exit 0), out (stdout + stderr), seconds }
//   freePort()                   -> a free TCP port on 127.0.0.1
//   poll(fn, ms, every = 50)     calls async fn until it returns a truthy value or ms have passed;
//                                returns the last value (a bounded wait, never a fixed sleep)
//   listen(port, handler)        an http server on 127.0.0.1:port; handler(url, send) with
//                                send(status, headers, body) (Cache-Control: no-store; HEAD gets no
//                                body); a handler that throws answers 400. -> the http.Server
//   serveSite(site, base)        a handler for listen(): the built site in folder `site` at the URL
//                                path `base` ('/di/'): folders answer with their index.html (a
//                                folder without the trailing slash with 301), the rest with the
//                                site's 404.html and status 404
//   launchChromium(chromium, options = {})  -> playwright-core's Browser (headless, CHROMIUM_ARGS
//                                unless options.args); exits 2 when `chromium` is not there
//   CONTEXT_OPTIONS              the browser context the checks start from: 1280×900, lv-LV,
//                                Europe/Riga, reduced motion, no service workers
//   guard(context, { problems, origins, timeout, onRequest, onResponse, expected })
//                                keeps a BrowserContext to `origins` (e.g. ['http://127.0.0.1:PORT']):
//                                an http(s)/ws(s) request to any other origin is blocked and recorded
//                                in problems.external ('type url'); problems.errors gets each page's
//                                uncaught exceptions, console errors (but 'Failed to load
//                                resource'), failed requests (but blocked and aborted ones) and
//                                HTTP statuses >= 400 (but where expected(response) is true).
//                                onRequest(request) sees each request let through, onResponse(response)
//                                each response; timeout (ms) is each page's default timeout when given
//   scrollThrough(page, { screen = 0.8, steps = 100, wait = 15000 })  scrolls to the end `screen`
//                                viewport heights at a time (at most `steps` times), waiting up to
//                                `wait` ms each time for the images on or above the screen (lazy
//                                ones load on the way), then up to `wait` ms for every image
//   saveDom(page, file)          writes the page's DOM as it is now ('<!DOCTYPE html>' and the
//                                <html> element) to `file` for vnu (folders made); -> file
//   axe(target, options = {})    injects axe-core into a Page or Frame (once) and runs AXE_TAGS on
//                                its document; -> violation lines 'id (impact): help — targets'
//                                (options are axe.run's, e.g. { iframes: false })
//   vnu(files, { relativeTo, batch = 200, skipNonHtml = false })  runs vnu.jar --errors-only
//                                over the files in one Java process per `batch` files (start it
//                                early and await it late: it runs beside the browser); -> [{ file, line, column, type,
//                                message, extract, text }] (file relative to relativeTo when
//                                given; text is 'file:line.column: message'); rejects when vnu
//                                gave no JSON
//   seconds(since)               -> '(1.2 s)', the time since the Date.now() value `since`

import fs from 'node:fs';
import http from 'node:http';
import net from 'node:net';
import path from 'node:path';
import { execFile } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { CHROMIUM_ARGS } from './chromium-args.mjs';

export { CHROMIUM_ARGS };

const require = createRequire(import.meta.url);

export const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

export const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.htm': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.geojson': 'application/geo+json; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.xsl': 'application/xslt+xml; charset=utf-8',
  '.rss': 'application/rss+xml; charset=utf-8',
  '.atom': 'application/atom+xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.csv': 'text/csv; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.ics': 'text/calendar; charset=utf-8',
  '.vcf': 'text/vcard; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.avif': 'image/avif',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.pdf': 'application/pdf',
  '.zip': 'application/zip',
  '.mp4': 'video/mp4',
  '.webm': 'video/webm',
  '.wasm': 'application/wasm',
};

export function seconds(since) {
  return `(${((Date.now() - since) / 1000).toFixed(1)} s)`;
}

export function checks(tool) {
  let passed = 0;
  let failed = 0;
  async function check(name, body) {
    const start = Date.now();
    try {
      await body();
      passed += 1;
      console.log(`PASS  ${name} ${seconds(start)}`);
    } catch (error) {
      failed += 1;
      console.log(`FAIL  ${name} ${seconds(start)}: ${error && error.message ? error.message : error}`);
    }
  }
  function assert(condition, message) {
    if (!condition) throw new Error(message);
  }
  function fail(message) {
    console.error(`${tool}: ${message}`);
    process.exit(2);
  }
  function summary() {
    console.log(`browser: ${passed} passed, ${failed} failed`);
    return failed > 0 ? 1 : 0;
  }
  return { check, assert, fail, summary, counts: () => ({ passed, failed }) };
}

export function watchdog(tool, secs) {
  const timer = setTimeout(() => {
    console.error(`${tool}: gave up after ${secs} s`);
    process.exit(2);
  }, Number(secs) * 1000);
  timer.unref();
  return timer;
}

export function run(file, argv) {
  const start = Date.now();
  return new Promise((resolve) => {
    execFile(file, argv, { maxBuffer: 16 << 20 }, (error, stdout, stderr) =>
      resolve({ ok: !error, out: stdout + stderr, seconds: (Date.now() - start) / 1000 }),
    );
  });
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const s = net.createServer();
    s.unref();
    s.on('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function poll(fn, ms, every = 50) {
  const end = Date.now() + ms;
  let value;
  for (;;) {
    value = await fn();
    if (value || Date.now() > end) return value;
    await new Promise((r) => setTimeout(r, every));
  }
}

export function listen(port, handler) {
  const server = http.createServer((req, res) => {
    const send = (status, headers, body) => {
      res.writeHead(status, { 'Cache-Control': 'no-store', ...headers });
      res.end(req.method === 'HEAD' ? undefined : body);
    };
    try {
      handler(new URL(req.url, `http://127.0.0.1:${port}`), send);
    } catch {
      send(400, { 'Content-Type': 'text/plain' }, 'bad request\n');
    }
  });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

export function serveSite(site, base) {
  return (url, send) => {
    if (!url.pathname.startsWith(base)) return send(404, { 'Content-Type': 'text/plain' }, 'not found\n');
    // decodeURIComponent throws on a bad escape: listen() answers 400
    const segments = url.pathname.slice(base.length).split('/').filter(Boolean).map(decodeURIComponent);
    if (segments.some((s) => s === '..' || s === '.' || s.includes('/') || s.includes('\\') || s.includes('\0'))) {
      return send(400, { 'Content-Type': 'text/plain' }, 'bad request\n');
    }
    let file = path.join(site, ...segments);
    let st = fs.statSync(file, { throwIfNoEntry: false });
    if (st?.isDirectory()) {
      if (!url.pathname.endsWith('/')) return send(301, { Location: `${url.pathname}/${url.search}` }, '');
      file = path.join(file, 'index.html');
      st = fs.statSync(file, { throwIfNoEntry: false });
    }
    if (!st?.isFile()) {
      const notFound = path.join(site, '404.html');
      return send(404, { 'Content-Type': MIME['.html'] }, fs.existsSync(notFound) ? fs.readFileSync(notFound) : 'not found\n');
    }
    send(200, { 'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream' }, fs.readFileSync(file));
  };
}

export async function launchChromium(chromium, options = {}) {
  if (!fs.existsSync(chromium)) {
    console.error(`Chromium not found at ${chromium} (apt-get install chromium, or set CHROMIUM_PATH)`);
    process.exit(2);
  }
  const { chromium: playwright } = await import('playwright-core');
  // launch() gives Chromium a fresh temporary --user-data-dir and removes it on close.
  return playwright.launch({ executablePath: chromium, headless: true, args: CHROMIUM_ARGS, ...options });
}

export const CONTEXT_OPTIONS = {
  viewport: { width: 1280, height: 900 },
  locale: 'lv-LV',
  timezoneId: 'Europe/Riga',
  reducedMotion: 'reduce',
  serviceWorkers: 'block',
};

export async function guard(context, { problems, origins, timeout = null, onRequest = null, onResponse = null, expected = null }) {
  const blocked = new WeakSet();
  await context.route('**/*', (route, request) => {
    let u;
    try {
      u = new URL(request.url());
    } catch {
      return route.continue();
    }
    if (/^(https?|wss?):$/.test(u.protocol) && !origins.includes(u.origin)) {
      problems.external.push(`${request.resourceType()} ${request.url()}`);
      blocked.add(request);
      return route.abort('blockedbyclient');
    }
    onRequest?.(request);
    return route.continue();
  });
  context.on('page', (page) => {
    if (timeout !== null) page.setDefaultTimeout(timeout);
    page.on('pageerror', (e) => problems.errors.push(`${page.url()}: uncaught ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !/^Failed to load resource:/.test(m.text())) problems.errors.push(`${page.url()}: console: ${m.text()}`);
    });
    page.on('requestfailed', (r) => {
      if (!blocked.has(r) && r.failure()?.errorText !== 'net::ERR_ABORTED') problems.errors.push(`request failed: ${r.url()} (${r.failure()?.errorText})`);
    });
    page.on('response', (r) => {
      if (r.status() >= 400 && !expected?.(r)) problems.errors.push(`HTTP ${r.status()}: ${r.url()}`);
      onResponse?.(r);
    });
  });
}

export async function scrollThrough(page, { screen = 0.8, steps = 100, wait = 15_000 } = {}) {
  for (let step = 0; step < steps; step++) {
    const more = await page.evaluate((screen) => {
      const before = window.scrollY;
      window.scrollBy({ top: Math.round(window.innerHeight * screen), behavior: 'instant' });
      return window.scrollY > before;
    }, screen);
    // every image now on or above the screen has loaded (lazy ones start as they come near)
    await page
      .waitForFunction(() => [...document.images].filter((i) => i.getBoundingClientRect().top < window.innerHeight).every((i) => i.complete), null, { timeout: wait })
      .catch(() => {});
    if (!more) break;
  }
  await page.waitForFunction(() => [...document.images].every((i) => i.complete), null, { timeout: wait }).catch(() => {});
}

export async function saveDom(page, file) {
  const html = await page.evaluate(() => '<!DOCTYPE html>\n' + document.documentElement.outerHTML);
  await fs.promises.mkdir(path.dirname(file), { recursive: true });
  await fs.promises.writeFile(file, html);
  return file;
}

export const AXE_PATH = require.resolve('axe-core/axe.min.js');

export async function axe(target, options = {}) {
  if (!(await target.evaluate(() => typeof window.axe !== 'undefined'))) await target.addScriptTag({ path: AXE_PATH });
  return target.evaluate(
    async ({ tags, options }) => {
      // eslint-disable-next-line no-undef
      const r = await axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'], ...options });
      return r.violations.map((x) => `${x.id} (${x.impact}): ${x.help} — ${x.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}`);
    },
    { tags: AXE_TAGS, options },
  );
}

function java(argv) {
  return new Promise((resolve) => {
    execFile('java', argv, { maxBuffer: 256 << 20 }, (error, stdout, stderr) => resolve({ error, stdout, stderr }));
  });
}

export async function vnu(files, { relativeTo = null, batch = 200, skipNonHtml = false } = {}) {
  const jar = String(require('vnu-jar')); // the package exports the path of vnu.jar
  const out = [];
  for (let i = 0; i < files.length; i += batch) {
    const argv = ['-Xss1m', '-jar', jar, '--errors-only', '--format', 'json', '--stdout', '--exit-zero-always',
      ...(skipNonHtml ? ['--skip-non-html'] : []), '--no-langdetect', ...files.slice(i, i + batch)];
    const { error, stdout, stderr } = await java(argv);
    let json;
    try {
      json = JSON.parse(stdout.slice(stdout.indexOf('{')));
    } catch {
      throw new Error(`vnu gave no JSON: ${error ? error.message : ''} ${(stderr || stdout).slice(0, 2000)}`);
    }
    for (const m of json.messages ?? []) {
      if (m.type !== 'error' && m.type !== 'non-document-error') continue;
      let file = m.url ?? '';
      try {
        if (file.startsWith('file:')) file = fileURLToPath(file);
      } catch { /* keep as is */ }
      if (relativeTo && path.isAbsolute(file)) file = path.relative(relativeTo, file).split(path.sep).join('/');
      const line = m.lastLine ?? m.firstLine ?? null;
      const column = m.firstColumn ?? m.lastColumn ?? null;
      out.push({ file, line, column, type: m.type, message: m.message, extract: m.extract, text: `${file}:${line ?? '?'}.${column ?? '?'}: ${m.message}` });
    }
  }
  return out;
}
