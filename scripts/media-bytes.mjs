#!/usr/bin/env node
// The bytes a phone visitor downloads for one page of a built lapa site (issue 14: a news page
// with three phone photos): serves the site folder on 127.0.0.1, opens the page in headless
// Chromium as a phone (390×844 CSS px, touch, at each device pixel ratio asked for), scrolls to
// the end a screen at a time so that lazy images load, and prints the bytes fetched by kind:
// html, css, js, images, fonts, other; and every image with its size.
//
//   node scripts/media-bytes.mjs --site public --page lv/jaunumi/atverto-durvju-diena/
//        [--base /di/] [--dpr 3,2] [--json]
//
// Defaults: the base path from the site's sitemap.xml, DPR 3 and 2. --page is the page's path
// below the base (a leading / is allowed). Sizes are the response bodies as served, not
// compressed by the server (images do not compress further; a web server would gzip html, css
// and js). Each DPR runs in a fresh browser context (nothing cached). Needs playwright-core in
// tests/browser/node_modules (scripts/install-deps) and /usr/bin/chromium (or CHROMIUM_PATH).
//
// The example site of examples/media_site.rs:
//   cargo run --release --example media_site -- /tmp/media-site
//   target/release/lapa build --root /tmp/media-site --output /tmp/media-site/public
//   node scripts/media-bytes.mjs --site /tmp/media-site/public --page lv/jaunumi/atverto-durvju-diena/
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { basePath, launchChromium, serve } from "../tests/search/site-server.mjs";
import { scrollThrough } from "../tests/browser/lib.mjs";
import { commandLine, table, tally, total } from "./bytes-lib.mjs";

const { flags } = commandLine("media-bytes", import.meta.url, ["--site", "--page", "--base", "--dpr"]);

const site = resolve(flags.site ?? "public");
const pagePath = (flags.page ?? "").replace(/^\/+/, "");
if (!flags.page) {
  console.error("media-bytes: give the page with --page (e.g. lv/jaunumi/atverto-durvju-diena/)");
  process.exit(2);
}
if (!existsSync(join(site, pagePath, pagePath.endsWith(".html") ? "" : "index.html"))) {
  console.error(`media-bytes: no page ${pagePath} in ${site} (build the site first)`);
  process.exit(2);
}
const dprs = (flags.dpr ?? "3,2").split(",").map(Number);
if (dprs.some((d) => !(d > 0 && d <= 4))) {
  console.error("media-bytes: --dpr takes numbers such as 3,2");
  process.exit(2);
}

const base = flags.base ?? basePath(site);

const KINDS = ["html", "css", "js", "images", "fonts", "other"];

function kindOf(request) {
  const type = request.resourceType();
  const path = new URL(request.url()).pathname;
  if (type === "document" || /\.html?$/.test(path)) return "html";
  if (type === "stylesheet" || path.endsWith(".css")) return "css";
  if (type === "script" || /\.m?js$/.test(path)) return "js";
  if (type === "image" || /\.(jpe?g|png|webp|gif|svg|avif)$/i.test(path)) return "images";
  if (type === "font" || /\.(woff2?|ttf|otf)$/.test(path)) return "fonts";
  return "other";
}

const server = await serve(site, base);
const browser = await launchChromium();
const runs = [];
const offHost = [];

try {
  for (const dpr of dprs) {
    const run = { ...table(KINDS, { dpr }), images: [] };
    const context = await browser.newContext({
      viewport: { width: 390, height: 844 },
      deviceScaleFactor: dpr,
      isMobile: true,
      hasTouch: true,
      locale: "lv-LV",
      serviceWorkers: "block",
    });
    const settle = tally(context, {
      into: () => run,
      kindOf,
      offHost,
      noted: (r, kind, url, bytes) => {
        if (kind === "images") r.images.push({ path: new URL(url).pathname, bytes });
      },
    });
    const page = await context.newPage();
    await page.goto(server.url + pagePath, { waitUntil: "load" });
    await settle();
    // a screen at a time to the end, as a reader scrolls; lazy images load on the way
    await scrollThrough(page, { screen: 0.9, steps: 200, wait: 15_000 });
    await settle();
    await context.close();
    runs.push(run);
  }
} finally {
  await browser.close();
  await server.close();
}

if (flags.json) {
  console.log(JSON.stringify({ site, page: pagePath, base, runs, offHost }, null, 2));
} else {
  const kb = (n) => (n / 1024).toFixed(1);
  console.log(`site ${site}, page ${base}${pagePath}, phone 390×844, scrolled to the end`);
  console.log(`${"DPR".padEnd(6)}${KINDS.map((k) => k.padStart(14)).join("")}${"total".padStart(14)}   (KiB/files)`);
  for (const r of runs) {
    const cells = KINDS.map((k) => `${kb(r.bytes[k])}/${r.files[k]}`.padStart(14));
    console.log(`${String(r.dpr).padEnd(6)}${cells.join("")}${kb(total(r)).padStart(14)}`);
  }
  for (const r of runs) {
    console.log(`images at DPR ${r.dpr}:`);
    for (const i of r.images) console.log(`  ${kb(i.bytes).padStart(10)} KiB  ${i.path}`);
  }
  for (const r of runs) {
    console.log(`DPR ${r.dpr}: ${(total(r) / 1e6).toFixed(2)} MB in all, images ${(r.bytes.images / 1e6).toFixed(2)} MB`);
  }
  if (offHost.length > 0) console.log(`requests to other hosts: ${offHost.join(" ")}`);
}
