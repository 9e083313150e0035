#!/usr/bin/env node
// Browser checks for `lapa serve`: what a person editing the site sees in the browser.
//
//   node check-serve.mjs --lapa target/release/lapa [--out DIR] [--chromium PATH]
//
// Copies the bundled site (content/, themes/, locales/) into a temporary folder, starts
// `lapa serve --port 0` on it, opens a page in headless Chromium and then edits the copy:
//   reload    a saved page reloads the open tab by itself
//   css       a saved stylesheet is swapped in without reloading the page
//   overlay   a broken page shows the overlay: a labelled role=alertdialog with the file, line,
//             column, message and hint, focused; it passes axe (WCAG 2.0/2.1 A and AA) at
//             1280 px and 320 px, fits 320 px (and 640 px, which is 200 % zoom of a 1280 px
//             window) without sideways scrolling; Escape closes it, so does its button
//   later     a tab opened while the site is broken shows the overlay too
//   fixed     saving a fix closes the overlay by itself
//   vnu       the served page, with the reload script in it, passes the Nu HTML Checker
// Screenshots of the overlay (desktop, 320 px) go to --out. The last line reads
// 'browser: N passed, N failed'. Exit 0 when everything passed, 1 otherwise, 2 when the
// harness could not run.

import fs from 'node:fs';
import fsp from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { spawn } from 'node:child_process';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { checks, axe, vnu, launchChromium } from './lib.mjs';

const HERE = path.dirname(fileURLToPath(import.meta.url));
const REPO = path.resolve(HERE, '../..');
const WAIT_MS = 60_000;

const { values: args } = parseArgs({
  options: {
    lapa: { type: 'string', default: path.join(REPO, 'target/release/lapa') },
    out: { type: 'string', default: path.join(REPO, 'target/browser-report/serve') },
    chromium: { type: 'string', default: process.env.CHROMIUM_PATH || '/usr/bin/chromium' },
  },
});

const { check, assert, summary, counts } = checks('check-serve');

// The site, copied.
const site = await fsp.mkdtemp(path.join(os.tmpdir(), 'lapa-serve-'));
for (const folder of ['content', 'themes', 'locales']) {
  await fsp.cp(path.join(REPO, folder), path.join(site, folder), { recursive: true });
}
await fsp.mkdir(args.out, { recursive: true });
const edit = (rel, change) => {
  const file = path.join(site, rel);
  fs.writeFileSync(file, change(fs.readFileSync(file, 'utf8')));
};
const page_file = 'content/_index.lv.md';
const original = fs.readFileSync(path.join(site, page_file), 'utf8');
const stylesheets = fs
  .readdirSync(path.join(site, 'themes'), { recursive: true })
  .map(String)
  .filter((f) => f.endsWith('.css'));

// lapa serve, on a free port.
const server = spawn(args.lapa, ['--lang', 'en', 'serve', '--root', site, '--port', '0', '--now', '2024-01-15T12:00'], {
  stdio: ['ignore', 'pipe', 'pipe'],
});
let serverOutput = '';
server.stderr.on('data', (d) => (serverOutput += d));
const base = await new Promise((resolve, reject) => {
  let out = '';
  const timer = setTimeout(() => reject(new Error(`lapa serve did not start:\n${out}\n${serverOutput}`)), WAIT_MS);
  server.stdout.on('data', (d) => {
    out += d;
    serverOutput += d;
    const found = out.match(/http:\/\/127\.0\.0\.1:\d+\//);
    if (found) {
      clearTimeout(timer);
      resolve(found[0]);
    }
  });
  server.on('exit', (code) => reject(new Error(`lapa serve exited (${code}):\n${out}\n${serverOutput}`)));
}).catch((error) => {
  console.error(`check-serve: ${error.message}`);
  process.exit(2);
});

const browser = await launchChromium(args.chromium, {
  args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-dev-shm-usage'],
});
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const errors = [];

// Opens a page and waits until its reload script listens.
async function open(url) {
  const page = await context.newPage();
  page.on('pageerror', (e) => errors.push(`${url}: ${e.message}`));
  page.on('console', (m) => m.type() === 'error' && errors.push(`${url}: ${m.text()}`));
  const listening = page.waitForResponse((r) => r.url().endsWith('/__lapa/events'), { timeout: WAIT_MS });
  await page.goto(url);
  await listening;
  return page;
}


const overlayOpen = (page) => page.locator('[role="alertdialog"]').count().then((n) => n > 0);

const page = await open(`${base}lv/`);

await check('reload: a saved page reloads the open tab', async () => {
  const marker = 'Saglabāts teikums pārlādei';
  edit(page_file, (text) => text.replace(/\n---\n/, `\n---\n\n${marker}.\n\n`));
  await page.waitForFunction((m) => document.body.innerText.includes(m), marker, { timeout: WAIT_MS });
});

await check('css: a saved stylesheet is swapped without a reload', async () => {
  // the theme's stylesheet that this page links (the theme has others, e.g. the embeds')
  const linked = await page.evaluate(() => [...document.querySelectorAll('link[rel="stylesheet"]')].map((l) => new URL(l.href).pathname));
  const stylesheet = stylesheets.find((f) => linked.some((p) => p.endsWith(`/${f.split(path.sep).slice(-2).join('/')}`)));
  assert(stylesheet, `none of the theme's stylesheets (${stylesheets.join(', ')}) is linked from the page (${linked.join(', ')})`);
  await page.evaluate(() => (window.lapaCheckMark = 'still here'));
  edit(path.join('themes', stylesheet), (text) => `${text}\nbody { outline: 1px solid rgb(1, 2, 3); }\n`);
  await page.waitForFunction(() => getComputedStyle(document.body).outlineColor === 'rgb(1, 2, 3)', null, {
    timeout: WAIT_MS,
  });
  assert((await page.evaluate(() => window.lapaCheckMark)) === 'still here', 'the page was reloaded');
});

await check('overlay: a broken page shows the problem, focused and labelled', async () => {
  edit(page_file, () => '---\ntitle: [nav aizvērts\n---\n');
  const dialog = page.getByRole('alertdialog', { name: /error/ });
  await dialog.waitFor({ timeout: WAIT_MS });
  const text = await dialog.innerText();
  for (const part of ['content/_index.lv.md:2:8', 'yaml-unclosed-bracket', 'never closed', 'help:', 'last good build']) {
    assert(text.includes(part), `the overlay lacks "${part}":\n${text}`);
  }
  const focused = await page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.getAttribute('role'));
  assert(focused === 'alertdialog', `focus is on ${focused}, not on the dialog`);
  assert((await dialog.getAttribute('aria-modal')) === 'true', 'not aria-modal');
  await page.screenshot({ path: path.join(args.out, 'overlay-desktop.png') });
});

await check('overlay: passes axe at 1280 px', async () => {
  const violations = await axe(page);
  assert(violations.length === 0, violations.join('\n'));
});

for (const width of [320, 640]) {
  await check(`overlay: fits ${width} px and passes axe there`, async () => {
    await page.setViewportSize({ width, height: 800 });
    const widths = await page.evaluate(() => {
      const dialog = document.querySelector('lapa-overlay').shadowRoot.querySelector('[role="alertdialog"]');
      return { dialog: dialog.scrollWidth, fits: dialog.clientWidth, page: window.innerWidth, right: dialog.getBoundingClientRect().right };
    });
    assert(widths.dialog <= widths.fits && widths.right <= widths.page, `too wide: ${JSON.stringify(widths)}`);
    await page.screenshot({ path: path.join(args.out, `overlay-${width}.png`) });
    const violations = await axe(page);
    assert(violations.length === 0, violations.join('\n'));
  });
}
await page.setViewportSize({ width: 1280, height: 900 });

await check('overlay: Escape closes it and focus stays in the page', async () => {
  await page.keyboard.press('Tab');
  await page.keyboard.press('Escape');
  assert(!(await overlayOpen(page)), 'the overlay is still open after Escape');
});

await check('later: a tab opened while the site is broken shows the overlay', async () => {
  const late = await open(`${base}en/`);
  await late.getByRole('alertdialog').waitFor({ timeout: WAIT_MS });
  await late.getByRole('button', { name: 'Close' }).click();
  assert(!(await overlayOpen(late)), 'the overlay is still open after its button');
  await late.close();
});

await check('fixed: saving a fix closes the overlay by itself', async () => {
  edit(page_file, () => '---\ntitle: [vēl aizvien nav\n---\n');
  await page.getByRole('alertdialog').waitFor({ timeout: WAIT_MS });
  fs.writeFileSync(path.join(site, page_file), original);
  await page.waitForFunction(() => !document.querySelector('lapa-overlay'), null, { timeout: WAIT_MS });
  assert(!(await overlayOpen(page)), 'the overlay is still open');
});

await check('vnu: the served page with the reload script is valid HTML', async () => {
  const html = await (await fetch(`${base}lv/`)).text();
  assert(html.includes('/__lapa/live.js'), 'no reload script in the served page');
  const file = path.join(site, 'served.html');
  fs.writeFileSync(file, html);
  const errors = await vnu([file]);
  assert(errors.length === 0, errors.map((e) => e.text).join('\n'));
});

await check('no script errors in the pages', async () => {
  assert(errors.length === 0, errors.join('\n'));
});

await browser.close();
server.kill();
await fsp.rm(site, { recursive: true, force: true });
if (counts().failed > 0) console.log(`lapa serve said:\n${serverOutput}`);
process.exit(summary());
