//! Every output file belongs to exactly one source: the files lapa makes (language
//! chooser, 404 page, sitemap, robots.txt, feeds, calendars, vCards, downloads, the
//! easy-to-read logo) claim their paths first, then page files, alias redirects, bundle
//! assets (a raster image with every size it is made in) and theme static files. A second claim is an error naming both files: `url-collision` between content
//! files, `output-collision` when content takes a made file's place (or a file's and a
//! folder's name meet), `static-file-collision` for a theme file.

use super::embeds::{EmbedFormat, Embeds};
use super::outputs::{Output, OutputKind, OutputTable};
use super::pagination::{pager_count, pager_path};
use super::paths::{alias_output, path_text};
use super::{AssetCopy, Page, PageKind, same_url};
use crate::config::{SITE_FILE, SiteConfig};
use crate::data::Datasets;
use crate::diagnostics::Diagnostic;
use crate::load::DataFile;
use crate::load::FileToCopy;
use crate::load::front_matter::SectionKind;
use std::collections::{BTreeMap, HashMap};
use std::ops::Range;
use std::path::{Path, PathBuf};

/// What the claims are made from.
pub(super) struct ClaimInputs<'a> {
    /// Every page, in the model's order.
    pub pages: &'a [Page],
    /// Bundle files with the file that asks for each.
    pub assets: Vec<(PathBuf, AssetCopy)>,
    /// The theme's static files.
    pub static_files: &'a [FileToCopy],
    /// The European easy-to-read logo file, published unchanged.
    pub easy_read_logo: Option<&'a FileToCopy>,
    /// Settings.
    pub config: &'a SiteConfig,
    /// The data files with a fixed shape.
    pub datasets: &'a Datasets,
    /// Every data file, for their paths.
    pub data_files: &'a [DataFile],
    /// The embeds the site offers.
    pub embeds: &'a Embeds,
    /// The raster images among the assets, with the files each becomes.
    pub images: &'a super::images::Images,
}

/// Who claimed a path: the file named in messages, and where in it.
struct Claimant {
    name: PathBuf,
    file: PathBuf,
    span: Option<Range<usize>>,
    made: bool,
}

/// The claims so far, by path.
struct Claims {
    by_path: BTreeMap<String, (Claimant, Output)>,
    /// Which page (its index in the model's pages) claimed a page path.
    page_at: HashMap<String, usize>,
}

impl Claims {
    /// Claims a path; a second claim is reported and left out.
    fn claim(&mut self, output: Output, claimant: Claimant, problems: &mut Vec<Diagnostic>) {
        if let Some((first, _)) = self.by_path.get(&output.path) {
            let span = claimant.span.clone().unwrap_or(0..0);
            let problem = if first.made {
                Diagnostic::error("output-collision")
                    .in_file(&claimant.file)
                    .at(span)
                    .with("first", path_text(&first.name))
                    .with("second", path_text(&claimant.name))
            } else {
                same_url(&first.name, &claimant.name, &claimant.file).at(span)
            };
            problems.push(problem.with("url", &output.path));
            return;
        }
        self.by_path.insert(output.path.clone(), (claimant, output));
    }
}

/// A made file, claimed for `file`.
fn made(path: String, kind: OutputKind, shows: Option<&Page>, file: &Path) -> (Output, Claimant) {
    (
        Output {
            path,
            kind,
            shows: shows.map(|p| p.key.clone()),
            sources: Vec::new(),
        },
        Claimant {
            name: file.to_path_buf(),
            file: file.to_path_buf(),
            span: None,
            made: true,
        },
    )
}

/// Claims every output path; returns the assets and the table (whose
/// sources `dependencies::record` fills in).
pub(super) fn claim_all(
    inputs: ClaimInputs<'_>,
    problems: &mut Vec<Diagnostic>,
) -> (Vec<AssetCopy>, OutputTable) {
    let ClaimInputs {
        pages,
        assets,
        static_files,
        easy_read_logo,
        config,
        datasets,
        data_files,
        embeds,
        images,
    } = inputs;
    let mut claims = Claims {
        by_path: BTreeMap::new(),
        page_at: HashMap::new(),
    };
    for (output, claimant) in made_files(pages, config, datasets, data_files) {
        claims.claim(output, claimant, problems);
    }
    for (output, claimant) in embed_files(embeds, config) {
        claims.claim(output, claimant, problems);
    }
    if let Some(logo) = easy_read_logo
        && let Some(path) = super::easy_read::logo_output(config)
    {
        let kind = OutputKind::Static {
            source: logo.source.clone(),
        };
        let (output, claimant) = made(path, kind, None, &logo.rel);
        claims.claim(output, claimant, problems);
    }

    // A data page is named by its item: `content/data/indicators.yaml (indicators[3])`.
    let name_of = |page: &Page| {
        page.data_item().map_or_else(
            || page.source.file().to_path_buf(),
            |d| {
                PathBuf::from(format!(
                    "{} ({}[{}])",
                    path_text(page.source.file()),
                    d.list,
                    d.index
                ))
            },
        )
    };
    for (index, page) in pages.iter().enumerate() {
        for number in 2..=pager_count(page, config) {
            let output = Output {
                path: format!("{}index.html", pager_path(page, config, number)),
                kind: OutputKind::Page { number },
                shows: Some(page.key.clone()),
                sources: Vec::new(),
            };
            // The span is worked out only for a clash: it re-reads the front matter.
            let span = claims
                .by_path
                .contains_key(&output.path)
                .then(|| page.source.key_span("paginate"));
            let claimant = Claimant {
                name: page.source.file().to_path_buf(),
                file: page.source.file().to_path_buf(),
                span,
                made: false,
            };
            claims.claim(output, claimant, problems);
        }
        let output = Output {
            path: format!("{}index.html", page.path),
            kind: OutputKind::Page { number: 1 },
            shows: Some(page.key.clone()),
            sources: Vec::new(),
        };
        if let Some(problem) = clash_with_made_page(&claims, pages, index, &output.path) {
            problems.push(problem);
            continue;
        }
        claims.page_at.insert(output.path.clone(), index);
        let span = claims.by_path.contains_key(&output.path).then(|| {
            page.slug_span
                .clone()
                .unwrap_or_else(|| page.source.key_span("slug"))
        });
        let claimant = Claimant {
            name: name_of(page),
            file: page.source.file().to_path_buf(),
            span,
            made: false,
        };
        claims.claim(output, claimant, problems);
    }

    for page in pages {
        for (n, alias) in page.source.front().aliases.iter().enumerate() {
            let span = page.source.key_span(&format!("aliases[{n}]"));
            match alias_output(alias) {
                Some(path) => {
                    let output = Output {
                        path: path.clone(),
                        kind: OutputKind::Alias,
                        shows: Some(page.key.clone()),
                        sources: Vec::new(),
                    };
                    let claimant = Claimant {
                        name: page.source.file().to_path_buf(),
                        file: page.source.file().to_path_buf(),
                        span: Some(span),
                        made: false,
                    };
                    claims.claim(output, claimant, problems);
                }
                None => problems.push(
                    Diagnostic::error("alias-invalid")
                        .in_file(page.source.file())
                        .at(span)
                        .with("alias", alias),
                ),
            }
        }
    }

    // Bundle files and files pages use, where `assets::place` put them.
    let mut asset_copies: Vec<AssetCopy> = Vec::new();
    let mut seen = std::collections::HashSet::new();
    for (file, copy) in assets {
        if !seen.insert((file.clone(), copy.output.clone())) {
            continue;
        }
        // A raster image: its stripped original and every size it is made in.
        if let Some(image) = images.get(&copy.output) {
            for made in &image.files {
                let output = Output {
                    path: made.path.clone(),
                    kind: OutputKind::Image {
                        source: copy.source.clone(),
                    },
                    shows: None,
                    sources: Vec::new(),
                };
                let claimant = Claimant {
                    name: file.clone(),
                    file: file.clone(),
                    span: None,
                    made: false,
                };
                claims.claim(output, claimant, problems);
            }
            asset_copies.push(copy);
            continue;
        }
        let output = Output {
            path: copy.output.clone(),
            kind: OutputKind::Asset {
                source: copy.source.clone(),
            },
            shows: None,
            sources: Vec::new(),
        };
        let claimant = Claimant {
            name: file.clone(),
            file,
            span: None,
            made: false,
        };
        claims.claim(output, claimant, problems);
        asset_copies.push(copy);
    }

    // The theme's static files may not take the place of anything else.
    for file in static_files {
        let path = path_text(&file.rel);
        let theme_file = Path::new("themes")
            .join(&config.theme)
            .join("static")
            .join(&file.rel);
        if claims.by_path.contains_key(&path) {
            problems.push(
                Diagnostic::error("static-file-collision")
                    .in_file(theme_file)
                    .with("url", &path),
            );
            continue;
        }
        let output = Output {
            path,
            kind: OutputKind::Static {
                source: file.source.clone(),
            },
            shows: None,
            sources: Vec::new(),
        };
        let claimant = Claimant {
            name: theme_file.clone(),
            file: theme_file,
            span: None,
            made: false,
        };
        claims.claim(output, claimant, problems);
    }

    // A file and a folder cannot share a name (`a/b.html` and `a/b.html/index.html`).
    let paths: Vec<&String> = claims.by_path.keys().collect();
    for pair in paths.windows(2) {
        if pair[1].starts_with(&format!("{}/", pair[0])) {
            let first = &claims.by_path[pair[0]].0;
            let second = &claims.by_path[pair[1]].0;
            problems.push(
                Diagnostic::error("output-collision")
                    .in_file(&second.file)
                    .at(second.span.clone().unwrap_or(0..0))
                    .with("first", path_text(&first.name))
                    .with("second", path_text(&second.name))
                    .with("url", pair[0]),
            );
        }
    }

    let outputs = claims.by_path.into_values().map(|(_, o)| o).collect();
    (asset_copies, OutputTable::new(outputs))
}

/// A content page and a page lapa makes under a `slugs` folder name (tags, search, the
/// accessibility statement…) at one address: told at the content file's `slug:`, with
/// the `slugs` key that would move lapa's page, since `site.yaml` has no line to show.
fn clash_with_made_page(
    claims: &Claims,
    pages: &[Page],
    index: usize,
    path: &str,
) -> Option<Diagnostic> {
    let other = &pages[*claims.page_at.get(path)?];
    let page = &pages[index];
    let (made, key, file) = match (slugs_key(other), slugs_key(page)) {
        (Some(key), None) => (other, key, page),
        (None, Some(key)) => (page, key, other),
        _ => return None,
    };
    file.source.document()?;
    let span = file
        .slug_span
        .clone()
        .unwrap_or_else(|| file.source.key_span("slug"));
    Some(
        Diagnostic::error("url-collision-made-page")
            .in_file(file.source.file())
            .at(span)
            .with("file", path_text(file.source.file()))
            .with("url", &made.path)
            .with("key", format!("slugs.{key}.{}", made.lang)),
    )
}

/// The `slugs` key naming the folder of a page lapa makes (`search`), if it is one.
fn slugs_key(page: &Page) -> Option<&'static str> {
    if page.source.document().is_some() {
        return None;
    }
    match &page.variant {
        super::PageVariant::List(list) => Some(list.kind.key()),
        super::PageVariant::Statement => Some(crate::data::accessibility::FILE),
        _ => None,
    }
}

/// The files lapa makes, each with the file that causes it.
fn made_files(
    pages: &[Page],
    config: &SiteConfig,
    datasets: &Datasets,
    data_files: &[DataFile],
) -> Vec<(Output, Claimant)> {
    let site_file = Path::new(SITE_FILE);
    let template = |name: &str| {
        Path::new("themes")
            .join(&config.theme)
            .join("templates")
            .join(name)
    };
    let data_path = |name: &str| {
        data_files.iter().find(|f| f.name == name).map_or_else(
            || PathBuf::from(format!("content/data/{name}.yaml")),
            |f| f.path.clone(),
        )
    };
    let mut out = vec![
        made(
            "index.html".into(),
            OutputKind::LanguageChooser,
            None,
            &template("root.html"),
        ),
        made(
            "404.html".into(),
            OutputKind::NotFound,
            None,
            &template("404.html"),
        ),
        made("sitemap.xml".into(), OutputKind::Sitemap, None, site_file),
        made("robots.txt".into(), OutputKind::Robots, None, site_file),
    ];
    if datasets.indicators.is_some() {
        let file = data_path("indicators");
        out.push(made(
            "data/indicators.csv".into(),
            OutputKind::IndicatorsCsv,
            None,
            &file,
        ));
        out.push(made(
            "data/indicators.json".into(),
            OutputKind::IndicatorsJson,
            None,
            &file,
        ));
    }
    let languages = config.language_codes();
    if let Some(contacts) = &datasets.contacts {
        let file = data_path("contacts");
        for lang in &languages {
            for contact in &contacts.contacts {
                out.push(made(
                    format!("data/contacts/{lang}/{}.vcf", contact.id),
                    OutputKind::VCard {
                        contact: contact.id.clone(),
                        lang: lang.clone(),
                    },
                    None,
                    &file,
                ));
            }
        }
    }
    for page in pages.iter().filter(|p| {
        p.list()
            .is_some_and(|l| l.kind == super::generated::GeneratedKind::Search)
    }) {
        out.push(made(
            super::search::bundle_folder(page),
            OutputKind::SearchIndex {
                lang: page.lang.clone(),
            },
            Some(page),
            &template(super::search::TEMPLATE),
        ));
    }
    for lang in &languages {
        let mut events = pages
            .iter()
            .filter(|p| p.lang == *lang && p.event().is_some());
        if events.clone().next().is_some() {
            out.push(made(
                format!("{lang}/{}.ics", config.slug_for("calendar", lang)),
                OutputKind::Calendar { lang: lang.clone() },
                None,
                site_file,
            ));
        }
        for page in events.by_ref() {
            out.push(made(
                format!("{}{}.ics", page.path, page.slug),
                OutputKind::EventCalendar,
                Some(page),
                page.source.file(),
            ));
        }
        let has_news = pages
            .iter()
            .any(|p| p.lang == *lang && super::taxonomies::is_news(p));
        if has_news {
            out.push(made(
                format!("{lang}/atom.xml"),
                OutputKind::NewsFeed { lang: lang.clone() },
                None,
                site_file,
            ));
        }
        for page in pages.iter().filter(|p| p.lang == *lang && has_feed(p)) {
            let file = if page.kind == PageKind::List {
                data_path("municipalities")
            } else {
                page.source.file().to_path_buf()
            };
            out.push(made(
                format!("{}atom.xml", page.path),
                OutputKind::PageFeed,
                Some(page),
                &file,
            ));
        }
    }
    out
}

/// The files of every embed, each claimed for its widget's template.
fn embed_files(embeds: &Embeds, config: &SiteConfig) -> Vec<(Output, Claimant)> {
    let mut out = Vec::new();
    for offered in embeds.iter() {
        let embed = &offered.embed;
        let template = Path::new("themes")
            .join(&config.theme)
            .join("templates")
            .join(embed.widget.template());
        for &format in EmbedFormat::ALL {
            if !format.made_for(&embed.widget) {
                continue;
            }
            let output = Output {
                path: embed.path(format),
                kind: OutputKind::Embed {
                    embed: embed.clone(),
                    format,
                },
                shows: Some(offered.mirrors.clone()),
                sources: Vec::new(),
            };
            let claimant = Claimant {
                name: template.clone(),
                file: template.clone(),
                span: None,
                made: true,
            };
            out.push((output, claimant));
        }
    }
    out
}

/// Whether a page has a feed of its own: a news section, a municipality's page.
pub(super) fn has_feed(page: &Page) -> bool {
    let news_section = page.kind == PageKind::Section && page.section_kind == SectionKind::News;
    let municipality = page.list().is_some_and(|l| {
        l.kind == super::generated::GeneratedKind::Municipalities && l.term.is_some()
    });
    news_section || municipality
}
