// Helpers for the stemmer's tests: what Pagefind does with a query word, in the terms search
// needs (fold, prefix match).
import { searchQueries } from "../../themes/default/static/js/stem-lv.js";

/** Lowercase with the Latvian locale and fold the diacritics, as Pagefind does on both sides. */
export function fold(text) {
  return text
    .normalize("NFC")
    .toLocaleLowerCase("lv")
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "");
}

/** The query words Pagefind gets for one typed word: each query of searchQueries, folded. */
export function queryWords(word) {
  return searchQueries(word).map(fold);
}

/**
 * Whether typing `word` finds a page containing `target` through Pagefind's prefix matching:
 * one of the queries (the main one or the alternant) is a prefix of the folded target.
 */
export function finds(word, target) {
  const t = fold(target);
  return queryWords(word).some((q) => t.startsWith(q));
}

/** The forms of a family that `word` does not find. */
export function misses(word, family) {
  return family.filter((target) => !finds(word, target));
}

/** A word without its diacritics, as a visitor without a Latvian keyboard types it. */
export function plain(word) {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

/** Mixed case: the first letter capitalised (start of a sentence, a name). */
export function capitalised(word) {
  return word.charAt(0).toLocaleUpperCase("lv") + word.slice(1);
}
