#!/usr/bin/env node
// The bytes a visitor downloads to search a built lapa site: serves the site folder on
// 127.0.0.1, opens a language's search page in headless Chromium, and runs queries through
// that language's Pagefind bundle the way the search page does (a Latvian query through
// searchQueries of stem-lv.js, each resulting query through pagefind.search, then data() of
// the first 5 results). Prints the bytes fetched per phase (loading the page, the first
// query, each following query) by kind of file.
//
//   node scripts/search-bytes.mjs --site public --lang lv [--base /di/] [--page lv/meklet/]
//        [--bundle lv/meklet/pagefind/] [--json] [QUERY …]
//
// Defaults: the search page of SEARCH.md (lv/meklet/, en/search/), its bundle below it
// (pagefind/), the base path from the site's sitemap.xml, and two typical queries per
// language. Kinds: page (the search page's HTML, CSS, images, its own scripts), js
// (pagefind.js, the worker, stem-lv.js), wasm, meta (pagefind-entry.json, *.pf_meta), index
// (index/*.pf_index), fragments (fragment/*.pf_fragment), filters (filter/*.pf_filter).
// Sizes are the response bodies as served (Pagefind's own files are gzip-compressed already;
// a web server would compress the page and the scripts further). Needs playwright-core in
// tests/browser/node_modules (scripts/install-deps) and /usr/bin/chromium (or CHROMIUM_PATH).
import { existsSync } from "node:fs";
import { join, resolve } from "node:path";
import { basePath, launchChromium, serve } from "../tests/search/site-server.mjs";
import { commandLine, table, tally, total } from "./bytes-lib.mjs";

const { flags, positional } = commandLine("search-bytes", import.meta.url, ["--site", "--lang", "--base", "--page", "--bundle"], {
  positional: true,
});

const SEARCH_SLUG = { lv: "meklet", en: "search" };
const TYPICAL = { lv: ["sociālie pakalpojumi", "pasākumiem"], en: ["social services", "events"] };

const site = resolve(flags.site ?? "public");
const lang = flags.lang ?? "lv";
const pagePath = flags.page ?? `${lang}/${SEARCH_SLUG[lang] ?? "search"}/`;
const bundlePath = flags.bundle ?? `${pagePath}pagefind/`;
const queries = positional.length > 0 ? positional : (TYPICAL[lang] ?? ["search"]);

if (!existsSync(join(site, bundlePath, "pagefind.js"))) {
  console.error(
    `search-bytes: no ${join(bundlePath, "pagefind.js")} in ${site} (build the site first; --bundle to point elsewhere)`,
  );
  process.exit(2);
}

const base = flags.base ?? basePath(site);

const KINDS = ["page", "js", "wasm", "meta", "index", "fragments", "filters", "other"];

function kindOf(url, bundleUrl) {
  const path = new URL(url).pathname;
  const bundle = new URL(bundleUrl).pathname;
  if (path.endsWith("/stem-lv.js")) return "js";
  if (!path.startsWith(bundle)) return "page";
  const file = path.slice(bundle.length);
  if (file.startsWith("index/")) return "index";
  if (file.startsWith("fragment/")) return "fragments";
  if (file.startsWith("filter/")) return "filters";
  if (file.endsWith(".pf_meta") || file === "pagefind-entry.json") return "meta";
  if (file.startsWith("wasm.") || file.endsWith(".wasm")) return "wasm";
  if (file.endsWith(".js")) return "js";
  return "other";
}

const server = await serve(site, base);
const browser = await launchChromium();
const bundleUrl = server.url + bundlePath;
const phases = [];
let current = null;
const offHost = [];

try {
  const context = await browser.newContext();
  const settle = tally(context, {
    into: () => current,
    kindOf: (req) => kindOf(req.url(), bundleUrl),
    offHost,
    noted: (phase, kind, url, bytes) => phase.urls.push(`${kind} ${bytes} ${new URL(url).pathname}`),
  });
  const begin = (name) => {
    current = { ...table(KINDS, { name }), urls: [] };
    phases.push(current);
  };

  const page = await context.newPage();
  begin(`load ${pagePath}`);
  await page.goto(server.url + pagePath, { waitUntil: "load" });
  await settle();

  for (const query of queries) {
    begin(`query ${JSON.stringify(query)}`);
    current.result = await page.evaluate(
      async ({ bundleUrl, stemUrl, query, stem }) => {
        const pagefind = await import(bundleUrl + "pagefind.js");
        // as the search page: result URLs are the records' own (base path included)
        await pagefind.options({ baseUrl: "/" });
        await pagefind.init();
        const qs = stem ? (await import(stemUrl)).searchQueries(query) : [query];
        const merged = [];
        const seen = new Set();
        for (const q of qs) {
          const r = await pagefind.search(q);
          for (const res of r.results) {
            if (!seen.has(res.id)) {
              seen.add(res.id);
              merged.push(res);
            }
          }
        }
        const top = await Promise.all(merged.slice(0, 5).map((r) => r.data()));
        return { queries: qs, total: merged.length, urls: top.map((d) => d.url) };
      },
      { bundleUrl, stemUrl: `${server.url}js/stem-lv.js`, query, stem: lang === "lv" },
    );
    await settle();
  }
} finally {
  await browser.close();
  await server.close();
}

if (flags.json) {
  console.log(
    JSON.stringify({ site, lang, page: pagePath, bundle: bundlePath, phases, offHost }, null, 2),
  );
} else {
  const kb = (n) => (n / 1024).toFixed(1).padStart(8);
  console.log(`site ${site}, ${lang}, search page /${pagePath}, bundle /${bundlePath}`);
  console.log(
    `${"phase".padEnd(36)}${KINDS.map((k) => k.padStart(10)).join("")}     total (KiB; files)`,
  );
  for (const p of phases) {
    const cells = KINDS.map((k) =>
      `${kb(p.bytes[k])}/${String(p.files[k]).padEnd(1)}`.padStart(10),
    );
    console.log(`${p.name.slice(0, 35).padEnd(36)}${cells.join("")}  ${kb(total(p))}`);
    if (p.result) {
      console.log(
        `    → ${JSON.stringify(p.result.queries)}: ${p.result.total} results; top ${p.result.urls.join(" ")}`,
      );
    }
  }
  const queryPhases = phases.slice(1);
  if (queryPhases.length > 0) {
    console.log(
      `first query: ${kb(total(queryPhases[0])).trim()} KiB; following: ${
        queryPhases
          .slice(1)
          .map((p) => `${kb(total(p)).trim()} KiB`)
          .join(", ") || "-"
      }`,
    );
  }
  if (offHost.length > 0) console.log(`requests to other hosts: ${offHost.join(" ")}`);
}
