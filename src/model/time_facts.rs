//! What the build's "now" decides in the output, as one hash: the part of a build's
//! inputs that the clock contributes. A build whose other inputs are unchanged may be
//! skipped only when these facts are unchanged too (see `build::fingerprint`), so the
//! raw "now" (which moves every run) is never hashed, only what it decides.

use super::Site;
use super::outputs::OutputKind;
use xxhash_rust::xxh3::Xxh3;

impl Site {
    /// The XXH3-128 hash of everything "now" decides in the rendered site:
    ///
    /// - for every event page: whether it is past (lists of upcoming and past events, the
    ///   `past` flag of event views) and which of its `updated`/`date` is the newest not
    ///   after "now" (its calendar entry's DTSTAMP);
    /// - for a feed none of whose entries has a date (its `updated` falls back to "now"):
    ///   "now" itself, to the second;
    /// - when `theme_mentions_now` (a template or shortcode text contains `now`, so it may
    ///   show the `now` template variable): "now" to the minute, as that variable has it.
    ///
    /// Any new use of `now` in the model or in render must add what it decides here, or
    /// a rebuild would keep output that the new "now" changes.
    pub(crate) fn time_facts(&self, theme_mentions_now: bool) -> u128 {
        let mut hasher = Xxh3::new();
        for page in self.pages() {
            let Some(event) = page.event() else {
                continue;
            };
            let stamp = [page.updated, page.date]
                .into_iter()
                .position(|d| d.is_some_and(|d| d.datetime <= self.now));
            let stamp = stamp.map_or(u8::MAX, |i| u8::try_from(i).unwrap_or(u8::MAX));
            hasher.update(page.key.to_string().as_bytes());
            hasher.update(&[u8::from(event.is_past(self.now)), stamp, 0]);
        }
        if self.feed_falls_back_to_now() {
            hasher.update(b"feed now ");
            hasher.update(self.now.to_string().as_bytes());
        }
        if theme_mentions_now {
            hasher.update(b"template now ");
            hasher.update(self.now.strftime("%Y-%m-%dT%H:%M").to_string().as_bytes());
        }
        hasher.digest128()
    }

    /// Whether some feed has no dated entry, so that its `updated` is "now".
    fn feed_falls_back_to_now(&self) -> bool {
        self.outputs.iter().any(|output| {
            let items = match (&output.kind, &output.shows) {
                (OutputKind::NewsFeed { lang }, _) => self.news(lang).collect::<Vec<_>>(),
                (OutputKind::PageFeed, Some(key)) => match self.get(key) {
                    Some(page) => self.news_among(self.pages_of(&page.children)),
                    None => Vec::new(),
                },
                _ => return false,
            };
            !items
                .iter()
                .take(self.config.feed_limit)
                .any(|p| p.updated.is_some() || p.date.is_some())
        })
    }
}

#[cfg(test)]
mod tests {
    use super::super::{ModelOptions, Site};
    use std::fs;
    use std::path::Path;

    /// The model of the site at `root` at a "now".
    fn site_at(root: &Path, now: &str) -> Site {
        let (sources, _) = crate::load::load(root, None).expect("the site loads");
        let options = ModelOptions {
            drafts: false,
            now: crate::options::resolve_now(Some(now), None).expect("now"),
            embeds: false,
            search: false,
        };
        super::super::build(sources, &options, None).0
    }

    /// A copy of the `news` fixture whose every feed has a dated entry (its municipality
    /// without news, whose feed would be dated "now", left out).
    fn news_with_dated_feeds() -> tempfile::TempDir {
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
        let dir = tempfile::tempdir().expect("temp");
        for entry in walkdir::WalkDir::new(&fixture) {
            let entry = entry.expect("entry");
            let target = dir
                .path()
                .join(entry.path().strip_prefix(&fixture).expect("below"));
            if entry.file_type().is_dir() {
                fs::create_dir_all(&target).expect("folder");
            } else {
                fs::copy(entry.path(), &target).expect("copy");
            }
        }
        fs::write(
            dir.path().join("content/data/municipalities.yaml"),
            "municipalities:\n  - id: ludza\n    name: {lv: Ludzas novads, en: Ludza Municipality}\n",
        )
        .expect("write");
        dir
    }

    #[test]
    fn now_counts_only_where_it_changes_the_output() {
        let dir = news_with_dated_feeds();
        let facts = |now: &str, theme_mentions_now: bool| {
            site_at(dir.path(), now).time_facts(theme_mentions_now)
        };
        // `pasakumi/tagad` runs on 2024-06-01 from 09:00 to 17:00, the fixture's last
        // event; nothing else changes with "now" on that day.
        let morning = facts("2024-06-01T10:00", false);
        assert_eq!(
            morning,
            facts("2024-06-01T16:30", false),
            "a quiet afternoon"
        );
        assert_ne!(
            morning,
            facts("2024-06-01T17:30", false),
            "the event is over"
        );
        // A theme that shows `now` sees every minute.
        assert_ne!(
            facts("2024-06-01T10:00", true),
            facts("2024-06-01T10:01", true)
        );
        // A feed without a dated entry is dated "now": every moment counts.
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
        assert_ne!(
            site_at(&fixture, "2024-06-01T10:00").time_facts(false),
            site_at(&fixture, "2024-06-01T16:30").time_facts(false)
        );
    }
}
