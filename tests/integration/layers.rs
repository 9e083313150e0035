//! The modules of `src/` stand in the order written in `src/lib.rs`'s crate doc, and
//! each uses only the ones before it: every `crate::<module>` path (in `use` lines and
//! in code, `crate::{a, b}` groups included) is read from the sources and checked.
//! Paths within one module are its own business and not checked here.

use std::path::{Path, PathBuf};

/// The module order from the crate doc: the `//!` lines that hold `→`.
fn order(lib: &str) -> Vec<String> {
    lib.lines()
        .filter_map(|l| l.strip_prefix("//!"))
        .filter(|l| l.contains('→'))
        .flat_map(|l| l.split('→'))
        .map(|m| m.trim().to_string())
        .filter(|m| !m.is_empty())
        .collect()
}

/// The top-level module a file of `src/` belongs to (`src/model/pages.rs` → `model`).
fn module_of(src: &Path, file: &Path) -> Option<String> {
    let first = file.strip_prefix(src).ok()?.components().next()?;
    let name = first.as_os_str().to_str()?;
    Some(name.strip_suffix(".rs").unwrap_or(name).to_string())
}

/// Every module named by a `crate::` path in a text, with its line (1-based).
fn references(text: &str) -> Vec<(usize, String)> {
    let mut found = Vec::new();
    for (number, line) in text.lines().enumerate() {
        let code = line.trim_start();
        if code.starts_with("//") {
            continue;
        }
        let mut rest = code;
        while let Some(at) = rest.find("crate::") {
            // `$crate::` and `other_crate::` are not this crate's own paths.
            let before = &rest[..at];
            rest = &rest[at + "crate::".len()..];
            if before.ends_with(|c: char| c == '$' || c.is_alphanumeric() || c == '_') {
                continue;
            }
            if rest.starts_with('{') {
                found.extend(
                    group(text, number, rest)
                        .into_iter()
                        .map(|m| (number + 1, m)),
                );
            } else {
                let name: String = rest
                    .chars()
                    .take_while(|c| c.is_alphanumeric() || *c == '_')
                    .collect();
                found.push((number + 1, name));
            }
        }
    }
    found
}

/// The first names of the items of a `crate::{…}` group, which may run over lines.
fn group(text: &str, line: usize, start: &str) -> Vec<String> {
    let after: String = std::iter::once(start)
        .chain(text.lines().skip(line + 1))
        .collect::<Vec<_>>()
        .join("\n");
    // The group's text at its own level, nested groups left out.
    let mut own = String::new();
    let mut depth = 0;
    for c in after.chars() {
        match c {
            '{' => depth += 1,
            '}' if depth == 1 => break,
            '}' => depth -= 1,
            _ if depth == 1 => own.push(c),
            _ => {}
        }
    }
    let mut names: Vec<String> = own
        .split(',')
        .map(|item| {
            item.trim()
                .chars()
                .take_while(|c| c.is_alphanumeric() || *c == '_')
                .collect()
        })
        .collect();
    names.retain(|n| !n.is_empty() && n != "self");
    names
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .map(walkdir::DirEntry::into_path)
        .filter(|p| p.extension().is_some_and(|e| e == "rs"))
        .collect();
    files.sort();
    files
}

#[test]
fn no_module_uses_a_later_one() {
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    let lib = std::fs::read_to_string(src.join("lib.rs")).unwrap();
    let order = order(&lib);
    assert!(order.len() > 5, "no module order in src/lib.rs: {order:?}");
    let rank = |m: &str| order.iter().position(|o| o == m);
    let mut arrows = Vec::new();
    for file in rust_files(&src) {
        let Some(module) = module_of(&src, &file) else {
            continue;
        };
        if module == "lib" || module == "main" {
            continue;
        }
        let Some(own) = rank(&module) else {
            arrows.push(format!(
                "{}: module `{module}` is not in the order",
                file.display()
            ));
            continue;
        };
        let text = std::fs::read_to_string(&file).unwrap();
        for (line, target) in references(&text) {
            if target == module {
                continue;
            }
            match rank(&target) {
                Some(theirs) if theirs < own => {}
                Some(_) => arrows.push(format!(
                    "{}:{line}: `{module}` uses `{target}`, which comes after it",
                    file.strip_prefix(&src).unwrap_or(&file).display()
                )),
                None => arrows.push(format!(
                    "{}:{line}: `crate::{target}` is not a module in the order",
                    file.strip_prefix(&src).unwrap_or(&file).display()
                )),
            }
        }
    }
    assert!(arrows.is_empty(), "arrows back:\n{}", arrows.join("\n"));
}

#[test]
fn paths_are_read_in_groups_and_over_lines() {
    let text = "use crate::{i18n, load::{self, X},\n    model};\nlet x = crate::data::f();\n// crate::cli in a comment\nlet m = $crate::x;\n";
    let found = references(text);
    assert_eq!(
        found,
        [
            (1, "i18n".to_string()),
            (1, "load".to_string()),
            (1, "model".to_string()),
            (3, "data".to_string())
        ]
    );
}

#[test]
fn media_stands_between_data_and_i18n() {
    let lib =
        std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("src/lib.rs")).unwrap();
    let order = order(&lib);
    let rank = |m: &str| order.iter().position(|o| o == m).unwrap();
    assert_eq!(rank("media"), rank("data") + 1);
    assert_eq!(rank("i18n"), rank("media") + 1);
}
