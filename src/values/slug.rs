//! URL segments from titles and file names: lower case, Latvian letters transliterated
//! (ā→a, č→c … ž→z), anything else that is not a letter or digit becomes `-`. A slug is
//! one path segment and can never contain `/`, `\` or `..`.

/// The URL segment for a name; empty when nothing usable is left.
pub(crate) fn slugify(name: &str) -> String {
    slug::slugify(name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latvian_letters_are_transliterated() {
        assert_eq!(
            slugify("Sabiedrībā balstīti pakalpojumi"),
            "sabiedriba-balstiti-pakalpojumi"
        );
        assert_eq!(
            slugify("ĀČĒĢĪĶĻŅŠŪŽ āčēģīķļņšūž"),
            "acegiklnsuz-acegiklnsuz"
        );
        assert_eq!(slugify("../../etc/passwd"), "etc-passwd");
        assert_eq!(slugify("!!!"), "");
    }
}
