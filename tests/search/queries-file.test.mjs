// The query list of the browser test (tests/browser/search-queries.json): its format, and the
// coverage SEARCH.md asks for (every Latvian page by 2+ forms, with and without diacritics;
// English queries; other-language words and a query with no hits expecting null).
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fold } from "./support.mjs";

const queries = JSON.parse(
  readFileSync(new URL("../browser/search-queries.json", import.meta.url), "utf8"),
);

test("search-queries.json: each entry has lang, query, expect (URL or null) and why", () => {
  assert.ok(Array.isArray(queries) && queries.length > 0);
  for (const q of queries) {
    assert.deepEqual(Object.keys(q).sort(), ["expect", "lang", "query", "why"], JSON.stringify(q));
    assert.ok(["lv", "en"].includes(q.lang), q.query);
    assert.equal(typeof q.query, "string");
    assert.ok(q.query.trim() !== "");
    assert.ok(
      q.expect === null || /^(lv|en)\/([a-z0-9-]+\/)*$/.test(q.expect),
      `${q.query}: ${q.expect}`,
    );
    if (q.expect !== null)
      assert.ok(q.expect.startsWith(`${q.lang}/`), `${q.query} expects a page of another language`);
    assert.ok(q.why.length > 0);
  }
});

test("search-queries.json: each Latvian page by two or more forms, with and without diacritics", () => {
  const byPage = {};
  for (const q of queries.filter((q) => q.lang === "lv" && q.expect !== null))
    (byPage[q.expect] ??= []).push(q.query);
  assert.ok(Object.keys(byPage).length >= 30, `${Object.keys(byPage).length} pages`);
  for (const [url, list] of Object.entries(byPage)) {
    assert.ok(new Set(list).size >= 2, `${url}: ${list}`);
    // typed without diacritics: folding changes nothing
    assert.ok(
      list.some((q) => fold(q) === q.toLocaleLowerCase("lv")),
      `${url}: no query typed without diacritics`,
    );
  }
});

test("search-queries.json: English pages, other-language words and no hits", () => {
  assert.ok(queries.filter((q) => q.lang === "en" && q.expect !== null).length >= 20);
  const nulls = queries.filter((q) => q.expect === null);
  assert.ok(nulls.some((q) => q.lang === "lv") && nulls.some((q) => q.lang === "en"));
});
