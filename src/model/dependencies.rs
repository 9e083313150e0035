//! What each output is made from, recorded in the output table once the model is
//! complete. A page: its own source, the headings (`Source::Heading`: title, address,
//! kind…) of its translations (the language switcher), of the sections above it
//! (breadcrumbs, menus' active entry, its section's feed link), of the pages it links
//! by tag, municipality or menu, of its easy-to-read version or the page an easy one
//! simplifies, and of its language's easy-read index (the header links it); the pages it
//! lists, its data, its template, its language's messages and `site.yaml`. A list or
//! term page: the pages it shows. A feed or calendar: its entries. The sitemap: every
//! page.
//! An embed's files: the full page's heading and the pages the widget lists (the HTML
//! ones also their templates and context); its oEmbed answer only what names it.
//! Not recorded here: the shortcodes a page's markdown calls and the `@/` targets it
//! resolves (known when the markdown is rendered: see `render::markdown_results`), and
//! the addresses of other pages, which follow from `site.yaml` and file names alone.

use super::embeds::{Embed, EmbedFormat, Widget};
use super::generated::GeneratedKind;
use super::outputs::{Output, OutputKind, Source};
use super::{Page, PageKind, Site};
use crate::load::front_matter::SectionKind;
use rayon::prelude::*;
use std::collections::{HashMap, HashSet};

/// Fills in the sources of every output.
pub(super) fn record(site: &mut Site) {
    let shared = Shared::new(site);
    let sources: Vec<Vec<Source>> = site
        .outputs
        .iter()
        .collect::<Vec<_>>()
        .par_iter()
        .map(|output| sources_in(site, &shared, output))
        .collect();
    for (output, sources) in site.outputs.outputs_mut().zip(sources) {
        output.sources = sources;
    }
}

/// What many outputs' records hold alike, found once.
struct Shared<'a> {
    /// Every template's `data`.
    data: Vec<Source>,
    /// Language → the headings of the pages its menus lead to.
    menu_pages: HashMap<String, Vec<Source>>,
    /// (language, tag as written) → its term page's heading.
    tag_pages: HashMap<(&'a str, &'a str), Option<Source>>,
}

impl<'a> Shared<'a> {
    fn new(site: &'a Site) -> Self {
        let data = site
            .data_files
            .iter()
            .map(|f| Source::Data {
                file: f.name.as_str().into(),
                record: None,
            })
            .collect();
        let mut menu_pages: HashMap<String, Vec<Source>> = HashMap::new();
        for menu in site.menus.values() {
            for (lang, items) in menu {
                let pages = menu_pages.entry(lang.clone()).or_default();
                for item in items {
                    if let Some(page) = item.page.as_ref().and_then(|k| site.get(k)) {
                        pages.push(Source::Heading(page.key.clone()));
                    }
                }
            }
        }
        let mut tag_pages = HashMap::new();
        for page in site.pages() {
            for tag in &page.about.tags {
                let at = (page.lang.as_str(), tag.as_str());
                tag_pages.entry(at).or_insert_with(|| {
                    let slug = crate::values::slug::slugify(tag);
                    site.list_page(GeneratedKind::Tags, &page.lang, Some(&slug))
                        .map(|p| Source::Heading(p.key.clone()))
                });
            }
        }
        Self {
            data,
            menu_pages,
            tag_pages,
        }
    }
}

/// What one output is made from, each source once, in a stable order.
fn sources_in(site: &Site, shared: &Shared<'_>, output: &Output) -> Vec<Source> {
    let data = &shared.data[..];
    let shown = output.shows.as_ref().and_then(|k| site.get(k));
    let mut sources = Vec::new();
    let page_source = |p: &Page| Source::Page(p.key.clone());
    match (&output.kind, shown) {
        (OutputKind::Page { number }, Some(page)) => {
            page_sources(site, shared, page, *number, &mut sources);
        }
        (OutputKind::Alias, Some(page)) => {
            sources.push(page_source(page));
            sources.push(Source::Template("alias.html".into()));
            template_context(data, &[page.lang.as_str()], &mut sources);
        }
        (OutputKind::NewsFeed { lang }, _) => {
            sources.extend(site.news(lang).map(page_source));
            sources.push(Source::SiteConfig);
        }
        (OutputKind::PageFeed, Some(page)) => {
            sources.push(page_source(page));
            // Its entries: the news of its language among its children, in the news
            // feed's order.
            let mut news: Vec<&Page> = site
                .pages_of(&page.children)
                .filter(|n| n.lang == page.lang && super::taxonomies::is_news(n))
                .collect();
            news.sort_by(|a, b| super::taxonomies::newest_first(a, b));
            sources.extend(news.into_iter().map(page_source));
            sources.push(Source::SiteConfig);
        }
        (OutputKind::Calendar { lang }, _) => {
            sources.extend(
                site.pages()
                    .filter(|p| p.lang == *lang && p.event().is_some())
                    .map(page_source),
            );
            sources.push(Source::SiteConfig);
        }
        (OutputKind::EventCalendar, Some(page)) => {
            sources.push(page_source(page));
            sources.push(Source::SiteConfig);
        }
        (OutputKind::VCard { contact, .. }, _) => {
            sources.push(Source::Data {
                file: "contacts".into(),
                record: Some(contact.as_str().into()),
            });
        }
        (OutputKind::IndicatorsCsv, _) => {
            sources.push(Source::Data {
                file: "indicators".into(),
                record: None,
            });
            for lang in site.config.language_codes() {
                sources.push(Source::Messages { lang: lang.into() });
            }
            sources.push(Source::SiteConfig);
        }
        (OutputKind::IndicatorsJson, _) => sources.push(Source::Data {
            file: "indicators".into(),
            record: None,
        }),
        (OutputKind::Sitemap, _) => {
            sources.extend(site.pages().map(page_source));
            sources.push(Source::SiteConfig);
        }
        (OutputKind::Robots, _) => sources.push(Source::SiteConfig),
        (OutputKind::NotFound | OutputKind::LanguageChooser, _) => {
            let template = if output.kind == OutputKind::NotFound {
                "404.html"
            } else {
                "root.html"
            };
            sources.push(Source::Template(template.into()));
            let languages = site.config.language_codes();
            let languages: Vec<&str> = languages.iter().map(String::as_str).collect();
            template_context(data, &languages, &mut sources);
            // Each language's easy-read index, linked when it exists.
            sources.extend(
                languages
                    .iter()
                    .filter_map(|lang| site.easy_index(lang))
                    .map(|index| Source::Heading(index.key.clone())),
            );
        }
        (OutputKind::Embed { embed, format }, Some(page)) if format.is_html() => {
            embed_sources(site, embed, page, &mut sources);
            let lang = [&*embed.lang];
            template_context(data, &lang, &mut sources);
        }
        (OutputKind::Embed { embed, format }, Some(page)) => {
            json_embed_sources(site, embed, *format, page, &mut sources);
        }
        (OutputKind::Asset { source } | OutputKind::Static { source }, _) => {
            sources.push(Source::File(source.clone()));
        }
        // An image's file and its `images` settings (in `site.yaml`).
        (OutputKind::Image { source }, _) => {
            sources.push(Source::File(source.clone()));
            sources.push(Source::SiteConfig);
        }
        // A search index: what each page it indexes is rendered from.
        (OutputKind::SearchIndex { lang }, Some(_)) => {
            let indexed = site
                .pages()
                .filter(|p| p.lang == *lang && super::search::record_kind(p).is_some());
            for page in indexed {
                page_sources(site, shared, page, 1, &mut sources);
            }
        }
        // An output whose page is not in the model cannot be made from anything.
        (_, None) => {}
    }
    once_each(&mut sources);
    // Held for the whole build, one record per output: moved into exactly its size (an
    // allocator may keep a block it is asked to shrink).
    let mut exact = Vec::with_capacity(sources.len());
    exact.append(&mut sources);
    exact
}

/// Keeps the first of each source. Short records (a page's) are searched, long ones
/// (lists, feeds, the sitemap) hashed.
fn once_each(sources: &mut Vec<Source>) {
    if sources.len() <= 64 {
        let mut kept: Vec<Source> = Vec::with_capacity(sources.len());
        for source in sources.drain(..) {
            if !kept.contains(&source) {
                kept.push(source);
            }
        }
        *sources = kept;
        return;
    }
    let keep: Vec<bool> = {
        let mut seen: HashSet<&Source> = HashSet::with_capacity(sources.len());
        sources.iter().map(|s| seen.insert(s)).collect()
    };
    let mut keep = keep.into_iter();
    sources.retain(|_| keep.next().unwrap_or(true));
}

/// What every template sees besides the page: `site.yaml`, the interface texts of its
/// languages and every data file (`data`).
fn template_context(data: &[Source], languages: &[&str], sources: &mut Vec<Source>) {
    sources.push(Source::SiteConfig);
    for lang in languages {
        sources.push(Source::Messages {
            lang: (*lang).into(),
        });
    }
    sources.extend(data.iter().cloned());
}

/// What an embed's file shows besides the template context: the page it mirrors (its
/// title and address, in the source line) and the pages it lists.
fn embed_sources(site: &Site, embed: &Embed, mirrors: &Page, sources: &mut Vec<Source>) {
    sources.push(Source::Heading(mirrors.key.clone()));
    sources.push(Source::Template(embed.widget.template().into()));
    sources.push(Source::Template(super::embeds::BASE_TEMPLATE.into()));
    sources.extend(
        site.embed_items(embed, mirrors)
            .into_iter()
            .map(|p| Source::Page(p.key.clone())),
    );
}

/// What an embed's JSON file (feed, oEmbed answer) shows, made by lapa without
/// templates: the widget's title (interface texts; a municipality's name, an indicator's
/// title), the site's title and addresses (`site.yaml`); a feed also the full page's
/// address and the pages it lists.
fn json_embed_sources(
    site: &Site,
    embed: &Embed,
    format: EmbedFormat,
    mirrors: &Page,
    sources: &mut Vec<Source>,
) {
    if format == EmbedFormat::JsonFeed {
        sources.push(Source::Heading(mirrors.key.clone()));
        sources.extend(
            site.embed_items(embed, mirrors)
                .into_iter()
                .map(|p| Source::Page(p.key.clone())),
        );
    }
    sources.push(Source::SiteConfig);
    sources.push(Source::Messages {
        lang: embed.lang.clone(),
    });
    match &embed.widget {
        Widget::Indicator { id } => sources.push(Source::Data {
            file: "indicators".into(),
            record: Some(id.clone()),
        }),
        widget if widget.municipality().is_some() => sources.push(Source::Data {
            file: "municipalities".into(),
            record: widget.municipality().map(Into::into),
        }),
        _ => {}
    }
}

/// A page's (or one of its list pages') sources.
fn page_sources(
    site: &Site,
    shared: &Shared<'_>,
    page: &Page,
    number: usize,
    sources: &mut Vec<Source>,
) {
    let key = |p: &Page| Source::Page(p.key.clone());
    let heading = |p: &Page| Source::Heading(p.key.clone());
    sources.push(key(page));
    sources.push(Source::Template(page.template().into()));
    // Its lead image's size and files (the body's images are recorded with its markdown).
    sources.extend(lead_image(site, page));
    if let super::PageKey::DataItem { file, item, .. } = &page.key {
        sources.push(Source::Data {
            file: file.clone(),
            record: Some(item.clone()),
        });
    }
    sources.extend(
        site.translations(page)
            .filter(|t| t.key != page.key)
            .map(heading),
    );
    sources.extend(site.ancestors(page).into_iter().map(heading));
    // The header's link to the language's easy-read index, the link to the page's
    // easy-to-read version, and an easy page's link back to its page.
    let easy = [
        site.easy_index(&page.lang),
        site.easy_version(page),
        site.easy_of(page),
    ];
    sources.extend(easy.into_iter().flatten().map(heading));
    // The switcher sends a reader who wants a language the page lacks to the nearest
    // page above that has it.
    for language in &site.config.languages {
        if site.translation(page, &language.code).is_none()
            && let Some(nearest) = site.nearest_in(page, &language.code)
        {
            sources.push(heading(nearest));
        }
    }
    for tag in &page.about.tags {
        let found = shared.tag_pages.get(&(page.lang.as_str(), tag.as_str()));
        sources.extend(found.cloned().flatten());
    }
    for id in &page.about.municipalities {
        sources.extend(
            site.list_page(GeneratedKind::Municipalities, &page.lang, Some(id))
                .map(heading),
        );
    }
    sources.extend(
        shared
            .menu_pages
            .get(&page.lang)
            .into_iter()
            .flatten()
            .cloned(),
    );
    if page.kind != PageKind::Page {
        // A list page shows its share of the list (and their lead images' thumbnails) (an index: of its terms); a
        // section's events are split over all its children.
        let pager = site.pager(page, number);
        sources.extend(site.pages_of(site.shown(page, &pager)).map(key));
        sources.extend(
            site.pages_of(site.shown(page, &pager))
                .flat_map(|p| lead_image(site, p)),
        );
        sources.extend(site.pages_of(&page.subsections).map(key));
        if page.section_kind == SectionKind::Events && page.list().is_none() {
            sources.extend(site.pages_of(&page.children).map(key));
        }
    }
    if let Some(list) = page.list().filter(|l| l.kind == GeneratedKind::Embeds) {
        sources.extend(
            site.embeds
                .of(&page.lang, list.term.as_deref())
                .map(|o| Source::Heading(o.mirrors.clone())),
        );
    }
    if page.kind == PageKind::Home {
        sources.extend(site.news(&page.lang).take(super::HOME_ITEMS).map(key));
        let (upcoming, _) = site.split_events(site.pages().filter(|p| p.lang == page.lang));
        sources.extend(upcoming.into_iter().take(super::HOME_ITEMS).map(key));
    }
    template_context(&shared.data, &[page.lang.as_str()], sources);
}

/// The file of a page's lead image, when lapa processes it.
fn lead_image(site: &Site, page: &Page) -> Option<Source> {
    let image = page.about.image.as_deref()?;
    site.images
        .get(&super::output_of(&page.path, image)?)
        .map(|i| Source::File(i.source.clone()))
}

#[cfg(test)]
mod tests {
    use super::super::generated::GeneratedKind;
    use super::super::outputs::{OutputKind, Source};
    use super::super::{ModelOptions, PageKey, Site};
    use std::path::Path;

    /// The `news` fixture's model.
    fn news_site() -> Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
        let (sources, _) = crate::load::load(&root, None).expect("the fixture loads");
        let options = ModelOptions {
            drafts: false,
            now: crate::options::resolve_now(Some("2024-01-15T12:00"), None).expect("now"),
            embeds: false,
            search: false,
        };
        let (site, errors) = super::super::build(sources, &options, None);
        assert!(errors.is_empty(), "{errors:?}");
        site
    }

    fn sources(site: &Site, path: &str) -> Vec<Source> {
        site.outputs.at(path).expect(path).sources.clone()
    }

    fn page(id: &str, lang: &str) -> Source {
        Source::Page(PageKey::source(id, lang))
    }

    fn heading(id: &str, lang: &str) -> Source {
        Source::Heading(PageKey::source(id, lang))
    }

    #[test]
    fn a_page_is_made_from_its_source_translations_sections_terms_template_and_texts() {
        let site = news_site();
        let a = site.page("jaunumi/a", "lv").expect("jaunumi/a");
        let path = format!("{}index.html", a.path);
        let got = sources(&site, &path);
        let tag = Source::Heading(PageKey::Generated {
            kind: GeneratedKind::Tags,
            term: Some("sadarbiba".into()),
            lang: "lv".into(),
        });
        let municipality = Source::Heading(PageKey::Generated {
            kind: GeneratedKind::Municipalities,
            term: Some("ludza".into()),
            lang: "lv".into(),
        });
        for wanted in [
            page("jaunumi/a", "lv"),
            heading("jaunumi/a", "en"),
            heading("jaunumi/_index", "lv"),
            heading("_index", "lv"),
            heading("par", "lv"),
            tag,
            municipality,
            Source::Template("page.html".into()),
            Source::Messages { lang: "lv".into() },
            Source::SiteConfig,
            Source::Data {
                file: "municipalities".into(),
                record: None,
            },
        ] {
            assert!(got.contains(&wanted), "{wanted:?} not in {got:?}");
        }
        assert!(!got.contains(&Source::Messages { lang: "en".into() }));
        assert!(!got.contains(&page("jaunumi/b", "lv")));
        // Of its translation, sections and menu pages it shows only their headings: a
        // section's list changing does not touch it.
        for whole in [
            page("jaunumi/a", "en"),
            page("jaunumi/_index", "lv"),
            page("_index", "lv"),
        ] {
            assert!(!got.contains(&whole), "{whole:?} in {got:?}");
        }
        assert_eq!(
            got[0],
            page("jaunumi/a", "lv"),
            "its own source comes first"
        );
    }

    #[test]
    fn a_page_without_a_translation_is_made_from_where_its_switcher_leads() {
        let site = news_site();
        let b = site.page("jaunumi/b", "lv").expect("jaunumi/b");
        assert!(site.translation(b, "en").is_none());
        let got = sources(&site, &format!("{}index.html", b.path));
        // The switcher's English entry leads to the English news section.
        assert!(got.contains(&heading("jaunumi/_index", "en")), "{got:?}");
    }

    #[test]
    fn a_list_page_is_made_from_the_pages_it_shows() {
        let site = news_site();
        let section = site.page("jaunumi/_index", "lv").expect("jaunumi");
        assert!(section.children.len() > 2, "the fixture paginates by 2");
        let first = sources(&site, &format!("{}index.html", section.path));
        let second_path = format!("{}index.html", site.pager_path(section, 2));
        let second = sources(&site, &second_path);
        for key in &section.children[..2] {
            assert!(first.contains(&Source::Page(key.clone())));
            assert!(!second.contains(&Source::Page(key.clone())));
        }
        for key in &section.children[2..section.children.len().min(4)] {
            assert!(second.contains(&Source::Page(key.clone())));
            assert!(!first.contains(&Source::Page(key.clone())));
        }
        assert!(first.contains(&Source::Template("section.html".into())));
    }

    #[test]
    fn a_feed_is_made_from_its_entries() {
        let site = news_site();
        let output = site
            .outputs
            .iter()
            .find(|o| o.kind == OutputKind::NewsFeed { lang: "lv".into() })
            .expect("the lv news feed");
        let mut wanted: Vec<Source> = site
            .news("lv")
            .map(|p| Source::Page(p.key.clone()))
            .collect();
        assert!(!wanted.is_empty());
        wanted.push(Source::SiteConfig);
        assert_eq!(output.sources, wanted);
        assert_eq!(output.path, "lv/atom.xml");
    }

    #[test]
    fn the_sitemap_is_made_from_every_page() {
        let site = news_site();
        let got = sources(&site, "sitemap.xml");
        let mut wanted: Vec<Source> = site.pages().map(|p| Source::Page(p.key.clone())).collect();
        wanted.push(Source::SiteConfig);
        assert_eq!(got, wanted);
    }

    #[test]
    fn copied_files_are_made_from_themselves() {
        let site = news_site();
        let asset = site
            .outputs
            .iter()
            .find(|o| matches!(o.kind, OutputKind::Asset { .. }))
            .expect("the gallery's photo");
        assert!(matches!(&asset.sources[..], [Source::File(_)]));
    }
}
