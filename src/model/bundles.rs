//! Bundle files: the files a page's folder holds, which are published next to the page.
//! Relative image and document links in markdown and the lead `image:` must name one of
//! them exactly (letter case included: web servers tell `Foto.JPG` from `foto.jpg`).

use super::paths::percent_decode;
use super::{AssetCopy, Page, Site};
use crate::diagnostics::Diagnostic;
use std::collections::HashSet;

/// What a relative address in a page's markdown leads to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) enum BundleFile {
    /// Not a file address lapa checks (an external URL, `@/`, `#anchor`, a site path,
    /// or a link to a page).
    NotChecked,
    /// A published file.
    Exists,
    /// No file there.
    Missing {
        /// The file name the address asks for, decoded (`foto jauna.jpg`).
        name: String,
        /// The files that are published in that folder.
        nearby: Vec<String>,
        /// A file whose name differs only in letter case.
        case_match: Option<String>,
    },
    /// The address climbs out of the site with `..`.
    Outside,
}

impl Site {
    /// Checks a markdown address of the page at `page_path` (`lv/jaunumi/x/`). Images are
    /// always files; a link is one when its name has an extension (`plans.pdf`), except
    /// `.html` pages.
    pub(crate) fn bundle_file(&self, page_path: &str, dest: &str, image: bool) -> BundleFile {
        let Some(relative) = relative_file(dest) else {
            return BundleFile::NotChecked;
        };
        let decoded = percent_decode(relative);
        let name = decoded.rsplit('/').next().unwrap_or("");
        let is_file = name
            .rsplit_once('.')
            .is_some_and(|(stem, ext)| !stem.is_empty() && !matches!(ext, "html" | "htm"));
        if !image && !is_file {
            return BundleFile::NotChecked;
        }
        let Some(output) = join(page_path, &decoded) else {
            return BundleFile::Outside;
        };
        if self.lookups.assets.contains(&output) {
            return BundleFile::Exists;
        }
        missing(&output, self.lookups.assets.iter())
    }
}

/// The lead `image:` of every page must be a file of its own bundle.
pub(super) fn check_lead_images(
    pages: &[Page],
    assets: &[AssetCopy],
    problems: &mut Vec<Diagnostic>,
) {
    let published: HashSet<&str> = assets.iter().map(|a| a.output.as_str()).collect();
    for page in pages {
        let Some(image) = &page.source.front().image else {
            continue;
        };
        let at = || page.source.key_span("image");
        let outside = image.contains(':')
            || image.starts_with(['/', '\\'])
            || image.split(['/', '\\']).any(|part| part == "..");
        if outside {
            problems.push(
                Diagnostic::error("lead-image-outside-bundle")
                    .in_file(page.source.file())
                    .at(at())
                    .with("image", image),
            );
            continue;
        }
        let wanted = format!("{}{}", page.path, image.trim_start_matches("./"));
        if published.contains(wanted.as_str()) {
            continue;
        }
        if let BundleFile::Missing {
            nearby, case_match, ..
        } = missing_in(&wanted, published.iter().copied())
        {
            problems.push(missing_diagnostic(
                "lead-image-missing",
                image,
                &nearby,
                case_match,
                page,
            ));
        }
    }
}

/// A diagnostic for a missing file: the id, or `bundle-file-case` when only the letter
/// case differs; `files` lists what there is.
fn missing_diagnostic(
    id: &'static str,
    image: &str,
    nearby: &[String],
    case_match: Option<String>,
    page: &Page,
) -> Diagnostic {
    let d = match case_match {
        Some(actual) => Diagnostic::error("bundle-file-case").with("actual", actual),
        None => Diagnostic::error(id),
    };
    d.in_file(page.source.file())
        .at(page.source.key_span("image"))
        .with("file", image)
        .with("files", files_list(nearby))
}

/// The file names for a hint: `a.jpg, b.pdf`, or `-` when there are none.
pub(crate) fn files_list(nearby: &[String]) -> String {
    if nearby.is_empty() {
        "-".to_string()
    } else {
        nearby.join(", ")
    }
}

/// The `Missing` answer for an output path: the files published in its folder.
fn missing<'a>(output: &str, published: impl Iterator<Item = &'a String>) -> BundleFile {
    missing_in(output, published.map(String::as_str))
}

fn missing_in<'a>(output: &str, published: impl Iterator<Item = &'a str>) -> BundleFile {
    let (folder, name) = match output.rsplit_once('/') {
        Some((f, n)) => (format!("{f}/"), n),
        None => (String::new(), output),
    };
    let mut nearby: Vec<String> = published
        .filter_map(|p| p.strip_prefix(folder.as_str()))
        .filter(|rest| !rest.contains('/'))
        .map(str::to_string)
        .collect();
    nearby.sort();
    let case_match = nearby
        .iter()
        .find(|n| n.to_lowercase() == name.to_lowercase())
        .cloned();
    BundleFile::Missing {
        name: name.to_string(),
        nearby,
        case_match,
    }
}

/// The output path a relative address of the page at `page_path` names (`None` for
/// other addresses and those that climb out of the site).
pub(crate) fn output_of(page_path: &str, dest: &str) -> Option<String> {
    join(page_path, &percent_decode(relative_file(dest)?))
}

/// The path part of a relative address (`foto.jpg?v=2#x` → `foto.jpg`); `None` for
/// anything else: external (`https:`, `mailto:`), `@/`, `#…`, `?…`, site paths (`/…`).
fn relative_file(dest: &str) -> Option<&str> {
    if dest.is_empty() || dest.starts_with(['/', '#', '?', '@', '\\']) {
        return None;
    }
    let path = dest.split(['?', '#']).next().unwrap_or("");
    // A scheme: letters before the first colon, before any slash.
    let first = path.split('/').next().unwrap_or("");
    if first.contains(':') || path.is_empty() {
        return None;
    }
    Some(path)
}

/// `lv/jaunumi/x/` + `../y/foto.jpg` → `lv/jaunumi/y/foto.jpg`; `None` above the root.
fn join(base: &str, relative: &str) -> Option<String> {
    let mut parts: Vec<&str> = base.split('/').filter(|s| !s.is_empty()).collect();
    for part in relative.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                parts.pop()?;
            }
            other => parts.push(other),
        }
    }
    Some(parts.join("/"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_addresses_are_files_and_others_are_not() {
        assert_eq!(relative_file("foto.jpg?v=2#x"), Some("foto.jpg"));
        assert_eq!(relative_file("../x/a.pdf"), Some("../x/a.pdf"));
        for other in [
            "https://a.lv/x.jpg",
            "mailto:a@b.lv",
            "@/par.md",
            "#x",
            "/x.jpg",
            "",
        ] {
            assert_eq!(relative_file(other), None, "{other}");
        }
    }

    #[test]
    fn paths_join_and_never_climb_out() {
        assert_eq!(
            join("lv/a/b/", "../c/d.jpg").as_deref(),
            Some("lv/a/c/d.jpg")
        );
        assert_eq!(join("lv/", "../../x.jpg"), None);
        assert_eq!(percent_decode("foto%20jauna.jpg"), "foto jauna.jpg");
        assert_eq!(percent_decode("a%zz%C5%A1"), "a%zzš");
        assert_eq!(percent_decode("%FF"), "%FF");
    }

    #[test]
    fn a_missing_file_names_its_neighbours_and_a_case_twin() {
        let published = [
            "lv/x/Foto.JPG",
            "lv/x/plans.pdf",
            "lv/y/z.jpg",
            "lv/x/sub/a.jpg",
        ];
        let BundleFile::Missing {
            nearby, case_match, ..
        } = missing_in("lv/x/foto.jpg", published.into_iter())
        else {
            panic!("missing");
        };
        assert_eq!(nearby, vec!["Foto.JPG", "plans.pdf"]);
        assert_eq!(case_match.as_deref(), Some("Foto.JPG"));
    }
}
