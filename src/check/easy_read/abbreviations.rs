//! Abbreviations and words in capitals, over a whole page in reading order.
//!
//! An abbreviation is two or more capitals (`DI`, `ESF`, `GRT`; Roman numerals such as
//! `XX` are not) or a dotted Latvian or English one (`piem.`, `u.c.`, `t. sk.`, `utt.`,
//! `e.g.`). It is explained when, at its first use, its full form is in parentheses right
//! after it (`ESF (Eiropas Sociālais fonds)`) or it is in parentheses right after its full
//! form (`Eiropas Sociālais fonds (ESF)`, `… (turpmāk – ESF)`); an unexplained one is
//! reported once, at its first use.
//!
//! A word in capitals is one that shouts rather than abbreviates: capitals of at least
//! 6 letters (`SVARĪGI`, `UZMANĪBU`) or of 3+ letters next to another such word
//! (`PAR MUMS`). Such a run is reported wherever it stands, unless the page explains it as
//! an abbreviation. Shorter capitals alone are taken for abbreviations, so one word is
//! never reported twice.

use super::Finding;
use super::prose::Block;
use super::words::{Word, is_capitals, words};
use std::collections::HashMap;
use std::ops::Range;

/// Dotted abbreviations (lower case, without spaces) and whether one can end a sentence
/// (`… ogas utt.` can, `piem.` cannot).
const DOTTED: &[(&str, bool)] = &[
    // Latvian
    ("piem.", false),
    ("t.sk.", false),
    ("t.i.", false),
    ("t.s.", false),
    ("plkst.", false),
    ("nr.", false),
    ("sk.", false),
    ("skat.", false),
    ("tel.", false),
    ("tālr.", false),
    ("apm.", false),
    ("aptuv.", false),
    ("u.c.", true),
    ("utt.", true),
    ("u.t.t.", true),
    ("u.tml.", true),
    ("utml.", true),
    ("tml.", true),
    ("g.", true),
    ("gs.", true),
    ("min.", true),
    // English
    ("e.g.", false),
    ("i.e.", false),
    ("approx.", false),
    ("incl.", false),
    ("vs.", false),
    ("etc.", true),
];

/// Titles before a name, which never end a sentence; not reported (well known).
const TITLES: &[&str] = &["dr.", "mr.", "mrs.", "ms.", "prof.", "st."];

/// Whether a word with its dot (`piem.`, `Dr.`) is an abbreviation after which a
/// sentence goes on.
pub(super) fn never_ends_sentence(dotted: &str) -> bool {
    let lower = dotted.to_lowercase();
    TITLES.contains(&lower.as_str()) || DOTTED.iter().any(|(a, end)| *a == lower && !end)
}

/// A possible abbreviation at one place.
struct Candidate {
    /// How it is compared with its other uses (`ESF`, `u.c.`).
    key: String,
    /// Where in the block's text.
    range: Range<usize>,
    /// Dotted (`piem.`), or capitals.
    dotted: bool,
    /// Capitals that shout rather than abbreviate.
    shouting: bool,
}

/// Whether a word is a Roman numeral (`II`, `XIV`, `XX`).
fn is_roman(word: &str) -> bool {
    word.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

/// The capital parts of a word (`ESF-projekts` → `ESF`), with their places; none in a
/// word with digits (the postal code `LV-1050`, `A4`).
fn capital_parts<'a>(word: &Word<'a>) -> Vec<(&'a str, Range<usize>)> {
    let mut at = word.range.start;
    let mut parts = Vec::new();
    if word.core.chars().any(|c| c.is_ascii_digit()) {
        return parts;
    }
    for part in word.core.split('-') {
        if is_capitals(part, 2) && !is_roman(part) {
            parts.push((part, at..at + part.len()));
        }
        at += part.len() + 1;
    }
    parts
}

/// The possible abbreviations of a block, in order.
fn candidates(block: &Block) -> Vec<Candidate> {
    let words = words(&block.text);
    let shouts = |w: &Word<'_>| capital_parts(w).iter().any(|(p, _)| p.chars().count() >= 3);
    let mut found = Vec::new();
    let mut skip_next = false;
    for (i, word) in words.iter().enumerate() {
        if std::mem::take(&mut skip_next) || word.is_address() {
            continue;
        }
        if let Some((key, end, both)) = dotted_at(&words, i) {
            skip_next = both;
            found.push(Candidate {
                key,
                range: word.range.start..end,
                dotted: true,
                shouting: false,
            });
            continue;
        }
        let joined = |other: Option<&Word<'_>>, before: bool| {
            other.is_some_and(|o| {
                let apart = if before {
                    o.tail().is_empty() && word.head().is_empty()
                } else {
                    word.tail().is_empty() && o.head().is_empty()
                };
                apart && shouts(o)
            })
        };
        let next_to_capitals = shouts(word)
            && (joined(i.checked_sub(1).and_then(|j| words.get(j)), true)
                || joined(words.get(i + 1), false));
        for (part, range) in capital_parts(word) {
            let letters = part.chars().count();
            found.push(Candidate {
                key: part.to_string(),
                range,
                dotted: false,
                shouting: letters >= 6 || (letters >= 3 && next_to_capitals),
            });
        }
    }
    found
}

/// A dotted abbreviation starting at word `i`: its key, where it ends in the text, and
/// whether it takes the next word too (`t. sk.`).
fn dotted_at(words: &[Word<'_>], i: usize) -> Option<(String, usize, bool)> {
    let word = words.get(i)?;
    if !word.tail().starts_with('.') {
        return None;
    }
    let one = format!("{}.", word.core.to_lowercase());
    if DOTTED.iter().any(|(a, _)| *a == one) {
        return Some((one, word.range.end + 1, false));
    }
    let next = words.get(i + 1)?;
    if word.core.chars().count() <= 2 && next.tail().starts_with('.') {
        let two = format!("{one}{}.", next.core.to_lowercase());
        if DOTTED.iter().any(|(a, _)| *a == two) {
            return Some((two, next.range.end + 1, true));
        }
    }
    None
}

/// Whether the abbreviation at `range` of a block's text is explained there.
fn explained(text: &str, range: &Range<usize>) -> bool {
    // Its full form in parentheses right after it.
    let after = text.get(range.end..).unwrap_or("");
    if let Some(inner) = after.trim_start_matches([' ', '\n']).strip_prefix('(') {
        let inner = inner.split(')').next().unwrap_or("");
        if inner.chars().any(char::is_lowercase) {
            return true;
        }
    }
    // Or it in parentheses right after its full form.
    let before = text.get(..range.start).unwrap_or("");
    let (Some(open), Some(close)) = (before.rfind('('), after.find(')')) else {
        return false;
    };
    if before[open..].contains(')') || after[..close].contains('(') {
        return false;
    }
    let inside_before = &before[open + 1..];
    let full_form_before = before[..open].chars().any(char::is_alphabetic);
    let only_it = after[..close].trim().is_empty()
        && inside_before
            .split_whitespace()
            .all(|w| !w.chars().any(char::is_uppercase));
    full_form_before && only_it
}

/// The unexplained abbreviations (first use) and words in capitals of a page's blocks.
pub(super) fn capitals_and_abbreviations(
    blocks: &[Block],
    capitals: bool,
    abbreviations: bool,
) -> Vec<Finding> {
    // Per key: explained at its first use, and whether it was reported already.
    let mut known: HashMap<String, (bool, bool)> = HashMap::new();
    let mut found = Vec::new();
    for block in blocks {
        let mut shouting: Option<Range<usize>> = None;
        let flush = |run: &mut Option<Range<usize>>, found: &mut Vec<Finding>| {
            if let Some(range) = run.take()
                && capitals
            {
                found.push(
                    Finding::new("easy-read-capitals", block.span(&range))
                        .with("text", block.text.get(range).unwrap_or("")),
                );
            }
        };
        for candidate in candidates(block) {
            let (is_explained, reported) = known
                .entry(candidate.key.clone())
                .or_insert_with(|| (explained(&block.text, &candidate.range), false));
            if *is_explained {
                flush(&mut shouting, &mut found);
                continue;
            }
            if candidate.shouting {
                // Capitals with only spaces between are one run (`PAR MUMS`).
                let joins = shouting.as_ref().is_some_and(|run| {
                    block
                        .text
                        .get(run.end..candidate.range.start)
                        .is_some_and(|b| b.chars().all(char::is_whitespace))
                });
                match shouting.as_mut() {
                    Some(run) if joins => run.end = candidate.range.end,
                    _ => {
                        flush(&mut shouting, &mut found);
                        shouting = Some(candidate.range.clone());
                    }
                }
                continue;
            }
            flush(&mut shouting, &mut found);
            if !*reported && abbreviations {
                *reported = true;
                found.push(
                    Finding::new("easy-read-abbreviation", block.span(&candidate.range))
                        .with(
                            "abbreviation",
                            block.text.get(candidate.range.clone()).unwrap_or(""),
                        )
                        .with(
                            "kind",
                            if candidate.dotted {
                                "dotted"
                            } else {
                                "capitals"
                            },
                        ),
                );
            }
        }
        flush(&mut shouting, &mut found);
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::prose;
    use super::*;

    fn run(body: &str) -> Vec<(&'static str, String)> {
        let prose = prose::read(body, 0);
        capitals_and_abbreviations(&prose.blocks, true, true)
            .into_iter()
            .map(|f| (f.id, f.args[0].1.clone()))
            .collect()
    }

    fn found(list: &[(&'static str, &str)]) -> Vec<(&'static str, String)> {
        list.iter().map(|(a, b)| (*a, b.to_string())).collect()
    }

    #[test]
    fn explained_abbreviations_stay_silent() {
        for body in [
            "Eiropas Sociālais fonds (ESF) palīdz. ESF maksā.",
            "ESF (Eiropas Sociālais fonds) palīdz. Vēlreiz ESF.",
            "Projektu atbalsta fonds (turpmāk – ESF). ESF ir labs.",
            "The European Social Fund (ESF) helps. The ESF pays.",
            "Deinstitucionalizācija (DI) ir pārmaiņas.\n\nDI notiek Latvijā.",
            "Piemēram (piem.) tā.",
            "XX gadsimtā un II grupā.",
            "Raksti uz info@LAPA.lv vai https://EXAMPLE.org/ABC.",
            "Adrese: Rīga, LV-1050. Papīrs A4.",
        ] {
            assert_eq!(run(body), Vec::new(), "{body}");
        }
    }

    #[test]
    fn unexplained_abbreviations_once_at_first_use() {
        assert_eq!(
            run("GRT palīdz. GRT ir labi. Tad DI (deinstitucionalizācija).\n\nDI atkal."),
            found(&[("easy-read-abbreviation", "GRT")])
        );
        // Explained only later: the first use is still unexplained.
        assert_eq!(
            run("ESF maksā. Eiropas Sociālais fonds (ESF)."),
            found(&[("easy-read-abbreviation", "ESF")])
        );
        assert_eq!(
            run("Ir āboli, bumbieri u. c. augļi, piem. plūmes. Arī ogas u.c. Tas t.sk. tev."),
            found(&[
                ("easy-read-abbreviation", "u. c."),
                ("easy-read-abbreviation", "piem."),
                ("easy-read-abbreviation", "t.sk.")
            ])
        );
        assert_eq!(
            run("Bring fruit, e.g. apples, etc. Then (ESF, ERAF) wait."),
            found(&[
                ("easy-read-abbreviation", "e.g."),
                ("easy-read-abbreviation", "etc."),
                ("easy-read-abbreviation", "ESF"),
                ("easy-read-abbreviation", "ERAF")
            ])
        );
    }

    #[test]
    fn words_in_capitals() {
        assert_eq!(
            run("# PAR MUMS\n\nTas ir SVARĪGI. Lūdzu, ZVANIET TAGAD! IMPORTANT: read. SVARĪGI."),
            found(&[
                ("easy-read-capitals", "PAR MUMS"),
                ("easy-read-capitals", "SVARĪGI"),
                ("easy-read-capitals", "ZVANIET TAGAD"),
                ("easy-read-capitals", "IMPORTANT"),
                ("easy-read-capitals", "SVARĪGI")
            ])
        );
        // Mixed case and Latvian/English words with one capital are no capitals.
        assert_eq!(
            run("Es esmu Rīgā. I live in Riga. LiAA un eID."),
            Vec::new()
        );
    }
}
