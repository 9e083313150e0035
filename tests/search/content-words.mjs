// The words of the bundled site's Latvian content and the inflected forms the stemmer's
// property test derives from them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";

/** The site's default language, read from content/site.yaml (`default_language: lv`). */
export function defaultLanguage(contentDir) {
  const yaml = readFileSync(join(contentDir, "site.yaml"), "utf8");
  const m = yaml.match(/^default_language:\s*["']?([A-Za-z-]+)["']?\s*$/m);
  return m ? m[1] : "lv";
}

function walk(dir) {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)],
  );
}

/**
 * The Latvian Markdown files under contentDir: `*.lv.md`, `*.lv.easy.md`, and, when Latvian is
 * the default language, the files with no language in their name (`page.md`, `page.easy.md`).
 */
export function latvianFiles(contentDir) {
  const lvDefault = defaultLanguage(contentDir) === "lv";
  return walk(contentDir)
    .filter((p) => p.endsWith(".md"))
    .filter((p) => {
      const parts = p.split("/").pop().split(".");
      const lang =
        parts.length >= 3 && parts[parts.length - 2] !== "easy"
          ? parts[parts.length - 2]
          : parts.length >= 4
            ? parts[parts.length - 3]
            : null;
      return lang === "lv" || (lang === null && lvDefault);
    })
    .sort();
}

/** The words of a Markdown text: letters only, without link targets, shortcodes and code. */
export function wordsOf(markdown) {
  const text = markdown
    .replace(/```[\s\S]*?```/g, " ")
    .replace(/`[^`]*`/g, " ")
    .replace(/\{\{[\s\S]*?\}\}|\{%[\s\S]*?%\}/g, " ")
    .replace(/\]\([^)]*\)/g, "] ")
    .replace(/<[^>]+>/g, " ")
    .replace(/https?:\/\/\S+/g, " ")
    .replace(
      /^(date|municipalities|slug|template|weight|aliases|draft|lang|translation_key|indicator|kind|start|end|time):.*$/gm,
      " ",
    );
  return text.match(/\p{L}+/gu) ?? [];
}

// The case endings of each declension (nominative, genitive, dative, accusative, locative,
// singular then plural, without repeats), and of the definite adjective.
export const PARADIGMS = {
  "I (-s)": ["s", "a", "am", "u", "ā", "i", "iem", "us", "os"],
  "I (-š)": ["š", "a", "am", "u", "ā", "i", "iem", "us", "os"],
  "II (-is)": ["is", "a", "im", "i", "ī", "u", "iem", "us", "os"],
  "III (-us)": ["us", "um", "u", "ū"],
  "IV (-a)": ["a", "as", "ai", "u", "ā", "ām", "ās"],
  "V (-e)": ["e", "es", "ei", "i", "ē", "u", "ēm", "ēs"],
  "VI (-s)": ["s", "ij", "i", "ī", "is", "u", "īm", "īs"],
  "definite adjective, masculine": ["ais", "ā", "ajam", "o", "ajā", "ie", "ajiem", "os", "ajos"],
  "definite adjective, feminine": ["ā", "ās", "ajai", "o", "ajā", "ajām", "ajās"],
};

/**
 * For a word, each declension whose endings include the word's ending (the longest that fits,
 * leaving a stem of at least three letters): the declension and the word's forms in it.
 */
export function paradigmsOf(word) {
  const out = [];
  for (const [name, endings] of Object.entries(PARADIGMS)) {
    const ending = endings
      .filter((e) => word.endsWith(e) && word.length - e.length >= 3)
      .sort((a, b) => b.length - a.length)[0];
    if (ending === undefined) continue;
    const stem = word.slice(0, word.length - ending.length);
    out.push({ name, stem, forms: endings.map((e) => stem + e) });
  }
  return out;
}
