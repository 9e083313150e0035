//! Numbers written as words (`divdesmit`, `simtiem`, `tūkstoš`, `twenty-five`, `hundred`)
//! whose value is above the limit: Latvian and English cardinals and ordinals in their
//! inflected forms. Words next to each other make one number (`divdesmit pieci` = 25,
//! `trīs simti` = 300, `one hundred and five` = 105). `viens`/`one` are also pronouns,
//! but their value is 1, which no limit (at least 1) is below.

use super::Finding;
use super::prose::Block;
use super::words::Word;

/// A number word's part in a number.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Part {
    /// Added (`divdesmit`, `pieci`).
    Add(u64),
    /// Multiplies what comes before it (`simts`, `tūkstoši`, `dozen`).
    Times(u64),
}

/// Latvian stems of 2 and 4–9, which take the endings of `CASE_ENDINGS` and `padsmit`,
/// `desmit`, `simt`.
const LV_UNITS: &[(&str, u64)] = &[
    ("div", 2),
    ("četr", 4),
    ("piec", 5),
    ("seš", 6),
    ("septiņ", 7),
    ("astoņ", 8),
    ("deviņ", 9),
];

/// Endings of the Latvian cardinals 2 and 4–9 (`divi`, `divu`, `diviem`, `divas`…).
const CASE_ENDINGS: &[&str] = &["i", "u", "iem", "us", "os", "as", "ām", "ās"];

/// Latvian words that are numbers as they are.
const LV_WORDS: &[(&str, Part)] = &[
    ("viens", Part::Add(1)),
    ("viena", Part::Add(1)),
    ("vienam", Part::Add(1)),
    ("vienu", Part::Add(1)),
    ("vienā", Part::Add(1)),
    ("vienai", Part::Add(1)),
    ("vienas", Part::Add(1)),
    ("trīs", Part::Add(3)),
    ("triju", Part::Add(3)),
    ("trijiem", Part::Add(3)),
    ("trim", Part::Add(3)),
    ("trijos", Part::Add(3)),
    ("trijām", Part::Add(3)),
    ("trijās", Part::Add(3)),
    ("desmit", Part::Add(10)),
    ("desmits", Part::Add(10)),
    ("desmitu", Part::Add(10)),
    ("desmitiem", Part::Add(10)),
    ("vienpadsmit", Part::Add(11)),
    ("trīspadsmit", Part::Add(13)),
    ("trīsdesmit", Part::Add(30)),
    ("trīssimt", Part::Add(300)),
];

/// Latvian stems that take noun endings (`simts`, `simtiem`, `tūkstoši`, `miljonu`).
const LV_NOUNS: &[(&str, u64, &[&str])] = &[
    (
        "simt",
        100,
        &["", "s", "a", "am", "u", "ā", "i", "iem", "us", "os"],
    ),
    (
        "tūksto",
        1000,
        &[
            "tis", "š", "ša", "tim", "ti", "tī", "ši", "šu", "šiem", "šus", "šos",
        ],
    ),
    (
        "miljon",
        1_000_000,
        &["s", "a", "am", "u", "ā", "i", "iem", "us", "os"],
    ),
    (
        "miljard",
        1_000_000_000,
        &["s", "a", "am", "u", "ā", "i", "iem", "us", "os"],
    ),
    (
        "du",
        12,
        &[
            "cis", "ča", "cim", "ci", "cī", "či", "ču", "čiem", "čus", "čos",
        ],
    ),
];

/// Latvian ordinal stems and the endings of definite adjectives (`divdesmitais`,
/// `divdesmitā`, `divdesmitajā`…).
const LV_ORDINALS: &[(&str, u64)] = &[
    ("pirm", 1),
    ("otr", 2),
    ("treš", 3),
    ("ceturt", 4),
    ("piekt", 5),
    ("sest", 6),
    ("septīt", 7),
    ("astot", 8),
    ("devīt", 9),
    ("desmit", 10),
    ("simt", 100),
    ("tūkstoš", 1000),
    ("miljon", 1_000_000),
];

const ORDINAL_ENDINGS: &[&str] = &[
    "ais", "ā", "o", "ajam", "ajā", "ajai", "ie", "ās", "ajiem", "ajām", "os", "ajos", "ajās",
];

/// English number words.
const EN_WORDS: &[(&str, Part)] = &[
    ("one", Part::Add(1)),
    ("two", Part::Add(2)),
    ("three", Part::Add(3)),
    ("four", Part::Add(4)),
    ("five", Part::Add(5)),
    ("six", Part::Add(6)),
    ("seven", Part::Add(7)),
    ("eight", Part::Add(8)),
    ("nine", Part::Add(9)),
    ("ten", Part::Add(10)),
    ("eleven", Part::Add(11)),
    ("twelve", Part::Add(12)),
    ("thirteen", Part::Add(13)),
    ("fourteen", Part::Add(14)),
    ("fifteen", Part::Add(15)),
    ("sixteen", Part::Add(16)),
    ("seventeen", Part::Add(17)),
    ("eighteen", Part::Add(18)),
    ("nineteen", Part::Add(19)),
    ("twenty", Part::Add(20)),
    ("thirty", Part::Add(30)),
    ("forty", Part::Add(40)),
    ("fifty", Part::Add(50)),
    ("sixty", Part::Add(60)),
    ("seventy", Part::Add(70)),
    ("eighty", Part::Add(80)),
    ("ninety", Part::Add(90)),
    ("hundred", Part::Times(100)),
    ("thousand", Part::Times(1000)),
    ("million", Part::Times(1_000_000)),
    ("billion", Part::Times(1_000_000_000)),
    ("dozen", Part::Times(12)),
    ("first", Part::Add(1)),
    ("second", Part::Add(2)),
    ("third", Part::Add(3)),
    ("fourth", Part::Add(4)),
    ("fifth", Part::Add(5)),
    ("sixth", Part::Add(6)),
    ("seventh", Part::Add(7)),
    ("eighth", Part::Add(8)),
    ("ninth", Part::Add(9)),
    ("tenth", Part::Add(10)),
    ("eleventh", Part::Add(11)),
    ("twelfth", Part::Add(12)),
    ("thirteenth", Part::Add(13)),
    ("fourteenth", Part::Add(14)),
    ("fifteenth", Part::Add(15)),
    ("sixteenth", Part::Add(16)),
    ("seventeenth", Part::Add(17)),
    ("eighteenth", Part::Add(18)),
    ("nineteenth", Part::Add(19)),
    ("twentieth", Part::Add(20)),
    ("thirtieth", Part::Add(30)),
    ("fortieth", Part::Add(40)),
    ("fiftieth", Part::Add(50)),
    ("sixtieth", Part::Add(60)),
    ("seventieth", Part::Add(70)),
    ("eightieth", Part::Add(80)),
    ("ninetieth", Part::Add(90)),
    ("hundredth", Part::Times(100)),
    ("thousandth", Part::Times(1000)),
    ("millionth", Part::Times(1_000_000)),
];

/// What a word (lower case) is as a number, if it is one.
fn part(word: &str) -> Option<Part> {
    if let Some((_, p)) = LV_WORDS.iter().chain(EN_WORDS).find(|(w, _)| *w == word) {
        return Some(*p);
    }
    // English plurals of the big ones: "hundreds", "thousands", "dozens", "twenties".
    if let Some(singular) = word.strip_suffix('s')
        && let Some((_, p @ Part::Times(_))) = EN_WORDS.iter().find(|(w, _)| *w == singular)
    {
        return Some(*p);
    }
    for (stem, value) in LV_UNITS {
        if let Some(rest) = word.strip_prefix(stem) {
            match rest {
                "padsmit" => return Some(Part::Add(10 + value)),
                "desmit" => return Some(Part::Add(10 * value)),
                "simt" | "simts" => return Some(Part::Add(100 * value)),
                _ if CASE_ENDINGS.contains(&rest) => return Some(Part::Add(*value)),
                _ => {}
            }
            if let Some(ending) = rest.strip_prefix("desmit")
                && ORDINAL_ENDINGS.contains(&ending)
            {
                return Some(Part::Add(10 * value));
            }
            if let Some(ending) = rest.strip_prefix("padsmit")
                && ORDINAL_ENDINGS.contains(&ending)
            {
                return Some(Part::Add(10 + value));
            }
        }
    }
    for (prefix, value) in [("vien", 1), ("trīs", 3)] {
        if let Some(ending) = word
            .strip_prefix(prefix)
            .and_then(|r| r.strip_prefix("padsmit"))
            && ORDINAL_ENDINGS.contains(&ending)
        {
            return Some(Part::Add(10 + value));
        }
    }
    if let Some(ending) = word.strip_prefix("trīsdesmit")
        && ORDINAL_ENDINGS.contains(&ending)
    {
        return Some(Part::Add(30));
    }
    for (stem, value, endings) in LV_NOUNS {
        if let Some(rest) = word.strip_prefix(stem)
            && endings.contains(&rest)
        {
            return Some(if *value == 100 || *value >= 1000 || *value == 12 {
                Part::Times(*value)
            } else {
                Part::Add(*value)
            });
        }
    }
    for (stem, value) in LV_ORDINALS {
        if let Some(rest) = word.strip_prefix(stem)
            && ORDINAL_ENDINGS.contains(&rest)
        {
            return Some(if *value >= 100 {
                Part::Times(*value)
            } else {
                Part::Add(*value)
            });
        }
    }
    None
}

/// The parts of a word (`twenty-five` → two), if every part is a number word.
fn parts(word: &str) -> Option<Vec<Part>> {
    let lower = word.to_lowercase();
    lower.split('-').map(part).collect()
}

/// The value of number words in a row.
fn value(parts: &[Part]) -> u64 {
    let (mut total, mut current) = (0u64, 0u64);
    for part in parts {
        match *part {
            Part::Add(n) => current = current.saturating_add(n),
            Part::Times(n) if n < 1000 => current = current.max(1).saturating_mul(n),
            Part::Times(n) => {
                total = total.saturating_add(current.max(1).saturating_mul(n));
                current = 0;
            }
        }
    }
    total.saturating_add(current)
}

/// Every number written in words in a block whose value is above `limit`.
pub(super) fn number_words(block: &Block, words: &[Word<'_>], limit: usize) -> Vec<Finding> {
    let limit = u64::try_from(limit).unwrap_or(u64::MAX);
    let mut found = Vec::new();
    let mut i = 0;
    while i < words.len() {
        let Some(first) = words.get(i).and_then(|w| parts(w.core)) else {
            i += 1;
            continue;
        };
        let mut all = first;
        let mut last = i;
        // The next words belong to the number while only spaces (or "and"/"un" after a
        // hundred or thousand) stand between.
        while let Some(word) = words.get(last) {
            if !word.tail().is_empty() {
                break;
            }
            let mut next = last + 1;
            if matches!(all.last(), Some(Part::Times(_)))
                && let Some(joint) = words.get(next)
                && matches!(joint.raw, "and" | "un")
            {
                next += 1;
            }
            match words.get(next).filter(|w| w.head().is_empty()) {
                Some(w) => match parts(w.core) {
                    Some(more) => {
                        all.extend(more);
                        last = next;
                    }
                    None => break,
                },
                None => break,
            }
        }
        let number = value(&all);
        if number > limit
            && let (Some(a), Some(b)) = (words.get(i), words.get(last))
        {
            let range = a.range.start..b.range.end;
            found.push(
                Finding::new("easy-read-number-word", block.span(&range))
                    .with("text", block.text.get(range).unwrap_or(""))
                    .with("value", number)
                    .with("limit", limit),
            );
        }
        i = last + 1;
    }
    found
}

#[cfg(test)]
mod tests {
    use super::super::{prose, words};
    use super::*;

    fn run(body: &str, limit: usize) -> Vec<(String, String)> {
        let prose = prose::read(body, 0);
        let mut found = Vec::new();
        for block in &prose.blocks {
            let words = words::words(&block.text);
            for f in number_words(block, &words, limit) {
                found.push((f.args[0].1.clone(), f.args[1].1.clone()));
            }
        }
        found
    }

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(a, b)| (a.to_string(), b.to_string()))
            .collect()
    }

    #[test]
    fn latvian_number_words_in_their_forms() {
        assert_eq!(
            run(
                "Nāca divdesmit cilvēku. Simtiem cilvēku un tūkstoš prieku. Trīs simti ir daudz.",
                10
            ),
            pairs(&[
                ("divdesmit", "20"),
                ("Simtiem", "100"),
                ("tūkstoš", "1000"),
                ("Trīs simti", "300")
            ])
        );
        assert_eq!(
            run(
                "Divdesmit piecas mājas un divpadsmitajā stāvā. Septiņsimt. Divi tūkstoši.",
                10
            ),
            pairs(&[
                ("Divdesmit piecas", "25"),
                ("divpadsmitajā", "12"),
                ("Septiņsimt", "700"),
                ("Divi tūkstoši", "2000")
            ])
        );
    }

    #[test]
    fn english_number_words() {
        assert_eq!(
            run(
                "Twenty-five people, one hundred and five chairs, thousands of cups and a dozen eggs.",
                10
            ),
            pairs(&[
                ("Twenty-five", "25"),
                ("one hundred and five", "105"),
                ("thousands", "1000"),
                ("dozen", "12")
            ])
        );
    }

    #[test]
    fn small_numbers_pronouns_and_digits_stay_silent() {
        let silent = [
            "Viens no mums nāca. Vienā dienā bija desmit cilvēki.",
            "Divas mājas, trīs koki, pieci suņi un deviņas kaķenes.",
            "No one came. The second time ten people came.",
            "Pirmais un otrais stāvs. Nāc 20. maijā, 100 vietas.",
            "Viņš ir vienīgais. Otrs nāca. Simtgade un desmitgade.",
        ];
        for text in silent {
            assert_eq!(run(text, 10), Vec::new(), "{text}");
        }
        assert_eq!(run("desmit", 9), pairs(&[("desmit", "10")]));
        assert!(run("divdesmit", 20).is_empty());
    }
}
