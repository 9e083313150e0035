#!/usr/bin/env node
// Browser checks for photos and documents (issue 14) on the example site of
// examples/media_site.rs: a news page bundle with three 4000×3000 phone photos (darbnica.jpg
// stored turned, EXIF orientation 6; all with camera EXIF, GPS and XMP), a lead image, a PNG
// with transparency, an SVG and documents; and a documents page.
//
//   node check-media.mjs [--lapa target/release/lapa] [--example target/release/examples/media_site]
//                        [--out target/browser-report/media] [--chromium PATH]
//                        [--base-path /di/] [--timeout SECONDS] [--photo-width 4000] [--repo DIR]
//
// Writes the example site into a temporary folder, builds it with --lapa for
// http://127.0.0.1:PORT/di/ (and once more, to show the image cache's rebuild time), serves it
// and checks, in one headless Chromium:
//   markup      the news pages (lv, en): every photo, the lead image and the PNG are a
//               <picture> with a WebP <source> (srcset, sizes) and an <img> with srcset, sizes,
//               width/height of the upright original, decoding="async"; body images lazy, the
//               lead image eager with fetchpriority="high"; the SVG a plain <img>; og:image the
//               1200 px variant with its width and height
//   lazy        on a phone (390×844, DPR 2, Chromium told the connection is 4G so its lazy
//               loading distance is 1250 px), images further below the first screen than
//               that are not requested before scrolling, and are once scrolled to (raster
//               images; 'lazy SVG' the same for SVG images)
//   phone size  on that phone every photo and the PNG show a WebP variant at most 800 px wide
//               (currentSrc)
//   upright     every phone photo shows landscape (naturalWidth > naturalHeight; the one
//               stored turned too), with red at the top, blue at the bottom and the green mark
//               at the left (pixels sampled in a canvas), on the phone and on the desktop
//   metadata    no image response carries EXIF, GPS, XMP, IPTC, comments or PNG text/time
//               chunks (JPEG segments, PNG chunks and WebP chunks walked, and the bytes scanned
//               for the camera's and GPS names); every raster file published in the site too
//   documents   every link to a document on the news and documents pages (lv, en) has, inside
//               the link, (TYPE, size, pages) in the page's language: decimal comma in lv, point
//               in en, the size the file has, the PDF's page count with its CLDR plural; and
//               the documents() list, when the theme has that shortcode, shows the PDFs' titles
//   axe         axe-core (WCAG 2.0/2.1 A and AA) on the news and documents pages, lv and en,
//               at desktop and phone width
//   vnu         the Nu HTML Checker on the same pages as built and as shown (one run)
//   requests    nothing requested from another host; no console errors, failed requests or
//               HTTP errors
// Screenshots (phone 390 px and desktop 1280 px, full page after scrolling, lv and en) go to
// --out. The last line reads 'browser: N passed, N failed'. Exit 0 when everything passed,
// 1 when a check failed, 2 when the harness could not run.

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
const PHONE = { width: 390, height: 844 };
const DESKTOP = { width: 1280, height: 900 };
// Chromium's lazy-loading distance on a 4G connection (--force-effective-connection-type=4G):
// a lazy image this far below the viewport (plus a margin) must wait for scrolling.
const LAZY_DISTANCE = 1250;
const LAZY_MARGIN = 200;
// The largest image variant a phone at 390 px (DPR 2) should be given.
const PHONE_MAX_WIDTH = 800;

// What examples/media_site.rs writes (keep the two in step).
const PAGES = {
  newsLv: 'lv/jaunumi/atverto-durvju-diena/',
  newsEn: 'en/news/open-day/',
  docsLv: 'lv/dokumenti/',
  docsEn: 'en/documents/',
};
const LEAD = 'vaks';
const PHOTOS = ['ierasanas', 'darbnica', 'pagalms']; // body photos; darbnica is stored turned (EXIF 6)
const PNG = 'shema';
const SVG = 'karte.svg';
// the camera and GPS as the fixtures write them (tests/fixtures_gen/photos.rs)
const MARKERS = ['SM-A546B', 'samsung', 'GPSLatitude', 'GPSLongitude', 'ns.adobe.com/xap', 'Exif\0\0', 'Rezekne office', '56.5103'];
// document file → { type, pages (PDF page count), title (the PDF's own) }
const DOCUMENTS = {
  'atbalsta-plans.pdf': { type: 'PDF', pages: 12, title: 'Dienas centra atbalsta plāns 2026' },
  'apmekletaji.csv': { type: 'CSV' },
  'gada-parskats.pdf': { type: 'PDF', pages: 1, title: 'Projekta gada pārskats 2025' },
  'skenets-ligums.pdf': { type: 'PDF', pages: 3 },
  'budzets-2026.csv': { type: 'CSV' },
};

const { values: args } = parseArgs({
  options: {
    lapa: { type: 'string', default: path.join(REPO, 'target/release/lapa') },
    example: { type: 'string', default: path.join(REPO, 'target/release/examples/media_site') },
    out: { type: 'string', default: path.join(REPO, 'target/browser-report/media') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
    timeout: { type: 'string', default: '300' },
    'base-path': { type: 'string', default: '/di/' },
    'photo-width': { type: 'string', default: '4000' },
    // where the example takes themes/ and locales/ from (default: the example's repository)
    repo: { type: 'string' },
  },
});

lib.watchdog('check-media', args.timeout);

// ---------------------------------------------------------------------------------------------
// bookkeeping

const { check, assert, fail, summary } = lib.checks('check-media');

// ---------------------------------------------------------------------------------------------
// the example site, built for the local server

const port = await lib.freePort();
const ORIGIN = `http://127.0.0.1:${port}`;
const BASE = `/${args['base-path'].replace(/^\/+|\/+$/g, '')}/`.replace('//', '/');
const SITE_URL = `${ORIGIN}${BASE}`;

if (!fs.existsSync(args.lapa)) fail(`no lapa binary at ${args.lapa} (cargo build --release)`);
if (!fs.existsSync(args.example)) fail(`no example binary at ${args.example} (cargo build --release --example media_site)`);
if (!fs.existsSync(args.chromium)) fail(`Chromium not found at ${args.chromium}`);
const tmp = await fsp.mkdtemp(path.join(os.tmpdir(), 'lapa-media-'));
const ROOT = path.join(tmp, 'site');
const SITE = path.join(tmp, 'public');
await fsp.rm(args.out, { recursive: true, force: true });
await fsp.mkdir(args.out, { recursive: true });

const made = await lib.run(args.example, [ROOT, '--photo-width', args['photo-width'], ...(args.repo ? ['--repo', args.repo] : [])]);
if (!made.ok) fail(`the example site could not be written:\n${made.out}`);
const buildArgs = ['--lang', 'en', 'build', '--root', ROOT, '--output', SITE, '--base-url', SITE_URL];
const built = await lib.run(args.lapa, buildArgs);
if (!built.ok) fail(`lapa build failed:\n${built.out}`);
const rebuilt = await lib.run(args.lapa, buildArgs);
if (!rebuilt.ok) fail(`lapa build (again) failed:\n${rebuilt.out}`);
console.log(
  `check-media: example written in ${made.seconds.toFixed(1)} s; built in ${built.seconds.toFixed(1)} s, ` +
    `rebuilt (image cache warm) in ${rebuilt.seconds.toFixed(1)} s`,
);
const HAS_DOCUMENTS_LIST = fs.existsSync(path.join(ROOT, 'themes/default/shortcodes/documents.html'));

// The built site at BASE: folders answer with their index.html; 404.html for the rest.
const server = await lib.listen(port, lib.serveSite(SITE, BASE));

// ---------------------------------------------------------------------------------------------
// metadata in image bytes

function ascii(bytes, from, to) {
  return Buffer.from(bytes.subarray(from, to)).toString('latin1');
}

// What metadata a raster file carries, by its structure: a list of findings (empty: clean).
function metadataIn(bytes) {
  const found = [];
  const b = Buffer.from(bytes);
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) {
    // JPEG: the segments before the scan; APP0 (JFIF) and APP2 (ICC) and APP14 (Adobe) are fine
    let i = 2;
    while (i + 4 <= b.length && b[i] === 0xff) {
      const marker = b[i + 1];
      if (marker === 0xd8 || (marker >= 0xd0 && marker <= 0xd7) || marker === 0x01 || marker === 0xff) {
        i += marker === 0xff ? 1 : 2;
        continue;
      }
      const len = b.readUInt16BE(i + 2);
      const head = ascii(b, i + 4, Math.min(i + 4 + 32, b.length));
      if (marker === 0xe1) found.push(head.startsWith('Exif') ? 'JPEG APP1 EXIF' : head.startsWith('http://ns.adobe.com/xap') ? 'JPEG APP1 XMP' : 'JPEG APP1');
      else if (marker === 0xed) found.push('JPEG APP13 (IPTC/Photoshop)');
      else if (marker === 0xfe) found.push('JPEG COM comment');
      else if (marker >= 0xe3 && marker <= 0xef && marker !== 0xee) found.push(`JPEG APP${marker - 0xe0}`);
      if (marker === 0xda) break;
      i += 2 + len;
    }
  } else if (b.length >= 8 && b.readUInt32BE(0) === 0x89504e47) {
    let i = 8;
    while (i + 8 <= b.length) {
      const len = b.readUInt32BE(i);
      const kind = ascii(b, i + 4, i + 8);
      if (['eXIf', 'tEXt', 'iTXt', 'zTXt', 'tIME'].includes(kind)) found.push(`PNG ${kind}`);
      i += 12 + len;
    }
  } else if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') {
    let i = 12;
    while (i + 8 <= b.length) {
      const kind = ascii(b, i, i + 4);
      const len = b.readUInt32LE(i + 4);
      if (kind === 'EXIF' || kind === 'XMP ') found.push(`WebP ${kind.trim()}`);
      if (kind === 'VP8X' && i + 9 <= b.length && (b[i + 8] & 0x0c) !== 0) found.push('WebP VP8X metadata flags');
      i += 8 + len + (len % 2);
    }
  } else if (b.length >= 6 && ascii(b, 0, 3) === 'GIF') {
    // GIF comment extensions
    for (let i = 0; i + 1 < b.length; i++) if (b[i] === 0x21 && b[i + 1] === 0xfe) found.push('GIF comment');
  }
  const text = b.toString('latin1');
  for (const m of MARKERS) if (text.includes(m)) found.push(`the bytes ${JSON.stringify(m)}`);
  return [...new Set(found)];
}

// ---------------------------------------------------------------------------------------------
// browser

// a phone's connection: Chromium's lazy-loading distance is then 1250 px, not the 5000 px of an
// unknown connection
const browser = await lib.launchChromium(args.chromium, { args: [...lib.CHROMIUM_ARGS, '--force-effective-connection-type=4G'] });

const problems = { external: [], errors: [] };
const imageResponses = []; // { url, findings }
const pendingBodies = [];

// A browser context whose pages may request only from the site's origin (lib.guard), and whose
// image responses are kept for the metadata check.
async function newContext(options) {
  const context = await browser.newContext({ ...lib.CONTEXT_OPTIONS, ...options });
  await lib.guard(context, {
    problems,
    origins: [ORIGIN],
    timeout: WAIT_MS,
    onResponse: (r) => {
      if (r.request().resourceType() === 'image' && r.status() === 200) {
        pendingBodies.push(
          r
            .body()
            .then((body) => imageResponses.push({ url: r.url(), findings: metadataIn(body) }))
            .catch(() => {}),
        );
      }
    },
  });
  return context;
}

const axe = async (p) => (await lib.axe(p)).map((x) => `axe ${x}`);

// The DOM as it is now, written to a file for vnu (before axe's script is added to the page).
const domFiles = [];
async function keepDom(p, name) {
  domFiles.push(await lib.saveDom(p, path.join(tmp, 'dom', `${name}.html`)));
}

// Scrolls to the end a screen at a time (lazy images load on the way) and waits until every
// image of the page has loaded (or failed), then goes back to the top.
async function scrollThrough(p) {
  await lib.scrollThrough(p, { screen: 0.8, steps: 100, wait: WAIT_MS });
  await p.evaluate(() => window.scrollTo({ top: 0, behavior: 'instant' }));
}

async function screenshot(p, name) {
  await p.evaluate(() => document.fonts.ready.then(() => undefined));
  await p.screenshot({ path: path.join(args.out, name), fullPage: true, scale: 'css' });
}

// The images of the page: for each <img> in <main>, its source's stem (file name less any
// -<width> and extension), attributes, picture parent, position and what the browser shows.
function images(p) {
  return p.evaluate(() =>
    [...document.querySelectorAll('main img')].map((img) => {
      const src = img.getAttribute('src') ?? '';
      const file = decodeURIComponent(new URL(src, location.href).pathname.split('/').pop());
      const stem = file.replace(/\.[a-z0-9]+$/i, '').replace(/-\d+$/, '');
      const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
      const source = picture?.querySelector('source[type="image/webp"]') ?? null;
      const r = img.getBoundingClientRect();
      return {
        stem,
        file,
        src,
        absolute: img.src,
        currentSrc: img.currentSrc,
        attrs: Object.fromEntries([...img.attributes].map((a) => [a.name, a.value])),
        picture: !!picture,
        webpSource: source ? { srcset: source.getAttribute('srcset') ?? '', sizes: source.getAttribute('sizes') ?? '' } : null,
        top: r.top + window.scrollY,
        naturalWidth: img.naturalWidth,
        naturalHeight: img.naturalHeight,
        complete: img.complete,
      };
    }),
  );
}

// Samples the shown image (as drawn in a canvas) at the scene's marks: the fractions (x, y)
// of its width and height; returns { name: [r, g, b] }.
function samples(p, absoluteSrc) {
  return p.evaluate((src) => {
    const img = [...document.images].find((i) => i.src === src);
    if (!img || !img.complete || img.naturalWidth === 0) return null;
    const w = 200;
    const h = Math.max(1, Math.round((w * img.naturalHeight) / img.naturalWidth));
    const c = document.createElement('canvas');
    c.width = w;
    c.height = h;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0, w, h);
    const at = (fx, fy) => [...g.getImageData(Math.floor(fx * (w - 1)), Math.floor(fy * (h - 1)), 1, 1).data.slice(0, 3)];
    return { top: at(0.5, 0.08), bottom: at(0.5, 0.92), mark: at(0.08, 0.5), right: at(0.92, 0.5) };
  }, absoluteSrc);
}

const isRed = ([r, g, b]) => r > 150 && g < 120 && b < 120;
const isBlue = ([r, g, b]) => b > 130 && r < 110 && g < 130;
// the mark (40, 175, 60), not the middle band's green-grey (90, 110, 70)
const isGreen = ([r, g, b]) => g > 130 && g - r > 70 && g - b > 60;

// a raster image (lapa's <picture>), not an SVG
const raster = (img) => !/\.svg$/i.test(img.file);

const visits = {}; // `${key}-${device}` → { images, samples, error, ... }
const requestedBeforeScroll = {}; // key → [urls of images requested before scrolling]
const axeFindings = [];

const phone = await newContext({ viewport: PHONE, deviceScaleFactor: 2, isMobile: true, hasTouch: true });
const desktop = await newContext({ viewport: DESKTOP, deviceScaleFactor: 1 });

for (const [device, context] of [
  ['phone', phone],
  ['desktop', desktop],
]) {
  for (const [key, rel] of Object.entries(PAGES)) {
    const visit = { rel, device };
    visits[`${key}-${device}`] = visit;
    const page = await context.newPage();
    try {
      const requested = [];
      page.on('request', (r) => {
        if (r.resourceType() === 'image') requested.push(r.url());
      });
      await page.goto(SITE_URL + rel, { waitUntil: 'load' });
      await page.waitForLoadState('networkidle').catch(() => {});
      visit.before = await images(page);
      visit.requestedBeforeScroll = [...requested];
      visit.viewportHeight = page.viewportSize().height;
      await scrollThrough(page);
      visit.after = await images(page);
      visit.samples = {};
      for (const img of visit.after) {
        if ([LEAD, ...PHOTOS].includes(img.stem)) visit.samples[img.stem] = await samples(page, img.absolute);
      }
      visit.meta = await page.evaluate(() => ({
        ogImage: document.querySelector('meta[property="og:image"]')?.content ?? null,
        ogWidth: document.querySelector('meta[property="og:image:width"]')?.content ?? null,
        ogHeight: document.querySelector('meta[property="og:image:height"]')?.content ?? null,
      }));
      visit.links = await page.evaluate(() =>
        [...document.querySelectorAll('main a[href]')]
          .filter((a) => /\.(pdf|csv|docx?|xlsx?|odt|ods|pptx?|odp|rtf|zip)$/i.test(new URL(a.href).pathname))
          .map((a) => ({
            href: a.href,
            text: a.textContent.replace(/\s+/g, ' ').trim(),
            info: [...a.querySelectorAll('.file-info')].map((s) => s.textContent.replace(/\s+/g, ' ').trim()),
          })),
      );
      visit.mainText = await page.evaluate(() => document.querySelector('main')?.textContent.replace(/\s+/g, ' ') ?? '');
      const lang = rel.slice(0, 2);
      const name = `${key.startsWith('news') ? 'news' : 'documents'}-${lang}-${device}`;
      await screenshot(page, `${name}.png`);
      if (device === 'phone') await keepDom(page, name);
      for (const x of await axe(page)) axeFindings.push(`${rel} (${device}): ${x}`);
    } catch (e) {
      visit.error = e.message;
    }
    await page.close();
  }
}
await Promise.all(pendingBodies);

function visitOf(key, device) {
  const v = visits[`${key}-${device}`];
  assert(v && !v.error, `${key} (${device}): ${v?.error ?? 'not visited'}`);
  return v;
}

// ---------------------------------------------------------------------------------------------
// checks

await check('markup: photos, lead image and PNG are <picture> with WebP srcset, sizes, width/height, lazy/eager as due; SVG plain; og:image 1200 px', async () => {
  const bad = [];
  for (const key of ['newsLv', 'newsEn']) {
    const v = visitOf(key, 'desktop');
    const imgs = v.before;
    for (const stem of [LEAD, ...PHOTOS, PNG]) {
      const img = imgs.find((i) => i.stem === stem);
      if (!img) {
        bad.push(`${v.rel}: no image ${stem}`);
        continue;
      }
      const where = `${v.rel} ${stem}`;
      if (!img.picture) bad.push(`${where}: not in a <picture>`);
      if (!img.webpSource) bad.push(`${where}: no <source type="image/webp">`);
      else {
        if (!/\.webp \d+w/.test(img.webpSource.srcset)) bad.push(`${where}: WebP srcset "${img.webpSource.srcset}"`);
        if (!img.webpSource.sizes) bad.push(`${where}: WebP <source> has no sizes`);
      }
      if (!/ \d+w/.test(img.attrs.srcset ?? '')) bad.push(`${where}: <img> srcset "${img.attrs.srcset ?? ''}"`);
      if (!img.attrs.sizes) bad.push(`${where}: <img> has no sizes`);
      if (img.attrs.decoding !== 'async') bad.push(`${where}: decoding="${img.attrs.decoding ?? ''}"`);
      if (!img.attrs.alt) bad.push(`${where}: no alt`);
      const w = Number(img.attrs.width);
      const h = Number(img.attrs.height);
      if (!(w > 0 && h > 0)) bad.push(`${where}: width/height "${img.attrs.width}"/"${img.attrs.height}"`);
      else if (stem !== PNG && !(w > h)) bad.push(`${where}: width ${w} not > height ${h} (the photo is landscape when upright)`);
      if (stem === 'darbnica' && (w !== 4000 || h !== 3000) && Number(args['photo-width']) === 4000) bad.push(`${where}: ${w}×${h}, the upright original is 4000×3000`);
      if (stem === LEAD) {
        if (img.attrs.loading === 'lazy') bad.push(`${where}: the lead image is lazy`);
        if (img.attrs.fetchpriority !== 'high') bad.push(`${where}: the lead image has no fetchpriority="high"`);
      } else if (img.attrs.loading !== 'lazy') bad.push(`${where}: loading="${img.attrs.loading ?? ''}" (a body image after a lead image is lazy)`);
    }
    const svg = imgs.find((i) => i.file === SVG);
    if (!svg) bad.push(`${v.rel}: no ${SVG}`);
    else if (svg.picture) bad.push(`${v.rel}: ${SVG} is in a <picture>`);
    const og = v.meta.ogImage ?? '';
    if (!new RegExp(`/${LEAD}-1200\\.(jpg|jpeg)$`).test(og)) bad.push(`${v.rel}: og:image "${og}" is not the lead image's 1200 px variant`);
    if (v.meta.ogWidth !== '1200') bad.push(`${v.rel}: og:image:width "${v.meta.ogWidth}"`);
    if (!(Number(v.meta.ogHeight) > 0)) bad.push(`${v.rel}: og:image:height "${v.meta.ogHeight}"`);
    if (og.startsWith(ORIGIN)) {
      const file = path.join(SITE, decodeURIComponent(new URL(og).pathname.slice(BASE.length)));
      if (!fs.existsSync(file)) bad.push(`${v.rel}: og:image ${og} is not published`);
    }
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check(`lazy: on a phone (390×844, 4G) images over ${LAZY_DISTANCE} px below the first screen wait for scrolling, and load once scrolled to`, async () => {
  const bad = [];
  for (const key of ['newsLv', 'newsEn']) {
    const v = visitOf(key, 'phone');
    const far = v.after.filter((i) => i.top > v.viewportHeight + LAZY_DISTANCE + LAZY_MARGIN);
    if (far.filter(raster).length === 0) bad.push(`${v.rel}: no image is far enough below the first screen to tell (make the example page longer)`);
    for (const img of v.after.filter(raster)) {
      if (img.top > v.viewportHeight && img.attrs.loading !== 'lazy') bad.push(`${v.rel} ${img.file}: below the first screen (at ${Math.round(img.top)} px) but not loading="lazy"`);
    }
    for (const img of far.filter(raster)) {
      const early = v.requestedBeforeScroll.filter((u) => {
        const f = decodeURIComponent(new URL(u).pathname.split('/').pop());
        return f.replace(/\.[a-z0-9]+$/i, '').replace(/-\d+$/, '') === img.stem;
      });
      if (early.length > 0) bad.push(`${v.rel} ${img.stem} (at ${Math.round(img.top)} px): requested before scrolling: ${early.join(' ')}`);
    }
    for (const img of v.after) {
      if (!img.complete || img.naturalWidth === 0) bad.push(`${v.rel} ${img.file}: not loaded after scrolling to the end`);
    }
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('lazy SVG: an SVG image below the first screen is loading="lazy" too and waits for scrolling', async () => {
  const bad = [];
  for (const key of ['newsLv', 'newsEn']) {
    const v = visitOf(key, 'phone');
    for (const img of v.after.filter((i) => !raster(i))) {
      if (img.top <= v.viewportHeight) continue;
      if (img.attrs.loading !== 'lazy') bad.push(`${v.rel} ${img.file}: below the first screen (at ${Math.round(img.top)} px) but not loading="lazy"`);
      if (img.top > v.viewportHeight + LAZY_DISTANCE + LAZY_MARGIN && v.requestedBeforeScroll.some((u) => u.endsWith(`/${img.file}`))) {
        bad.push(`${v.rel} ${img.file} (at ${Math.round(img.top)} px): requested before scrolling`);
      }
    }
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check(`phone size: on a 390 px phone (DPR 2) every photo and the PNG show a WebP at most ${PHONE_MAX_WIDTH} px wide`, async () => {
  const bad = [];
  const seen = [];
  for (const key of ['newsLv', 'newsEn']) {
    const v = visitOf(key, 'phone');
    for (const stem of [LEAD, ...PHOTOS, PNG]) {
      const img = v.after.find((i) => i.stem === stem);
      if (!img) {
        bad.push(`${v.rel}: no image ${stem}`);
        continue;
      }
      const file = decodeURIComponent(new URL(img.currentSrc || img.absolute).pathname.split('/').pop());
      seen.push(file);
      const m = file.match(/-(\d+)\.webp$/);
      if (!m) bad.push(`${v.rel} ${stem}: shows ${file}, not a WebP variant`);
      else if (Number(m[1]) > PHONE_MAX_WIDTH) bad.push(`${v.rel} ${stem}: shows ${file}, wider than ${PHONE_MAX_WIDTH} px`);
    }
  }
  assert(bad.length === 0, `${bad.join('\n')}\n(shown: ${seen.join(', ')})`);
});

await check('upright: every phone photo shows landscape with red at the top, blue at the bottom, the green mark at the left (phone and desktop)', async () => {
  const bad = [];
  for (const key of ['newsLv', 'newsEn']) {
    for (const device of ['phone', 'desktop']) {
      const v = visitOf(key, device);
      for (const stem of [LEAD, ...PHOTOS]) {
        const img = v.after.find((i) => i.stem === stem);
        const where = `${v.rel} (${device}) ${stem}`;
        if (!img) {
          bad.push(`${where}: missing`);
          continue;
        }
        if (!(img.naturalWidth > img.naturalHeight)) bad.push(`${where}: shown ${img.naturalWidth}×${img.naturalHeight}, not landscape`);
        const s = v.samples[stem];
        if (!s) {
          bad.push(`${where}: could not be drawn`);
          continue;
        }
        if (!isRed(s.top)) bad.push(`${where}: top is ${s.top}, not red`);
        if (!isBlue(s.bottom)) bad.push(`${where}: bottom is ${s.bottom}, not blue`);
        if (!isGreen(s.mark)) bad.push(`${where}: the left mark is ${s.mark}, not green`);
        if (isGreen(s.right)) bad.push(`${where}: green at the right: mirrored`);
      }
    }
  }
  assert(bad.length === 0, bad.join('\n'));
});

await check('metadata: no image response carries EXIF, GPS, XMP, IPTC, comments or PNG text/time chunks', async () => {
  assert(imageResponses.length >= 10, `only ${imageResponses.length} image responses were seen`);
  const bad = imageResponses.filter((r) => r.findings.length > 0).map((r) => `${new URL(r.url).pathname}: ${r.findings.join(', ')}`);
  assert(bad.length === 0, [...new Set(bad)].join('\n'));
});

await check('metadata: no raster file published in the site carries EXIF, GPS, XMP or text chunks (originals and variants)', async () => {
  const bad = [];
  let n = 0;
  const walk = (dir) => {
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.(jpe?g|png|webp|gif)$/i.test(e.name)) {
        n += 1;
        const findings = metadataIn(fs.readFileSync(p));
        if (findings.length > 0) bad.push(`${path.relative(SITE, p)}: ${findings.join(', ')}`);
      }
    }
  };
  walk(SITE);
  assert(n > 0, 'no raster file published');
  assert(bad.length === 0, bad.join('\n'));
});

// CLDR plural of "page" in Latvian: zero (n % 10 = 0, n % 100 = 11..19), one (n % 10 = 1 but not
// 11), other.
function pagesWord(lang, n) {
  if (lang === 'lv') {
    if (n % 10 === 0 || (n % 100 >= 11 && n % 100 <= 19)) return 'lappušu';
    if (n % 10 === 1) return 'lappuse';
    return 'lappuses';
  }
  return n === 1 ? 'page' : 'pages';
}

// Whether "1,2 MB" (lv) / "1.2 MB" (en) says `bytes` (1000- or 1024-based units, rounded).
function sizeReads(lang, shown, bytes) {
  const m = shown.match(/^(\d+(?:[  ]\d{3})*(?:[.,]\d+)?) ?(B|[kK]i?B|Mi?B|Gi?B|baiti?|baitu|bytes?)$/);
  if (!m) return `"${shown}" is not a size`;
  const number = m[1];
  if (lang === 'lv' && /\d\.\d/.test(number)) return `"${shown}": a decimal point in Latvian`;
  if (lang === 'en' && /\d,\d{1,2}$/.test(number)) return `"${shown}": a decimal comma in English`;
  const value = Number(lang === 'lv' ? number.replace(/[  ]/g, '').replace(',', '.') : number.replace(/,/g, ''));
  const unit = m[2].toLowerCase();
  const power = unit.startsWith('k') ? 1 : unit.startsWith('m') ? 2 : unit.startsWith('g') ? 3 : 0;
  const ok = [1000, 1024].some((base) => Math.abs(value * base ** power - bytes) / bytes < 0.06);
  return ok ? null : `"${shown}" for a file of ${bytes} bytes`;
}

await check('documents: every document link says (type, size, pages) inside the link, in the page\'s language, matching the file', async () => {
  const bad = [];
  let n = 0;
  for (const key of Object.keys(PAGES)) {
    const v = visitOf(key, 'desktop');
    const lang = v.rel.slice(0, 2);
    if (v.links.length === 0) bad.push(`${v.rel}: no document links`);
    for (const link of v.links) {
      n += 1;
      const file = decodeURIComponent(new URL(link.href).pathname.split('/').pop());
      const where = `${v.rel} → ${file} ("${link.text}")`;
      const expected = DOCUMENTS[file];
      const onDisk = path.join(SITE, decodeURIComponent(new URL(link.href).pathname.slice(BASE.length)));
      if (!fs.existsSync(onDisk)) {
        bad.push(`${where}: the file is not published`);
        continue;
      }
      if (link.info.length !== 1) {
        bad.push(`${where}: ${link.info.length} .file-info inside the link`);
        continue;
      }
      const info = link.info[0];
      if (!link.text.endsWith(info)) bad.push(`${where}: the link text does not end with "${info}"`);
      const m = info.match(/^\((.*)\)$/);
      if (!m) {
        bad.push(`${where}: "${info}" is not in brackets`);
        continue;
      }
      const parts = m[1].split(', ');
      if (expected && parts[0] !== expected.type) bad.push(`${where}: type "${parts[0]}", want ${expected.type}`);
      const sizeProblem = parts[1] ? sizeReads(lang, parts[1], fs.statSync(onDisk).size) : 'no size';
      if (sizeProblem) bad.push(`${where}: ${sizeProblem}`);
      if (expected?.pages) {
        const want = `${expected.pages} ${pagesWord(lang, expected.pages)}`;
        if (parts[2] !== want) bad.push(`${where}: pages "${parts[2] ?? ''}", want "${want}"`);
      } else if (parts.length > 2) bad.push(`${where}: "${info}" has more than type and size`);
    }
    if (HAS_DOCUMENTS_LIST && key.startsWith('docs')) {
      for (const [file, d] of Object.entries(DOCUMENTS)) {
        if (d.title && !v.mainText.includes(d.title)) bad.push(`${v.rel}: the documents() list does not show the title of ${file} ("${d.title}")`);
      }
    }
  }
  assert(n > 0, 'no document links found');
  assert(bad.length === 0, bad.join('\n'));
});

await check('axe: the news and documents pages (lv, en) at phone and desktop width', async () => {
  assert(axeFindings.length === 0, axeFindings.join('\n'));
});

await check('vnu: the news and documents pages (lv, en) as built and as shown are valid HTML', async () => {
  const files = [...domFiles];
  for (const rel of Object.values(PAGES)) files.push(path.join(SITE, ...rel.split('/').filter(Boolean), 'index.html'));
  const errors = (await lib.vnu(files, { relativeTo: tmp })).map((e) => e.text);
  assert(errors.length === 0, errors.join('\n'));
});

await check('requests: nothing from another host; no console errors, failed requests or HTTP errors', async () => {
  const errors = Object.values(visits)
    .filter((v) => v.error)
    .map((v) => `${v.rel} (${v.device}): ${v.error}`);
  assert(problems.external.length === 0, `requests to other hosts:\n${problems.external.join('\n')}`);
  assert(problems.errors.length === 0 && errors.length === 0, [...errors, ...problems.errors].join('\n'));
});

// what the phone was given, for the report
for (const key of ['newsLv']) {
  const v = visits[`${key}-phone`];
  if (v?.after) {
    console.log(`check-media: ${v.rel} on the phone shows ${v.after.map((i) => decodeURIComponent(new URL(i.currentSrc || i.absolute).pathname.split('/').pop())).join(', ')}`);
  }
}

await browser.close();
server.close();
await fsp.rm(tmp, { recursive: true, force: true });
console.log(`check-media: screenshots in ${args.out}`);
process.exit(summary());
