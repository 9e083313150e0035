//! A block's words → its sentences. A sentence ends at `.`, `!`, `?` or `…` after a word,
//! but not where the next word starts with a small letter (`2023. gada`, `1. vietā`,
//! `u.c. lietas`), nor after an abbreviation that never ends one (`piem.`, `plkst.`,
//! `e.g.`, `Dr.`) or an initial (`J. Bērziņš`). Decimal numbers (`3.5`) have no space
//! after their point, so they never end one.

use super::abbreviations;
use super::words::Word;
use std::ops::Range;

/// The sentences of a block as ranges of its words, in order.
pub(super) fn sentences(words: &[Word<'_>]) -> Vec<Range<usize>> {
    let mut found = Vec::new();
    let mut start = 0;
    for (i, word) in words.iter().enumerate() {
        if ends_sentence(word, words.get(i + 1)) {
            found.push(start..i + 1);
            start = i + 1;
        }
    }
    if start < words.len() {
        found.push(start..words.len());
    }
    found
}

/// Whether a sentence ends after `word`, given the word after it.
fn ends_sentence(word: &Word<'_>, next: Option<&Word<'_>>) -> bool {
    let tail = word.tail();
    let Some(mark) = tail.find(['.', '!', '?', '…']) else {
        return false;
    };
    let Some(next) = next else {
        return true;
    };
    if next.starts_lower() {
        return false;
    }
    // `!`, `?` and `…` end a sentence before a capital or a digit.
    if !tail[mark..].starts_with('.') {
        return true;
    }
    let dotted = format!("{}.", word.core);
    if abbreviations::never_ends_sentence(&dotted) {
        return false;
    }
    // An initial: one capital letter.
    let mut letters = word.core.chars();
    if letters.next().is_some_and(char::is_uppercase) && letters.next().is_none() {
        return false;
    }
    true
}

#[cfg(test)]
mod tests {
    use super::super::words::words;
    use super::*;

    fn split(text: &str) -> Vec<String> {
        let words = words(text);
        sentences(&words)
            .into_iter()
            .map(|r| words[r].iter().map(|w| w.raw).collect::<Vec<_>>().join(" "))
            .collect()
    }

    #[test]
    fn latvian_sentences() {
        assert_eq!(
            split("Es dzīvoju Rīgā. Man patīk lasīt! Vai tev arī? Jā…"),
            vec![
                "Es dzīvoju Rīgā.",
                "Man patīk lasīt!",
                "Vai tev arī?",
                "Jā…"
            ]
        );
    }

    #[test]
    fn ordinals_dates_abbreviations_and_initials_do_not_end_a_sentence() {
        assert_eq!(
            split("Tas notika 2023. gada 1. jūlijā. Nāc plkst. 10 uz Rīgu."),
            vec!["Tas notika 2023. gada 1. jūlijā.", "Nāc plkst. 10 uz Rīgu."]
        );
        assert_eq!(
            split("Ir daudz iestāžu, piem. Valsts kanceleja. Tas ir labi."),
            vec!["Ir daudz iestāžu, piem. Valsts kanceleja.", "Tas ir labi."]
        );
        assert_eq!(
            split("Runāja J. Bērziņš un A. K. Ozola. Tad viss beidzās."),
            vec!["Runāja J. Bērziņš un A. K. Ozola.", "Tad viss beidzās."]
        );
        assert_eq!(
            split("Ir āboli, bumbieri u.c. augļi. Ir arī ogas utt. Tas viss."),
            vec![
                "Ir āboli, bumbieri u.c. augļi.",
                "Ir arī ogas utt.",
                "Tas viss."
            ]
        );
        assert_eq!(
            split("Cena ir 3.50 eiro par 1.5 kg."),
            vec!["Cena ir 3.50 eiro par 1.5 kg."]
        );
    }

    #[test]
    fn english_sentences() {
        assert_eq!(
            split("We met Dr. Smith, e.g. at 5 p.m. on 1 May. It was fine. Was it?"),
            vec![
                "We met Dr. Smith, e.g. at 5 p.m. on 1 May.",
                "It was fine.",
                "Was it?"
            ]
        );
        assert_eq!(
            split("Write to (the office). Then wait."),
            vec!["Write to (the office).", "Then wait."]
        );
        assert_eq!(
            split("She said „Jā.” Tad aizgāja."),
            vec!["She said „Jā.”", "Tad aizgāja."]
        );
    }
}
