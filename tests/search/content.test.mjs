// Property test over the bundled site's Latvian words: for every word of the content, each
// form made by swapping its case ending within a declension that has that ending must give a
// query that prefix-matches the word itself (folded), so a visitor typing any form finds the
// page. The misses are listed as diagnostics; the pass rate must stay above the bar.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { finds, fold } from "./support.mjs";
import { latvianFiles, paradigmsOf, wordsOf } from "./content-words.mjs";
import { searchQueries, stemWord } from "../../themes/default/static/js/stem-lv.js";

const root = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const content = join(root, "content");

// Words that are not Latvian nouns or adjectives in running text: acronyms (all capitals) and
// function words (searchQueries drops these from a longer query).
function candidate(word) {
  if (word.length >= 2 && word === word.toLocaleUpperCase("lv")) return false;
  return (
    searchQueries(`${word} pasākums`).length > 0 &&
    searchQueries(`${word} pasākums`)[0] !== "pasākum"
  );
}

test("bundled content: the Latvian files are found", () => {
  const files = latvianFiles(content);
  assert.ok(files.length >= 15, `${files.length} files`);
  assert.ok(files.some((f) => f.endsWith(".lv.easy.md")));
  assert.ok(!files.some((f) => f.includes(".en.")));
});

test("bundled content: every inflected form of a content word finds the word", (t) => {
  const words = new Set();
  for (const file of latvianFiles(content)) {
    for (const w of wordsOf(readFileSync(file, "utf8"))) words.add(w.toLocaleLowerCase("lv"));
  }
  let pairs = 0;
  let short = 0;
  let shortForms = 0;
  let shortOk = 0;
  const overcut = new Set();
  let pairsOk = 0;
  let forms = 0;
  let formsOk = 0;
  const missed = [];
  for (const word of [...words].sort()) {
    if (!candidate(word)) continue;
    for (const { name, stem, forms: fs } of paradigmsOf(word)) {
      // a stem of three letters is below the stemmer's minimum of four (three-letter prefixes
      // match too much: lap- lapa/lapsa, dal- daļa/dalība): counted apart
      if ([...stem].length < 4) {
        short++;
        shortForms += fs.length;
        shortOk += fs.filter((f) => finds(f, word)).length;
        continue;
      }
      // cut too far: a form's stem more than two letters shorter than the declension's stem
      // (two: the verb rules take a long vowel and t/s/j)
      for (const f of fs) {
        const q = fold(stemWord(f));
        if (q.length < fold(stem).length - 2) overcut.add(`${f} → ${q}`);
      }
      pairs++;
      const bad = fs.filter((f) => !finds(f, word));
      forms += fs.length;
      formsOk += fs.length - bad.length;
      if (bad.length === 0) pairsOk++;
      else
        missed.push(
          `${word} [${name}]: ${bad.map((f) => `${f} → ${searchQueries(f).join(" | ")}`).join(", ")}`,
        );
    }
  }
  const formRate = formsOk / forms;
  const pairRate = pairsOk / pairs;
  t.diagnostic(
    `${words.size} distinct words; ${pairs} word×declension pairs, ${pairsOk} with every form finding the word (${(100 * pairRate).toFixed(1)} %)`,
  );
  t.diagnostic(
    `${short} pairs with a stem of three letters left out (the minimum stem is four): ` +
      `${shortOk} of their ${shortForms} forms find the word (${((100 * shortOk) / shortForms).toFixed(1)} %)`,
  );
  t.diagnostic(
    `${overcut.size} forms cut more than two letters past their declension's stem: ${[...overcut].slice(0, 40).join(", ")}`,
  );
  t.diagnostic(`${forms} forms, ${formsOk} find their word (${(100 * formRate).toFixed(2)} %)`);
  for (const m of missed) t.diagnostic(`miss: ${m}`);
  assert.ok(formRate >= 0.97, `form recall ${(100 * formRate).toFixed(2)} %`);
  assert.ok(pairRate >= 0.9, `pair recall ${(100 * pairRate).toFixed(1)} %`);
});

test("bundled content: every alternant query of a content word matches a content word", (t) => {
  // An alternant (d/ž, t/š) that matches no indexed word makes Pagefind fall back to the
  // longest indexed word that is a prefix of it ("parakstījut" → "par"): junk results.
  const words = new Set();
  for (const file of latvianFiles(content)) {
    for (const w of wordsOf(readFileSync(file, "utf8"))) words.add(w.toLocaleLowerCase("lv"));
  }
  const folded = [...words].map(fold);
  const withAlternant = [...words].filter((w) => searchQueries(w).length > 1);
  const orphans = withAlternant.filter((w) => {
    const alt = fold(searchQueries(w)[1]);
    return !folded.some((x) => x.startsWith(alt));
  });
  t.diagnostic(
    `${withAlternant.length} content words have an alternant: ${withAlternant.join(", ")}`,
  );
  assert.deepEqual(orphans, []);
});
