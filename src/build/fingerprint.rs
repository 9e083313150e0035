//! The fingerprint of a build's inputs: one XXH3-128 hash over everything the output is
//! made from, so that a rebuild whose fingerprint matches the one recorded by the last
//! build (and whose output is still as that build left it) may skip render and write:
//! its output would be byte for byte the same.
//!
//! It covers lapa itself (version, and the running program's size and time, so a
//! rebuilt binary never reuses an output), the build options that reach render (base
//! URL, drafts; "now" only through what it decides, `Site::time_facts`), every text the
//! load read (site settings, markdown, data, locales, templates, shortcodes) by path,
//! and the path, size and time of every copied or processed file (theme static files,
//! bundle assets, images; the `images` settings are in `site.yaml`'s text).

use crate::diagnostics::SourceTexts;
use crate::model::Site;
use crate::model::outputs::OutputKind;
use crate::options::BuildOptions;
use std::fs;
use std::time::UNIX_EPOCH;
use xxhash_rust::xxh3::Xxh3;

/// The fingerprint (32 hex digits); `None` when lapa cannot tell which program runs
/// (then the build is never skipped).
pub(super) fn fingerprint(
    options: &BuildOptions,
    texts: &SourceTexts,
    site: &Site,
) -> Option<String> {
    let mut hasher = Xxh3::new();
    let mut field = |bytes: &[u8]| {
        // Length first, so that no two different inputs run together alike.
        hasher.update(&(bytes.len() as u64).to_le_bytes());
        hasher.update(bytes);
    };
    field(concat!("lapa ", env!("CARGO_PKG_VERSION")).as_bytes());
    let program = fs::metadata(std::env::current_exe().ok()?).ok()?;
    field(&program.len().to_le_bytes());
    field(modified(&program)?.as_bytes());
    field(options.base_url.as_deref().unwrap_or("\u{0}").as_bytes());
    field(&[u8::from(options.drafts)]);
    let mut theme_mentions_now = false;
    let texts = texts.sorted();
    field(&(texts.len() as u64).to_le_bytes());
    for (path, text) in texts {
        field(path.as_os_str().as_encoded_bytes());
        field(text.as_bytes());
        if path.starts_with("themes") && text.contains("now") {
            theme_mentions_now = true;
        }
    }
    for output in site.outputs.iter() {
        if let OutputKind::Asset { source }
        | OutputKind::Static { source }
        | OutputKind::Image { source } = &output.kind
        {
            field(output.path.as_bytes());
            field(source.as_os_str().as_encoded_bytes());
            match fs::metadata(source) {
                Ok(meta) => {
                    field(&meta.len().to_le_bytes());
                    field(modified(&meta).unwrap_or_default().as_bytes());
                }
                Err(_) => field(b"\0missing"),
            }
        }
    }
    field(&site.time_facts(theme_mentions_now).to_le_bytes());
    Some(format!("{:032x}", hasher.digest128()))
}

/// A file's modification time, to the nanosecond, as text.
fn modified(meta: &fs::Metadata) -> Option<String> {
    let time = meta.modified().ok()?;
    Some(match time.duration_since(UNIX_EPOCH) {
        Ok(d) => format!("{}.{:09}", d.as_secs(), d.subsec_nanos()),
        Err(before) => format!("-{:?}", before.duration()),
    })
}
