//! The incremental rebuild's promise, tested on generated edit sequences: on the `news`
//! fixture (news in two languages with tags, municipalities and pagination by 2, events,
//! data files, a bundle, a shortcode; easy-to-read versions written, changed and removed),
//! after every edit `Live::apply` gives exactly the
//! outputs of a fresh full in-memory build, and names exactly the paths whose bytes
//! changed or that are gone. An edit that breaks the site is an error that keeps the last
//! good outputs; the edit that fixes it is measured against those. The theme has a
//! search page, so each language's search index is rebuilt and compared too.

use crate::support::Site;
use lapa::probe::{Live, build_files};
use proptest::prelude::*;
use proptest::test_runner::{Config, RngAlgorithm, TestRng, TestRunner};
use std::collections::BTreeMap;
use std::path::PathBuf;

/// A news page as the test writes it.
#[derive(Debug, Clone)]
struct NewsPage {
    /// Relative to the site folder.
    path: String,
    title: usize,
    date: usize,
    tags: Vec<usize>,
    municipalities: Vec<usize>,
    summary: Option<usize>,
    body: usize,
    draft: bool,
    broken: bool,
}

const TITLES: &[&str] = &[
    "Pirmā ziņa",
    "Otrā ziņa",
    "Jauna ziņa",
    "Ābeces ziņa",
    "Zīle",
];
const DATES: &[&str] = &[
    "2023-01-10",
    "2023-02-03",
    "2023-02-03",
    "2023-06-30",
    "2022-12-31",
    "2024-01-14",
];
const TAGS: &[&str] = &["Sadarbība", "Ludza", "Izglītība", "sadarbiba"];
const MUNICIPALITIES: &[&str] = &["ludza", "rezekne"];
const SUMMARIES: &[&str] = &[
    "Kopsavilkums.",
    "Cits *kopsavilkums*.",
    "Saite uz [b](@/jaunumi/b.md).",
];
const BODIES: &[&str] = &[
    "Teksts.",
    "Pirmā rindkopa.\n\nOtrā rindkopa ar [saiti](@/par.md).",
    "## Virsraksts\n\nTeksts ar {{ skaits() }} vārdiem.",
    "Teksts ar [galeriju](@/kopiena/galerija/index.md).",
];

impl NewsPage {
    fn text(&self) -> String {
        if self.broken {
            return "---\ntitle: [nepabeigts\n---\n".into();
        }
        let list = |items: &[usize], names: &[&str]| {
            let names: Vec<String> = items.iter().map(|&i| format!("{:?}", names[i])).collect();
            format!("[{}]", names.join(", "))
        };
        let mut text = format!(
            "---\ntitle: {}\ndate: {}\ntags: {}\nmunicipalities: {}\n",
            TITLES[self.title],
            DATES[self.date],
            list(&self.tags, TAGS),
            list(&self.municipalities, MUNICIPALITIES)
        );
        if let Some(summary) = self.summary {
            text.push_str(&format!("summary: {:?}\n", SUMMARIES[summary]));
        }
        if self.draft {
            text.push_str("draft: true\n");
        }
        text.push_str("---\n");
        text.push_str(BODIES[self.body]);
        text.push('\n');
        text
    }
}

/// One edit of the sequence; indices pick among what exists at that point.
#[derive(Debug, Clone)]
enum Edit {
    Add { lang: bool, page: NewsPage },
    Title(usize, usize),
    Date(usize, usize),
    Tags(usize, Vec<usize>, Vec<usize>),
    Summary(usize, Option<usize>),
    Body(usize, usize),
    Draft(usize, bool),
    Delete(usize),
    Rename(usize),
    MoveBundle,
    Data(usize),
    Locale(usize),
    Template(usize),
    EventDate(usize),
    Easy(usize),
    Break(usize),
}

/// Easy-to-read versions the test writes, changes and removes: of two pages that are
/// each other's translations, of the home page (the easy-read index's introduction) and of
/// a page in one language only.
const EASY_FILES: &[(&str, &str)] = &[
    ("content/par.lv.easy.md", "Par mums vieglā valodā"),
    ("content/about-us.en.easy.md", "About us in easy words"),
    ("content/_index.lv.easy.md", "Sākums vieglā valodā"),
    (
        "content/tikai-latviski.lv.easy.md",
        "Tikai latviski, viegli",
    ),
];

fn news_page() -> impl Strategy<Value = NewsPage> {
    (
        0..TITLES.len(),
        0..DATES.len(),
        proptest::sample::subsequence((0..TAGS.len()).collect::<Vec<_>>(), 0..3),
        proptest::sample::subsequence(vec![0, 1], 0..2),
        proptest::option::of(0..SUMMARIES.len()),
        0..BODIES.len(),
    )
        .prop_map(
            |(title, date, tags, municipalities, summary, body)| NewsPage {
                path: String::new(),
                title,
                date,
                tags,
                municipalities,
                summary,
                body,
                draft: false,
                broken: false,
            },
        )
}

fn edit() -> impl Strategy<Value = Edit> {
    let i = 0..64usize;
    prop_oneof![
        3 => (any::<bool>(), news_page()).prop_map(|(lang, page)| Edit::Add { lang, page }),
        2 => (i.clone(), 0..TITLES.len()).prop_map(|(p, t)| Edit::Title(p, t)),
        2 => (i.clone(), 0..DATES.len()).prop_map(|(p, d)| Edit::Date(p, d)),
        2 => (
            i.clone(),
            proptest::sample::subsequence((0..TAGS.len()).collect::<Vec<_>>(), 0..3),
            proptest::sample::subsequence(vec![0, 1], 0..2)
        )
            .prop_map(|(p, t, m)| Edit::Tags(p, t, m)),
        1 => (i.clone(), proptest::option::of(0..SUMMARIES.len())).prop_map(|(p, s)| Edit::Summary(p, s)),
        2 => (i.clone(), 0..BODIES.len()).prop_map(|(p, b)| Edit::Body(p, b)),
        1 => (i.clone(), any::<bool>()).prop_map(|(p, d)| Edit::Draft(p, d)),
        1 => i.clone().prop_map(Edit::Delete),
        1 => i.clone().prop_map(Edit::Rename),
        1 => Just(Edit::MoveBundle),
        1 => (0..3usize).prop_map(Edit::Data),
        1 => (0..3usize).prop_map(Edit::Locale),
        1 => (0..3usize).prop_map(Edit::Template),
        1 => (0..3usize).prop_map(Edit::EventDate),
        2 => (0..EASY_FILES.len() * 3).prop_map(Edit::Easy),
        1 => i.prop_map(Edit::Break),
    ]
}

/// The site under edit: its news pages as the test wrote them.
struct World {
    site: Site,
    pages: Vec<NewsPage>,
    counter: usize,
    bundle: &'static str,
}

impl World {
    fn new() -> Self {
        let site = Site::fixture("news");
        // With a search page, so that each language's search index (made from the
        // pages' rendered text) is rebuilt and compared too.
        site.write(
            "themes/plain/templates/search.html",
            "{% extends \"base.html\" %}{% block main %}<p id=\"bundle\">{{ search.bundle_url }}</p>{% endblock main %}",
        );
        let mut pages = Vec::new();
        for (i, name) in ["a.lv", "b.lv", "c.lv", "d.lv", "e.lv", "a.en"]
            .iter()
            .enumerate()
        {
            let page = NewsPage {
                path: format!("content/jaunumi/{name}.md"),
                title: i % TITLES.len(),
                date: i % DATES.len(),
                tags: vec![i % TAGS.len()],
                municipalities: vec![i % 2],
                summary: (i % 2 == 0).then_some(0),
                body: 0,
                draft: false,
                broken: false,
            };
            site.write(&page.path, &page.text());
            pages.push(page);
        }
        Self {
            site,
            pages,
            counter: 0,
            bundle: "content/kopiena/galerija",
        }
    }

    fn write(&self, index: usize) -> PathBuf {
        let page = &self.pages[index];
        self.site.write(&page.path, &page.text());
        PathBuf::from(&page.path)
    }

    fn replace(&self, rel: &str, from: &str, to: &str) -> PathBuf {
        let path = self.site.root().join(rel);
        let text = std::fs::read_to_string(&path).unwrap();
        assert!(text.contains(from), "{from} not in {rel}");
        std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
        PathBuf::from(rel)
    }

    /// Makes an edit; the paths changed (nothing when it does not apply).
    fn apply(&mut self, edit: &Edit) -> Vec<PathBuf> {
        let n = self.pages.len();
        let pick = |i: usize| (n > 0).then(|| i % n);
        match edit.clone() {
            Edit::Add { lang, mut page } => {
                self.counter += 1;
                let lang = if lang { "lv" } else { "en" };
                page.path = format!("content/jaunumi/jauna-{}.{lang}.md", self.counter);
                self.pages.push(page);
                vec![self.write(self.pages.len() - 1)]
            }
            Edit::Title(i, t) => self.change(pick(i), |p| p.title = t),
            Edit::Date(i, d) => self.change(pick(i), |p| p.date = d),
            Edit::Tags(i, t, m) => self.change(pick(i), |p| {
                p.tags = t;
                p.municipalities = m;
            }),
            Edit::Summary(i, s) => self.change(pick(i), |p| p.summary = s),
            Edit::Body(i, b) => self.change(pick(i), |p| p.body = b),
            Edit::Draft(i, d) => self.change(pick(i), |p| p.draft = d),
            Edit::Break(i) => self.change(pick(i), |p| p.broken = true),
            Edit::Delete(i) => {
                let Some(i) = pick(i) else { return Vec::new() };
                let page = self.pages.remove(i);
                std::fs::remove_file(self.site.root().join(&page.path)).unwrap();
                vec![PathBuf::from(page.path)]
            }
            Edit::Rename(i) => {
                let Some(i) = pick(i) else { return Vec::new() };
                self.counter += 1;
                let old = self.pages[i].path.clone();
                let lang = if old.ends_with(".en.md") { "en" } else { "lv" };
                let new = format!("content/jaunumi/parsaukta-{}.{lang}.md", self.counter);
                let root = self.site.root();
                std::fs::rename(root.join(&old), root.join(&new)).unwrap();
                self.pages[i].path = new.clone();
                vec![PathBuf::from(old), PathBuf::from(new)]
            }
            Edit::MoveBundle => {
                let new = if self.bundle.ends_with("galerija") {
                    "content/kopiena/galerija-2"
                } else {
                    "content/kopiena/galerija"
                };
                let root = self.site.root();
                std::fs::rename(root.join(self.bundle), root.join(new)).unwrap();
                let old = std::mem::replace(&mut self.bundle, new);
                vec![PathBuf::from(old), PathBuf::from(new)]
            }
            Edit::Data(k) => {
                let rel = "content/data/project.yaml";
                let text = std::fs::read_to_string(self.site.root().join(rel)).unwrap();
                let line = text.lines().nth(1).unwrap().to_string();
                let names = ["Projekts", "Projekts B", "Cits projekts"];
                self.replace(rel, &line, &format!("  lv: {}", names[k]));
                vec![PathBuf::from(rel)]
            }
            Edit::Locale(k) => {
                let rel = "locales/en/main.ftl";
                let text = std::fs::read_to_string(self.site.root().join(rel)).unwrap();
                let line = text
                    .lines()
                    .find(|l| l.starts_with("tags-title"))
                    .unwrap()
                    .to_string();
                let names = ["Tags", "Topics", "Keywords"];
                self.replace(rel, &line, &format!("tags-title = {}", names[k]));
                vec![PathBuf::from(rel)]
            }
            Edit::Template(k) => {
                let rel = "themes/plain/templates/page.html";
                let text = std::fs::read_to_string(self.site.root().join(rel)).unwrap();
                let marks = ["", "<!-- v1 -->", "<p>v2</p>"];
                let body = text.trim_end_matches(|c| c != '}').to_string();
                std::fs::write(self.site.root().join(rel), format!("{body}{}\n", marks[k]))
                    .unwrap();
                vec![PathBuf::from(rel)]
            }
            Edit::Easy(k) => self.easy(k),
            Edit::EventDate(k) => {
                let rel = "content/pasakumi/tagad.lv.md";
                let text = std::fs::read_to_string(self.site.root().join(rel)).unwrap();
                let line = text
                    .lines()
                    .find(|l| l.starts_with("start:"))
                    .unwrap()
                    .to_string();
                let starts = ["2024-06-01T09:00", "2023-06-01T09:00", "2024-01-15T10:00"];
                self.replace(rel, &line, &format!("start: {}", starts[k]));
                let end = text
                    .lines()
                    .find(|l| l.starts_with("end:"))
                    .unwrap()
                    .to_string();
                let ends = ["2024-06-01T17:00", "2023-06-01T17:00", "2024-01-15T17:00"];
                self.replace(rel, &end, &format!("end: {}", ends[k]));
                vec![PathBuf::from(rel)]
            }
        }
    }

    /// Writes, changes or removes an easy-to-read file (`k` picks the file and which).
    fn easy(&self, k: usize) -> Vec<PathBuf> {
        let (rel, title) = EASY_FILES[k % EASY_FILES.len()];
        let path = self.site.root().join(rel);
        match k / EASY_FILES.len() {
            0 => self
                .site
                .write(rel, &format!("---\ntitle: {title}\n---\nTeksts.\n")),
            1 => self.site.write(
                rel,
                &format!(
                    "---\ntitle: {title} (pārbaudīts)\nchecked_by: [Anna]\n---\nCits teksts.\n"
                ),
            ),
            _ if path.exists() => std::fs::remove_file(path).unwrap(),
            _ => return Vec::new(),
        }
        vec![PathBuf::from(rel)]
    }

    fn change(&mut self, index: Option<usize>, f: impl FnOnce(&mut NewsPage)) -> Vec<PathBuf> {
        let Some(index) = index else {
            return Vec::new();
        };
        let page = &mut self.pages[index];
        page.broken = false;
        f(page);
        vec![self.write(index)]
    }
}

fn check_sequence(edits: &[Edit]) -> Result<(), TestCaseError> {
    let mut world = World::new();
    let mut live = Live::open(world.site.root()).map_err(TestCaseError::fail)?;
    let mut last_good: BTreeMap<String, Vec<u8>> = live.files().unwrap().into_iter().collect();
    let full: BTreeMap<String, Vec<u8>> = build_files(world.site.root())
        .unwrap()
        .into_iter()
        .collect();
    prop_assert!(
        last_good == full,
        "the first build differs from a full build"
    );
    for (step, edit) in edits.iter().enumerate() {
        let changed = world.apply(edit);
        let applied = live.apply(&changed);
        let full = build_files(world.site.root());
        match (applied, full) {
            (Ok(change), Ok(full)) => {
                let full: BTreeMap<String, Vec<u8>> = full.into_iter().collect();
                let now: BTreeMap<String, Vec<u8>> = live.files().unwrap().into_iter().collect();
                let differing: Vec<&String> = now
                    .keys()
                    .chain(full.keys())
                    .filter(|p| now.get(*p) != full.get(*p))
                    .collect();
                prop_assert!(
                    differing.is_empty(),
                    "step {step} {edit:?}: outputs differ from a full build: {differing:?}"
                );
                let written: Vec<String> = now
                    .iter()
                    .filter(|(p, b)| last_good.get(*p) != Some(*b))
                    .map(|(p, _)| p.clone())
                    .collect();
                let removed: Vec<String> = last_good
                    .keys()
                    .filter(|p| !now.contains_key(*p))
                    .cloned()
                    .collect();
                prop_assert_eq!(
                    &change.written,
                    &written,
                    "step {} {:?}: written",
                    step,
                    edit
                );
                prop_assert_eq!(
                    &change.removed,
                    &removed,
                    "step {} {:?}: removed",
                    step,
                    edit
                );
                last_good = now;
            }
            (Err(_), Err(_)) => {
                // Copied files are read when asked for, and may be gone from disk.
                let paths: Vec<&String> = last_good.keys().collect();
                prop_assert!(
                    live.paths().iter().collect::<Vec<_>>() == paths,
                    "step {step} {edit:?}: an error changed the outputs"
                );
                for (path, bytes) in &last_good {
                    if let Some(now) = live.rendered(path) {
                        prop_assert!(now == *bytes, "step {step} {edit:?}: {path} changed");
                    }
                }
            }
            (Ok(_), Err(e)) => {
                return Err(TestCaseError::fail(format!(
                    "step {step} {edit:?}: live built, a full build failed: {e}"
                )));
            }
            (Err(e), Ok(_)) => {
                return Err(TestCaseError::fail(format!(
                    "step {step} {edit:?}: live failed, a full build did not: {e}"
                )));
            }
        }
    }
    Ok(())
}

#[test]
fn random_edits_rebuild_what_a_full_build_makes() {
    let cases: u32 = std::env::var("LAPA_LIVE_CASES")
        .ok()
        .and_then(|c| c.parse().ok())
        .unwrap_or(24);
    let config = Config {
        cases,
        failure_persistence: None,
        ..Config::default()
    };
    let rng = TestRng::from_seed(RngAlgorithm::ChaCha, &[10; 32]);
    let mut runner = TestRunner::new_with_rng(config, rng);
    runner
        .run(&proptest::collection::vec(edit(), 1..10), |edits| {
            check_sequence(&edits)
        })
        .unwrap();
}
