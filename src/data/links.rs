//! Values that become links (`website`, `url`, `registration`, `image`…): only `https:`,
//! `http:`, `mailto:`, `tel:` or addresses without a scheme (paths inside the site) are
//! allowed, so a data file or front matter can never put `javascript:` or `data:` into
//! an `href`. The check itself, `values::links::disallowed_scheme`, is shared with front
//! matter and menus; here it runs over every link-like value of a data file.

use super::at_key;
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::values::links::{disallowed_scheme, is_link_key, scheme_error};
use yaml_serde::Value as Yaml;

/// Checks every link-like value of a data file, at any depth.
pub(crate) fn check_file(file: &DataFile) -> Vec<Diagnostic> {
    let mut problems = Vec::new();
    walk(file, &file.value, "", false, &mut problems);
    problems
}

fn walk(file: &DataFile, value: &Yaml, path: &str, link: bool, problems: &mut Vec<Diagnostic>) {
    match value {
        Yaml::String(s) if link => {
            if let Some(scheme) = disallowed_scheme(s) {
                let key = if path.is_empty() { "value" } else { path };
                let error = scheme_error(&scheme, s);
                let mut located = at_key(file, error.id, key);
                located.args.extend(error.args);
                problems.push(located);
            }
        }
        Yaml::Sequence(items) => {
            for (i, item) in items.iter().enumerate() {
                walk(file, item, &format!("{path}[{i}]"), link, problems);
            }
        }
        Yaml::Mapping(map) => {
            for (k, v) in map {
                let Some(k) = k.as_str() else { continue };
                let child = if path.is_empty() {
                    k.to_string()
                } else {
                    format!("{path}.{k}")
                };
                walk(file, v, &child, link || is_link_key(k), problems);
            }
        }
        Yaml::Tagged(tagged) => walk(file, &tagged.value, path, link, problems),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn link_values_in_data_files_are_checked_at_any_depth() {
        let text = "municipalities:\n  - id: a\n    website: javascript:alert(1)\n  - id: b\n    website: {lv: \"https://a.lv\", en: \" data:x\"}\nname: javascript:ok-as-text\n";
        let file = DataFile {
            name: "municipalities".into(),
            path: "content/data/municipalities.yaml".into(),
            text: text.into(),
            value: yaml_serde::from_str(text).unwrap(),
        };
        let problems = check_file(&file);
        let keys: Vec<_> = problems.iter().map(|d| d.arg("key").unwrap()).collect();
        assert_eq!(
            keys,
            ["municipalities[0].website", "municipalities[1].website.en"]
        );
        assert_eq!(&text[problems[0].span.clone().unwrap()], "website");
    }
}
