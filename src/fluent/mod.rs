//! Fluent bundles whose plural choices and numbers follow CLDR (ICU4X) rather than the
//! `fluent` crate's built-in rules. Translators write ordinary Fluent
//! (`{ $count -> [one] … *[other] … }`); at load time every selector on a variable is
//! rewritten to `PLURAL($var)`, a function backed by `Plurals`, which returns the CLDR
//! category for numbers and passes any other value through unchanged.
//!
//! A leaf below every other module: lapa's own messages (`diagnostics`) and the site's
//! interface texts (`load` parses the `.ftl` files, `i18n` builds the bundles) both use it.

mod plurals;

use fixed_decimal::Decimal;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::FluentNumber;
use fluent_bundle::{FluentResource, FluentValue};
use fluent_syntax::ast;
use icu_decimal::DecimalFormatter;
use icu_locale_core::Locale;
use plurals::Plurals;
use std::str::FromStr;
use std::sync::Arc;

/// A bundle that is safe to share between rendering threads.
pub(crate) type Bundle = FluentBundle<FluentResource>;

/// A new empty bundle for a language, with the CLDR-backed `PLURAL` function and
/// number formatter installed.
pub(crate) fn new_bundle(lang: &str, locale: &Locale) -> Bundle {
    let langid: unic_langid::LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    bundle.set_use_isolating(false);
    bundle.set_formatter(Some(format_number));
    if let Some(plurals) = Plurals::new(locale).map(Arc::new) {
        let _ = bundle.add_function("PLURAL", move |positional, _named| {
            match positional.first() {
                Some(FluentValue::Number(n)) => {
                    FluentValue::from(plurals.category(&number_text(n)))
                }
                Some(other) => other.clone(),
                None => FluentValue::None,
            }
        });
    }
    bundle
}

/// Rewrites selectors on variables to go through `PLURAL()`, unless a variant key is a
/// number (an exact match such as `[0]`, which must see the number itself).
fn rewrite_plural_selectors(resource: &mut ast::Resource<String>) {
    for entry in &mut resource.body {
        match entry {
            ast::Entry::Message(m) => {
                m.value.iter_mut().for_each(rewrite_pattern);
                m.attributes
                    .iter_mut()
                    .for_each(|a| rewrite_pattern(&mut a.value));
            }
            ast::Entry::Term(t) => {
                rewrite_pattern(&mut t.value);
                t.attributes
                    .iter_mut()
                    .for_each(|a| rewrite_pattern(&mut a.value));
            }
            _ => {}
        }
    }
}

fn rewrite_pattern(pattern: &mut ast::Pattern<String>) {
    for element in &mut pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            rewrite_expression(expression);
        }
    }
}

fn rewrite_expression(expression: &mut ast::Expression<String>) {
    let ast::Expression::Select { selector, variants } = expression else {
        return;
    };
    for variant in variants.iter_mut() {
        rewrite_pattern(&mut variant.value);
    }
    let numeric_key = variants
        .iter()
        .any(|v| matches!(v.key, ast::VariantKey::NumberLiteral { .. }));
    if numeric_key {
        return;
    }
    if let ast::InlineExpression::VariableReference { .. } = selector {
        let variable = std::mem::replace(
            selector,
            ast::InlineExpression::StringLiteral {
                value: String::new(),
            },
        );
        *selector = ast::InlineExpression::FunctionReference {
            id: ast::Identifier {
                name: "PLURAL".to_string(),
            },
            arguments: ast::CallArguments {
                positional: vec![variable],
                named: vec![],
            },
        };
    }
}

/// A number as written, honouring a requested count of fraction digits.
fn number_text(n: &FluentNumber) -> String {
    match n.options.minimum_fraction_digits {
        Some(digits) => format!("{:.*}", digits, n.value),
        None => format!("{}", n.value),
    }
}

/// Numbers inside messages in the language's own format (`1 234,5` in Latvian).
fn format_number(
    value: &FluentValue,
    memoizer: &intl_memoizer::concurrent::IntlLangMemoizer,
) -> Option<String> {
    let FluentValue::Number(n) = value else {
        return None;
    };
    let decimal = Decimal::from_str(&number_text(n)).ok()?;
    memoizer
        .with_try_get::<NumberFormatter, _, _>((), |f| f.0.format(&decimal).to_string())
        .ok()
}

struct NumberFormatter(DecimalFormatter);

impl intl_memoizer::Memoizable for NumberFormatter {
    type Args = ();
    type Error = ();
    fn construct(lang: unic_langid::LanguageIdentifier, _: ()) -> Result<Self, ()> {
        let locale: Locale = lang.to_string().parse().map_err(|_| ())?;
        DecimalFormatter::try_new((&locale).into(), Default::default())
            .map(Self)
            .map_err(|_| ())
    }
}

/// Parses Fluent text into a resource with CLDR plural selectors. On a syntax error,
/// returns the byte ranges of the broken entries.
pub(crate) fn parse_resource(text: &str) -> Result<FluentResource, Vec<std::ops::Range<usize>>> {
    let mut resource = match fluent_syntax::parser::parse(text.to_string()) {
        Ok(resource) => resource,
        Err((_, errors)) => return Err(errors.into_iter().map(|e| e.pos).collect()),
    };
    rewrite_plural_selectors(&mut resource);
    let text = fluent_syntax::serializer::serialize(&resource);
    FluentResource::try_new(text).map_err(|(_, errors)| errors.into_iter().map(|e| e.pos).collect())
}

/// A syntax error in a Fluent file: where, what kind, and the key of the broken entry
/// when it can be read.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct SyntaxError {
    /// Byte offset in the text.
    pub at: usize,
    /// What is wrong, as a message selector: `equals`, `value`, `brace`, `variant`,
    /// `default-variant`, `quote` or `other`.
    pub problem: &'static str,
    /// The id the broken entry starts with, if any.
    pub key: Option<String>,
}

/// Parses Fluent text with error recovery: a broken entry is left out and reported, the
/// rest is kept, so one slip does not make every message of the file look missing.
pub(crate) fn parse_recovering(text: &str) -> (FluentResource, Vec<SyntaxError>) {
    let (mut resource, errors) = match fluent_syntax::parser::parse(text.to_string()) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (resource, errors),
    };
    let errors = errors
        .into_iter()
        .map(|e| SyntaxError {
            at: match (&e.kind, &e.slice) {
                // An unclosed brace is reported where the next line starts: point at the
                // brace itself.
                (fluent_syntax::parser::ErrorKind::ExpectedToken('}'), Some(slice)) => {
                    unclosed_brace(text, slice.start, e.pos.start).unwrap_or(e.pos.start)
                }
                _ => e.pos.start,
            }
            .min(text.len()),
            problem: problem_of(&e.kind),
            key: e
                .slice
                .and_then(|slice| text.get(slice))
                .and_then(leading_id),
        })
        .collect();
    resource
        .body
        .retain(|e| !matches!(e, ast::Entry::Junk { .. }));
    rewrite_plural_selectors(&mut resource);
    let serialized = fluent_syntax::serializer::serialize(&resource);
    let resource = match FluentResource::try_new(serialized) {
        Ok(r) => r,
        Err((r, _)) => r,
    };
    (resource, errors)
}

fn problem_of(kind: &fluent_syntax::parser::ErrorKind) -> &'static str {
    use fluent_syntax::parser::ErrorKind as K;
    match kind {
        K::ExpectedToken('=') => "equals",
        K::ExpectedMessageField { .. } | K::ExpectedTermField { .. } | K::MissingValue => "value",
        K::ExpectedToken('}') | K::UnbalancedClosingBrace | K::ExpectedInlineExpression => "brace",
        K::MissingDefaultVariant | K::MultipleDefaultVariants => "default-variant",
        K::ExpectedToken('[' | ']' | '*') => "variant",
        K::UnterminatedStringLiteral => "quote",
        _ => "other",
    }
}

/// The last `{` between two offsets that is not closed before the second.
fn unclosed_brace(text: &str, from: usize, to: usize) -> Option<usize> {
    let mut open = Vec::new();
    for (i, c) in text.get(from..to)?.char_indices() {
        match c {
            '{' => open.push(from + i),
            '}' => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// The message id a broken entry starts with (`hello` in `hello Sveiki`).
fn leading_id(junk: &str) -> Option<String> {
    let line = junk
        .lines()
        .find(|l| !l.trim().is_empty() && !l.starts_with('#'))?;
    let first = line.chars().next()?;
    if !first.is_ascii_alphabetic() {
        return None;
    }
    let end = line
        .find(|c: char| !(c.is_ascii_alphanumeric() || c == '_' || c == '-'))
        .unwrap_or(line.len());
    Some(line[..end].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn format(lang: &str, text: &str, count: f64) -> String {
        let mut bundle = new_bundle(lang, &lang.parse().unwrap());
        bundle.add_resource(parse_resource(text).unwrap()).unwrap();
        let message = bundle.get_message("m").unwrap();
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("n", count);
        let mut errors = vec![];
        bundle
            .format_pattern(message.value().unwrap(), Some(&args), &mut errors)
            .into_owned()
    }

    #[test]
    fn latvian_plurals_follow_cldr_not_fluent() {
        let text =
            "m = { $n ->\n    [zero] Z { $n }\n    [one] O { $n }\n   *[other] X { $n }\n}\n";
        assert_eq!(format("lv", text, 111.0), "Z 111");
        assert_eq!(format("lv", text, 21.0), "O 21");
        assert_eq!(format("lv", text, 1.5), "X 1,5");
        // CLDR: Latvian groups only from five digits on.
        assert_eq!(format("lv", text, 1234.0), "X 1234");
        assert_eq!(format("lv", text, 12345.0), "X 12\u{a0}345");
    }

    #[test]
    fn one_slip_keeps_the_other_messages() {
        let text = "a = A\nhello Sveiki\nb = B { $n\nc = C\n";
        let (resource, errors) = parse_recovering(text);
        let ids: Vec<&str> = resource
            .entries()
            .filter_map(|e| match e {
                ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        assert_eq!(ids, ["a", "c"]);
        assert_eq!(errors.len(), 2);
        assert_eq!(errors[0].problem, "equals");
        assert_eq!(errors[0].key.as_deref(), Some("hello"));
        assert_eq!(errors[1].problem, "brace");
        assert_eq!(&text[errors[1].at..], "{ $n\nc = C\n");
        assert_eq!(errors[1].key.as_deref(), Some("b"));
    }

    #[test]
    fn exact_number_keys_still_match() {
        let text = "m = { $n ->\n    [0] none\n   *[other] some\n}\n";
        assert_eq!(format("en", text, 0.0), "none");
        assert_eq!(format("en", text, 3.0), "some");
    }
}
