//! CLDR plural categories from ICU4X. The `fluent` crate's own rules are out of date for
//! Latvian (111 and 1.5 land in the wrong category), so every plural choice in lapa goes
//! through here instead.

use fixed_decimal::Decimal;
use icu_locale_core::Locale;
use icu_plurals::{PluralCategory, PluralRules};
use std::str::FromStr;

/// The cardinal plural rules of one language.
pub(super) struct Plurals {
    rules: PluralRules,
}

impl Plurals {
    /// Loads the rules of a locale; `None` when CLDR has none for it.
    pub(super) fn new(locale: &Locale) -> Option<Self> {
        PluralRules::try_new_cardinal(locale.into())
            .ok()
            .map(|rules| Self { rules })
    }

    /// The category name (`zero`, `one`, `two`, `few`, `many`, `other`) of a number.
    /// The number is taken as written, so `1.5` and `1.50` may differ, as CLDR says.
    pub(super) fn category(&self, number: &str) -> &'static str {
        let Ok(decimal) = Decimal::from_str(number) else {
            return "other";
        };
        match self.rules.category_for(&decimal) {
            PluralCategory::Zero => "zero",
            PluralCategory::One => "one",
            PluralCategory::Two => "two",
            PluralCategory::Few => "few",
            PluralCategory::Many => "many",
            PluralCategory::Other => "other",
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latvian_follows_current_cldr() {
        let lv = Plurals::new(&"lv".parse().unwrap()).unwrap();
        let cases = [
            ("0", "zero"),
            ("1", "one"),
            ("2", "other"),
            ("10", "zero"),
            ("11", "zero"),
            ("19", "zero"),
            ("21", "one"),
            ("22", "other"),
            ("30", "zero"),
            ("111", "zero"),
            ("211", "zero"),
            ("1.5", "other"),
        ];
        for (number, expected) in cases {
            assert_eq!(lv.category(number), expected, "lv plural of {number}");
        }
    }
}
