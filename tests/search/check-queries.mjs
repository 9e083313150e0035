#!/usr/bin/env node
// Runs tests/browser/search-queries.json against a built site's real Pagefind bundles in
// headless Chromium, the way the search page does: a Latvian query through searchQueries
// (stem-lv.js), each resulting query through pagefind.search, the results merged by page in
// the order of the first, the expected URL among the first 5 (or no result at all for null).
//
//   node tests/search/check-queries.mjs --site public [--base /di/] [--queries FILE]
//        [--page lv=lv/meklet/] [--bundle lv=lv/meklet/pagefind/] [--verbose]
//
// --base is the URL path the site is published under (its base_url's path; default: read
// from the site's sitemap.xml). --page is the page each language's queries run on (its
// <html lang> picks Pagefind's index), --bundle the Pagefind bundle's folder; both default to
// the search page of SEARCH.md (lv/meklet/, en/search/). stem-lv.js is loaded from the site
// (js/stem-lv.js). Prints one line per query and 'search-queries: N passed, N failed'.
import { readFileSync } from "node:fs";
import { resolve } from "node:path";
import { basePath, launchChromium, serve } from "./site-server.mjs";

const args = process.argv.slice(2);
function opt(name, fallback) {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : fallback;
}
function opts(name) {
  const out = {};
  args.forEach((a, i) => {
    if (a === `--${name}`) {
      const [k, v] = args[i + 1].split("=");
      out[k] = v;
    }
  });
  return out;
}
const site = resolve(opt("site", "public"));
const queriesFile = resolve(
  opt("queries", new URL("../browser/search-queries.json", import.meta.url).pathname),
);
const verbose = args.includes("--verbose");
const SEARCH_SLUG = { lv: "meklet", en: "search" };

const base = opt("base", basePath(site));
const pages = opts("page");
const bundles = opts("bundle");
const queries = JSON.parse(readFileSync(queriesFile, "utf8"));

const server = await serve(site, base);
const browser = await launchChromium();
let passed = 0;
let failed = 0;
try {
  const context = await browser.newContext();
  const byLang = {};
  for (const q of queries) (byLang[q.lang] ??= []).push(q);
  for (const [lang, list] of Object.entries(byLang)) {
    const page = await context.newPage();
    const pagePath = pages[lang] ?? `${lang}/${SEARCH_SLUG[lang] ?? "search"}/`;
    const bundle = bundles[lang] ?? `${pagePath}pagefind/`;
    await page.goto(server.url + pagePath);
    const results = await page.evaluate(
      async ({ bundleUrl, stemUrl, list, lang }) => {
        const pagefind = await import(bundleUrl + "pagefind.js");
        // as the search page: result URLs are the records' own (base path included)
        await pagefind.options({ baseUrl: "/" });
        await pagefind.init();
        const { searchQueries } = await import(stemUrl);
        const out = [];
        for (const { query } of list) {
          const qs = lang === "lv" ? searchQueries(query) : [query];
          const merged = [];
          const seen = new Set();
          for (const q of qs) {
            const r = await pagefind.search(q);
            for (const res of r.results) {
              if (seen.has(res.id)) continue;
              seen.add(res.id);
              merged.push(res);
            }
          }
          const top = await Promise.all(merged.slice(0, 5).map((r) => r.data()));
          out.push({ queries: qs, total: merged.length, urls: top.map((d) => d.url) });
        }
        return out;
      },
      { bundleUrl: server.url + bundle, stemUrl: server.url + "js/stem-lv.js", list, lang },
    );
    list.forEach((q, i) => {
      const r = results[i];
      const rel = r.urls.map((u) =>
        u.startsWith(base) ? u.slice(base.length) : u.replace(/^\//, ""),
      );
      const ok = q.expect === null ? r.total === 0 : rel.slice(0, 5).includes(q.expect);
      if (ok) passed++;
      else failed++;
      if (!ok || verbose) {
        console.log(
          `${ok ? "ok  " : "FAIL"} [${lang}] ${JSON.stringify(q.query)} → ${JSON.stringify(r.queries)}: ` +
            `${r.total} results, top ${JSON.stringify(rel)}; expected ${JSON.stringify(q.expect)}`,
        );
      }
    });
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`search-queries: ${passed} passed, ${failed} failed`);
process.exit(failed > 0 ? 1 : 0);
