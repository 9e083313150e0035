// Latvian query stemming for the site search (an ES module with no DOM use: it runs in
// browsers and in Node).
//
// Pagefind has no Latvian stemmer, but it matches every query word as a prefix of the indexed
// words and folds diacritics on both sides. So a query word cut back to its stem finds every
// form of the word: "pasākumiem" → "pasākum" finds "pasākums", "pasākumu", "pasakumi" …
// The index is left as it is; only the visitor's query is stemmed.
//
// The rules are a light suffix stripping in the spirit of Kreslins' Latvian stemmer (1996,
// Porter-style removal of inflectional endings), narrowed for prefix queries:
// - the word is lowercased with the Latvian locale and its diacritics folded (ā → a, š → s …)
//   for matching, so "pasakumiem" stems like "pasākumiem"; the stem keeps the letters the
//   visitor typed (Pagefind folds them, and ranks forms with the same diacritics higher);
// - one inflectional ending of a noun or adjective is removed, the longest that fits, and only
//   when four letters stay, one of them a vowel; words of four letters or fewer stay whole;
//   when the ending would leave fewer than four letters, only enough is cut to keep four
//   ("rokām" → "rokā"): three-letter prefixes match too much (lap-: lapa, lapsa);
// - an ending typed with diacritics must be one as written: "pieņem" has no "-ēm" and stays
//   whole (it must not find "piens", "pienākums"); "-em" typed without a macron is removed
//   only when five letters stay ("gimenem" → "gimen", "pienem" stays);
// - verbs: "-šana" nouns lose "šan", the ending and a long vowel before ("izvērtēšana" →
//   "izvērt"); an infinitive loses "t" and a long vowel before it ("atbalstīt" → "atbalst"),
//   "-ties" likewise; "-iet" imperatives lose it ("piezvaniet" → "piezvan"); after an ending,
//   what marks a past, future or participle goes with it ("atbalstīja", "atbalstīšu",
//   "atbalstīts" → "atbalst"; "dzīvoju" → "dzīvo"; "saņemts", "saņemsim" → "saņem"); but
//   "-ts/-ta" is never removed on its own ("projekts" must stay "projekt");
// - the epenthetic "j" after a labial (p, b, m, v) in genitive plurals goes ("aprūpju" →
//   "aprūp"); other consonant alternations fold away with the diacritics (ņ/n, š/s, ž/z …)
//   except d/ž and t/š, for which searchQueries gives a second query ("iestāžu" → "iestāž"
//   and "iestād").
// searchQueries also drops Latvian function words from a query of several words, and leaves
// alone quoted phrases, tokens with digits or other non-letters, and all-caps acronyms of up
// to five letters (a longer word in capitals is a word typed with caps lock).

const VOWELS = new Set(["a", "e", "i", "o", "u"]);

// Inflectional endings of nouns and adjectives (indefinite and definite) and the reflexive
// "-ies", as written. A word typed with diacritics is matched against these; a word typed
// without any against their folded forms ("am" for "-am" and "-ām", "s" for "-s" and "-š" …),
// which adds "-em", a verb's ending more often than a noun's (see analyse). Longest first;
// the first that fits is the one removed.
const ENDINGS = (
  "ajiem ajām ajai ajam ajās ajos iem ies ajā ais ai ei ām am ēm īm im um us ās as ēs es os īs " +
  "is ie ij u ū a ā i ī e ē o s š"
)
  .split(" ")
  .sort((a, b) => b.length - a.length);
const FOLDED_ENDINGS = [...new Set(ENDINGS.map((e) => fold(e)))];

// Endings after "-šan-" in the nouns of action (folded): -šana, -šanas, -šanai, -šanu, -šanā,
// -šanām, -šanās, and the reflexive -šanos.
const SANA_ENDINGS = ["as", "ai", "am", "os", "a", "u"];

const MIN_STEM = 4;

// Latvian function words (folded: "kā" is "ka"). Dropped from a query of several words: they
// are in every page, and a prefix query "pa" or "no" matches half the index.
const STOP_WORDS = new Set(
  (
    "aiz ap apakš ar bez caur dēļ gar iekš kopš labad līdz no pa par pār pāri pēc pie pirms " +
    "pret priekš starp uz virs zem " +
    "un vai bet jo ka kā ja jā lai nekā nedz taču tomēr gan arī kad kamēr ne nē nav ir būt " +
    "bija būs esmu esi esam esat biju bijām būšu tik tikai vēl jau pat vien lūk " +
    "es tu viņš viņa viņi viņas mēs jūs tas tā tie tās to tam tai tiem tām tajā tajās tanī " +
    "šis šī šie šīs šo šim šai šiem šīm šajā šeit te tur kur cik tad kāpēc ļoti " +
    "kas kurš kura kuri kuras kuru kurā " +
    "kurās kam ko kādi kāda kāds kādas sevi sev savs sava savu savā mans mana tavs tava mūsu " +
    "jūsu viņu viņam viņai viņiem viņām"
  )
    .split(" ")
    .map((w) => fold(w)),
);

/** Lowercases with the Latvian locale and composes the letters (NFC). */
function lower(word) {
  return word.normalize("NFC").toLocaleLowerCase("lv");
}

/** Drops the diacritics the way Pagefind does: NFD, then no combining marks. */
function fold(word) {
  return word.normalize("NFD").replace(/[\u0300-\u036f]/g, "");
}

function hasVowel(folded) {
  for (const ch of folded) if (VOWELS.has(ch)) return true;
  return false;
}

/**
 * The search stem of one word: the word lowercased and with at most one ending removed.
 * @param {string} word
 * @returns {string}
 */
export function stemWord(word) {
  return analyse(word).stem;
}

// The stem of a word plus what searchQueries needs: the alternant stem (d/ž, t/š) if any.
function analyse(word) {
  const w = lower(word);
  const f = fold(w);
  const chars = [...w];
  // Folding maps each composed Latvian letter to one letter; when it does not (another
  // script), the folded word is the one cut, and the cut is then on the folded letters.
  const orig = chars.length === f.length ? chars : [...f];
  const hasDiacritics = f !== w;
  const result = { stem: w, alternant: null };
  if (f.length <= MIN_STEM || !/^[a-z]+$/.test(f)) return result;

  let cut = 0; // letters removed from the end
  let ending = "";
  let typedEnding = ""; // a noun's ending as typed, for the alternant

  // -šana nouns: remove "šan" and the ending when four letters stay.
  for (const e of SANA_ENDINGS) {
    const tail = "san" + e;
    if (f.endsWith(tail) && f.length - tail.length >= MIN_STEM) {
      // with diacritics typed, the "s" must be an "š"
      if (hasDiacritics && orig[orig.length - tail.length] !== "š") continue;
      cut = tail.length;
      ending = tail;
      // and the long vowel of an -īt/-ēt/-āt verb: "atbalstīšana" → "atbalst", like "atbalstīt"
      const r = f.length - cut;
      const long = hasDiacritics ? "āēī".includes(orig[r - 1]) : "aei".includes(f[r - 1]);
      if (long && !VOWELS.has(f[r - 2]) && r - 1 >= MIN_STEM) cut += 1;
      break;
    }
  }

  // Infinitive: "-t" (and a long vowel before it), "-ties" for reflexive verbs.
  if (cut === 0) {
    const inf = infinitiveCut(f, orig, hasDiacritics);
    if (inf > 0) {
      cut = inf;
      ending = f.slice(f.length - inf);
      // "lietojiet" → "lietoj" → "lieto", like "lietot"
      if (ending === "iet" || ending === "ieties") {
        const fs = f.slice(0, f.length - cut);
        cut += verbStemCut(fs, orig.slice(0, orig.length - cut), hasDiacritics, ending);
      }
    }
  }

  if (cut === 0) {
    for (const e of FOLDED_ENDINGS) {
      if (!f.endsWith(e)) continue;
      const rest = f.length - e.length;
      // the ending as typed: an ending as written ("-ēm", "-ajā"), or one typed without its
      // diacritics ("ģimenem", "sociālaja"), but not one with diacritics no ending has
      // ("adoptētāja" has no "-ajā": its ending is "-a")
      const typed = orig.slice(rest).join("");
      const asWritten = ENDINGS.includes(typed);
      if (!asWritten && typed !== e) continue;
      // "-em" is a verb's ending as often as "-ēm" typed without its macron ("pieņem" must not
      // find "piens"): removed only when five letters stay
      if (!asWritten && rest < MIN_STEM + 1) continue;
      if (!hasVowel(f.slice(0, Math.max(rest, MIN_STEM)))) continue;
      // a stem shorter than four letters: cut only down to four (never below)
      cut = rest >= MIN_STEM ? e.length : f.length - MIN_STEM;
      ending = e;
      typedEnding = typed;
      break;
    }
    // a participle or verb stem left after the ending: "atbalstīts" → "atbalstīt" → "atbalst"
    if (cut > 0 && cut === ending.length) {
      const more = verbStemCut(
        f.slice(0, f.length - cut),
        orig.slice(0, orig.length - cut),
        hasDiacritics,
        ending,
      );
      cut += more;
    }
  }

  if (cut === 0) return result;
  let stem = orig.slice(0, orig.length - cut);
  // the epenthetic j of labial stems: aprūpju, kurmju, govju, zivju → aprūp, kurm, gov, ziv
  if (cut === ending.length && /^(u|i|a|iem|us|os|am|em)$/.test(ending)) {
    const n = stem.length;
    if (n > MIN_STEM && stem[n - 1] === "j" && /[pbmvf]/.test(stem[n - 2]))
      stem = stem.slice(0, n - 1);
  }
  result.stem = stem.join("");
  if (typedEnding !== "" && cut === ending.length) {
    result.alternant = alternantOf(stem, typedEnding, hasDiacritics);
  }
  return result;
}

// How many letters an infinitive loses: "-īt/-ēt/-āt" → both letters (when four stay), else
// "-t" after a vowel or consonant; "-ties" with "-īties/-ēties/-āties" likewise.
function infinitiveCut(f, orig, hasDiacritics) {
  // the imperative and 2nd person plural "-iet", "-ieties" ("piezvaniet", "piesakieties",
  // "runājiet") lose it whole when four letters stay; "aiziet" is an infinitive ("iet")
  for (const tail of ["ieties", "iet"]) {
    if (f.endsWith(tail) && f.length - tail.length >= MIN_STEM) return tail.length;
  }
  for (const tail of ["ties", "t"]) {
    if (!f.endsWith(tail)) continue;
    const rest = f.length - tail.length;
    if (rest < MIN_STEM) {
      // "tikties" → "tikt" (four letters stay)
      return tail === "ties" && rest + 1 >= MIN_STEM ? tail.length - 1 : 0;
    }
    const before = f[rest - 1];
    const beforeOrig = orig[rest - 1];
    const long =
      (hasDiacritics ? "āēī".includes(beforeOrig) : "aei".includes(before)) &&
      !VOWELS.has(f[rest - 2]);
    if (long && rest - 1 >= MIN_STEM && hasVowel(f.slice(0, rest - 1))) return tail.length + 1;
    return tail.length;
  }
  return 0;
}

// What a verb form still carries after its ending is gone (only when five letters stay):
// - a long vowel and "t" (participle "-īts", "-ēta"), "s"/"š" (future "-īs", "-ēšu") or "j"
//   (past "-īja", "-ēja"): both go, when the vowel follows a consonant and, if the word has
//   diacritics, carries a macron ("atbalstīts", "atbalstīja", "atbalstīšu" → "atbalst");
// - "o" and "t" or "j" ("dzīvots", "dzīvoju" → "dzīvo"): the "t" or "j" goes;
// - "m", "g", "b" or "p" and "t" (participle of "saņemt", "sniegt"): the "t" goes;
// - "s" before a removed "-im" or "-ies" (future "saņemsim", "dzīvosim", "pieteiksies"): the
//   "s" goes (not the "-uš-" of a past participle: "beigušies").
function verbStemCut(fs, os, hasDiacritics, ending) {
  const n = fs.length;
  const last = fs[n - 1];
  const prev = fs[n - 2];
  if (n >= MIN_STEM + 3 && "tsj".includes(last)) {
    const vowelOk = hasDiacritics ? "āēī".includes(os[n - 2]) : "aei".includes(prev);
    // the long vowel of -īt/-ēt/-āt follows a consonant ("latviet-" is no verb); with no
    // diacritics typed, "es"/"as" before the ending is too often the noun's own (interes-,
    // proces-, adres-), so only "is" (atbalstisim) goes; "-ij-" typed without diacritics
    // may be a noun's "-ija" ("ministrijas" → "ministr", still a prefix of all its forms)
    const plainOk = hasDiacritics || last !== "s" || prev === "i";
    if (vowelOk && !VOWELS.has(fs[n - 3]) && plainOk) return 2;
  }
  if (n - 1 < MIN_STEM + 1) return 0;
  if (prev === "o" && (last === "t" || last === "j")) return 1;
  if (last === "t" && "mgbp".includes(prev)) return 1;
  if (last === "s" && (ending === "im" || ending === "ies") && !"su".includes(prev)) return 1;
  return 0;
}

// The alternant stem for the d/ž and t/š alternations that diacritic folding does not cover
// (z/ž, s/š, n/ņ … fold to one letter; d/ž and t/š do not). An alternant that matches no
// indexed word is not harmless: Pagefind then falls back to the longest indexed word that is a
// prefix of it ("parakstījut" → "par"), so the rules keep to the clear cases:
// - a soft stem typed with ž/š after a vowel (ž also after r, š also after k), of five letters
//   or more: "iestāž" (iestāžu) → "iestād", "brieža" → "bried", "latvieš" → "latviet",
//   "siržu" → "sird"; not the "-uš-" of past participles (pieaugušie) nor "tieši";
// - typed without diacritics: "-ies-" → "-iet-" ("latviesi"), and a genitive plural "-zu"
//   after a vowel ("iestazu" → "iestad");
// - a hard stem in d/t after a long vowel or "ie" whose other forms are soft: 2nd declension
//   "-is", "-im", "-ī" ("briedis", "latvietis" → "briež", "latvieš"), the 5th declension's
//   "-e-" forms ("iestāde", "iestādēm", typed without diacritics too → "iestāž"), and "-ieti"
//   (latvieti).
function alternantOf(stem, typed, hasDiacritics) {
  const n = stem.length;
  const last = stem[n - 1];
  const prev = fold(stem[n - 2] ?? "");
  const base = stem.slice(0, n - 1).join("");
  const foldedStem = fold(stem.join(""));
  if (n < MIN_STEM + 1) return null;
  if (last === "ž") return VOWELS.has(prev) || prev === "r" ? base + "d" : null;
  if (last === "š") return (VOWELS.has(prev) && prev !== "u") || prev === "k" ? base + "t" : null;
  if (!hasDiacritics && (last === "s" || last === "z")) {
    if (last === "s" && foldedStem.endsWith("ies")) return base + "t";
    if (last === "z" && typed === "u" && VOWELS.has(prev)) return base + "d";
    return null;
  }
  if (last !== "d" && last !== "t") return null;
  const ie = foldedStem.endsWith(`ie${last}`);
  // typed without diacritics, a vowel after a consonant may be long ("iestade")
  const plainLong = !hasDiacritics && VOWELS.has(prev) && !VOWELS.has(foldedStem[n - 3] ?? "a");
  const long = ie || "āēīū".includes(stem[n - 2]) || plainLong;
  if (!long) return null;
  const soft = last === "d" ? "ž" : "š";
  const fifth = ["e", "es", "ei", "ē", "ēm", "ēs", "em"].includes(typed);
  // the 2nd declension's "-is", "-im", "-ī" only after a long vowel as typed or "ie" ("parādīs"
  // typed "paradis" is a verb)
  const second = ["is", "im", "ī"].includes(typed) && (ie || "āēīū".includes(stem[n - 2]));
  const ieti = (typed === "i" || typed === "ī") && foldedStem.endsWith("iet");
  return fifth || second || ieti ? base + soft : null;
}

/**
 * The Pagefind queries for a visitor's query, the main one first. More than one only when a
 * word has an alternant stem (d/ž, t/š); the caller runs each and merges the results by URL.
 * @param {string} query
 * @returns {string[]}
 */
export function searchQueries(query) {
  const trimmed = String(query ?? "")
    .normalize("NFC")
    .trim();
  if (trimmed === "") return [];
  // Quoted phrases are exact searches in Pagefind: whole words, no stemming.
  if (/["“”„«»]/.test(trimmed)) return [trimmed];

  const tokens = trimmed
    .split(/\s+/)
    .map(tokenOf)
    .filter((t) => t.text !== "");
  if (tokens.length === 0) return [trimmed];
  const content = tokens.filter((t) => !t.stop);
  // a query of nothing but function words stays searchable as typed
  const words = content.length > 0 ? content : tokens;

  const main = [];
  const alternants = [];
  for (const t of words) {
    if (t.keep || content.length === 0) {
      main.push(t.keep ? t.text : lower(t.text));
      alternants.push(null);
      continue;
    }
    const a = analyse(t.text);
    main.push(a.stem);
    alternants.push(a.alternant);
  }
  const queries = [main.join(" ")];
  alternants.forEach((alt, i) => {
    if (alt === null || queries.length >= 3) return;
    const q = main.slice();
    q[i] = alt;
    queries.push(q.join(" "));
  });
  return queries;
}

// One space-separated token: punctuation at its edges removed; `keep` when it is not to be
// stemmed (digits, inner punctuation, an all-caps acronym); `stop` for a function word.
function tokenOf(raw) {
  const text = raw.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, "");
  if (text === "") return { text, keep: true, stop: false };
  const letters = /^\p{L}+$/u.test(text);
  const caps = text === text.toLocaleUpperCase("lv") && text !== text.toLocaleLowerCase("lv");
  const acronym = letters && caps && [...text].length >= 2 && [...text].length <= 5;
  const keep = !letters || acronym;
  const stop = !keep && STOP_WORDS.has(fold(lower(text)));
  return { text, keep, stop };
}
