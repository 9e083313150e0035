//! The embeds partner sites put on their pages: the catalogue of widgets a site offers
//! in each language (`Embeds`), each with its folder (`embed/<lang>/news/<MUN>/`), the
//! full page it mirrors (its source line and canonical link lead there) and the files
//! made for it, one per `EmbedFormat`. A site has embeds when its theme has the embed
//! templates (`embed/base.html`); a widget is offered when the page it mirrors is in the
//! site. What a widget shows is render's work (`render::embeds`); the guide pages that
//! list the widgets are made in `embed_guides`; claims and sources in `claims` and
//! `dependencies`.

use super::{Page, PageKey, PageKind};
use crate::config::SiteConfig;
use crate::load::front_matter::SectionKind;
use std::sync::Arc;

/// The template whose presence in the theme gives a site its embeds.
pub(crate) const BASE_TEMPLATE: &str = "embed/base.html";

/// Whether a theme with these templates (by name, `embed/base.html`) offers embeds.
pub(crate) fn offered_by<'a>(mut templates: impl Iterator<Item = &'a str>) -> bool {
    templates.any(|name| name == BASE_TEMPLATE)
}

/// What an embed shows. The folder names are English and fixed: partners paste them.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum Widget {
    /// The newest news, of all or of one municipality (by id).
    News {
        /// A municipality's id.
        municipality: Option<Arc<str>>,
    },
    /// The upcoming events (by the build's "now"), of all or of one municipality.
    Events {
        /// A municipality's id.
        municipality: Option<Arc<str>>,
    },
    /// The contacts, all or one municipality's.
    Contacts {
        /// A municipality's id.
        municipality: Option<Arc<str>>,
    },
    /// The result indicators by group.
    Indicators,
    /// One indicator with its chart and table.
    Indicator {
        /// The indicator's id.
        id: Arc<str>,
    },
    /// The project card.
    Project,
}

impl Widget {
    /// What it is, in one word, for templates and interface texts: `news`, `events`,
    /// `contacts`, `indicators`, `indicator`, `project`.
    pub(crate) fn name(&self) -> &'static str {
        match self {
            Widget::News { .. } => "news",
            Widget::Events { .. } => "events",
            Widget::Contacts { .. } => "contacts",
            Widget::Indicators => "indicators",
            Widget::Indicator { .. } => "indicator",
            Widget::Project => "project",
        }
    }

    /// Its template in the theme: `embed/<name>.html`.
    pub(crate) fn template(&self) -> &'static str {
        match self {
            Widget::News { .. } => "embed/news.html",
            Widget::Events { .. } => "embed/events.html",
            Widget::Contacts { .. } => "embed/contacts.html",
            Widget::Indicators => "embed/indicators.html",
            Widget::Indicator { .. } => "embed/indicator.html",
            Widget::Project => "embed/project.html",
        }
    }

    /// The municipality it is limited to.
    pub(crate) fn municipality(&self) -> Option<&str> {
        match self {
            Widget::News { municipality }
            | Widget::Events { municipality }
            | Widget::Contacts { municipality } => municipality.as_deref(),
            _ => None,
        }
    }

    /// Its folder below `embed/<lang>/`: `news/`, `news/ludza/`, `indicators/<id>/`.
    fn folder(&self) -> String {
        match (self, self.municipality()) {
            (Widget::Indicators, _) => "indicators/".to_string(),
            (Widget::Indicator { id }, _) => format!("indicators/{id}/"),
            (_, Some(id)) => format!("{}/{id}/", self.name()),
            (_, None) => format!("{}/", self.name()),
        }
    }

    /// The iframe's height (CSS pixels) in the snippet, before `embed.js` sizes it: a
    /// sensible height for its usual content; without the script the iframe scrolls.
    pub(crate) fn default_height(&self) -> u32 {
        match self {
            Widget::News { .. } | Widget::Contacts { .. } => 640,
            Widget::Events { .. } | Widget::Project => 560,
            Widget::Indicators => 720,
            Widget::Indicator { .. } => 900,
        }
    }
}

/// One widget in one language: what an embed is.
#[derive(Debug, Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) struct Embed {
    /// What it shows.
    pub widget: Widget,
    /// Language code.
    pub lang: Arc<str>,
}

impl Embed {
    /// Its folder, relative to the output root: `embed/lv/news/ludza/`.
    pub(crate) fn folder(&self) -> String {
        format!("embed/{}/{}", self.lang, self.widget.folder())
    }

    /// The output path of one of its files: `embed/lv/news/index.html`.
    pub(crate) fn path(&self, format: EmbedFormat) -> String {
        format!("{}{}", self.folder(), format.file_name())
    }
}

/// A file made for an embed. To add one (a feed, an oEmbed answer): a variant here, its
/// file name, which widgets get it (`made_for`), an arm in `render::embeds::render`, and
/// its sources in `dependencies` if they differ from the widget's.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub(crate) enum EmbedFormat {
    /// `index.html`: the document the iframe shows.
    Document,
    /// `fragment.html`: plain HTML to paste where iframes are not allowed.
    Fragment,
    /// `feed.json`: the listed items as a JSON Feed 1.1 (news and events widgets).
    JsonFeed,
    /// `oembed.json`: the oEmbed answer whose `html` is the snippet.
    OEmbed,
}

impl EmbedFormat {
    /// Every format, in the order their files are listed.
    pub(crate) const ALL: &'static [EmbedFormat] = &[
        EmbedFormat::Document,
        EmbedFormat::Fragment,
        EmbedFormat::JsonFeed,
        EmbedFormat::OEmbed,
    ];

    /// Its name for templates (and the guide's texts `embed-guide-file-<name>`): `document`,
    /// `fragment`, `json-feed`, `oembed`.
    pub(crate) fn name(self) -> &'static str {
        match self {
            EmbedFormat::Document => "document",
            EmbedFormat::Fragment => "fragment",
            EmbedFormat::JsonFeed => "json-feed",
            EmbedFormat::OEmbed => "oembed",
        }
    }

    /// Its file name in the embed's folder.
    pub(crate) fn file_name(self) -> &'static str {
        match self {
            EmbedFormat::Document => "index.html",
            EmbedFormat::Fragment => "fragment.html",
            EmbedFormat::JsonFeed => "feed.json",
            EmbedFormat::OEmbed => "oembed.json",
        }
    }

    /// Whether a widget gets this file.
    pub(crate) fn made_for(self, widget: &Widget) -> bool {
        match self {
            EmbedFormat::Document | EmbedFormat::Fragment | EmbedFormat::OEmbed => true,
            EmbedFormat::JsonFeed => matches!(widget, Widget::News { .. } | Widget::Events { .. }),
        }
    }

    /// Whether it is made through the theme's templates (the HTML files), rather than
    /// by lapa alone (the JSON ones).
    pub(crate) fn is_html(self) -> bool {
        matches!(self, EmbedFormat::Document | EmbedFormat::Fragment)
    }
}

/// An embed the site offers, with the page it mirrors.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct Offered {
    /// The embed.
    pub embed: Embed,
    /// The full page it mirrors, in its language: the news or events section, a
    /// municipality's page, the indicators overview, an indicator's page, the project
    /// card, the contacts page.
    pub mirrors: PageKey,
}

/// Every embed the site offers: by language in site order, then site-wide widgets
/// (news, events, indicators, each indicator, project, contacts), then each
/// municipality's (news, events, contacts) in the order of `municipalities.yaml`.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub(crate) struct Embeds {
    offered: Vec<Offered>,
}

impl Embeds {
    /// Every embed, in catalogue order.
    pub(crate) fn iter(&self) -> std::slice::Iter<'_, Offered> {
        self.offered.iter()
    }

    /// The embeds of a language: site-wide ones (`municipality` `None`) or one
    /// municipality's.
    pub(crate) fn of<'a>(
        &'a self,
        lang: &'a str,
        municipality: Option<&'a str>,
    ) -> impl Iterator<Item = &'a Offered> + 'a {
        self.offered.iter().filter(move |o| {
            &*o.embed.lang == lang && o.embed.widget.municipality() == municipality
        })
    }

    /// Whether the site has no embeds.
    pub(crate) fn is_empty(&self) -> bool {
        self.offered.is_empty()
    }
}

/// What the catalogue is made from.
pub(super) struct CatalogueInputs<'a> {
    /// Every page.
    pub pages: &'a [Page],
    /// Settings.
    pub config: &'a SiteConfig,
    /// The partner municipalities' ids, in file order.
    pub municipalities: Vec<&'a str>,
    /// The indicators' ids, in file order (none without `indicators.yaml`).
    pub indicators: Vec<&'a str>,
    /// Whether the data has a project (`project.yaml`).
    pub project: bool,
    /// Whether the data has contacts (`contacts.yaml`).
    pub contacts: bool,
}

/// The catalogue of a site whose theme has the embed templates.
pub(super) fn catalogue(inputs: &CatalogueInputs<'_>) -> Embeds {
    let CatalogueInputs {
        pages,
        config,
        municipalities,
        indicators,
        project,
        contacts,
    } = inputs;
    let mut offered = Vec::new();
    for lang in config.language_codes() {
        let in_lang = || pages.iter().filter(|p| p.lang == lang);
        let section = |kind: SectionKind| {
            in_lang().find(|p| p.kind == PageKind::Section && p.section_kind == kind)
        };
        let with_template =
            |name: &str| in_lang().find(|p| p.kind != PageKind::List && p.template() == name);
        let indicators_page = in_lang().find(|p| {
            p.kind == PageKind::Section
                && p.section_kind == SectionKind::Data
                && p.source.front().data.as_deref().is_some_and(is_indicators)
        });
        let indicator_page = |id: &str| {
            in_lang().find(|p| {
                matches!(&p.key, PageKey::DataItem { file, item, .. }
                    if &**file == "indicators" && &**item == id)
            })
        };
        let mut add = |widget: Widget, page: Option<&Page>| {
            if let Some(page) = page {
                offered.push(Offered {
                    embed: Embed {
                        widget,
                        lang: lang.as_str().into(),
                    },
                    mirrors: page.key.clone(),
                });
            }
        };
        add(
            Widget::News { municipality: None },
            section(SectionKind::News),
        );
        add(
            Widget::Events { municipality: None },
            section(SectionKind::Events),
        );
        if !indicators.is_empty() {
            add(Widget::Indicators, indicators_page);
            for id in indicators {
                add(Widget::Indicator { id: (*id).into() }, indicator_page(id));
            }
        }
        if *project {
            add(Widget::Project, with_template("project.html"));
        }
        if *contacts {
            add(
                Widget::Contacts { municipality: None },
                with_template("contacts.html"),
            );
        }
        for id in municipalities {
            let page = in_lang().find(|p| {
                p.list().is_some_and(|l| {
                    l.kind == super::generated::GeneratedKind::Municipalities
                        && l.term.as_deref() == Some(*id)
                })
            });
            let municipality = Some(Arc::<str>::from(*id));
            add(
                Widget::News {
                    municipality: municipality.clone(),
                },
                page,
            );
            add(
                Widget::Events {
                    municipality: municipality.clone(),
                },
                page,
            );
            add(Widget::Contacts { municipality }, page);
        }
    }
    Embeds { offered }
}

impl super::Site {
    /// The pages an embed lists, in its order: the newest news or the next upcoming
    /// events (`embeds.items` of them), of the language or of the municipality whose
    /// page `mirrors` is; none for other widgets.
    pub(crate) fn embed_items<'a>(&'a self, embed: &Embed, mirrors: &'a Page) -> Vec<&'a Page> {
        let items = self.config.embed_items;
        let mut list = match &embed.widget {
            Widget::News { municipality: None } => self.news(&embed.lang).collect(),
            Widget::News { .. } => self.news_among(self.pages_of(&mirrors.children)),
            Widget::Events { municipality: None } => {
                self.split_events(self.pages().filter(|p| *p.lang == *embed.lang))
                    .0
            }
            Widget::Events { .. } => self.split_events(self.pages_of(&mirrors.children)).0,
            _ => Vec::new(),
        };
        list.truncate(items);
        list
    }
}

/// Whether a data section's `data:` names `indicators.yaml`.
fn is_indicators(name: &str) -> bool {
    name.trim_end_matches(".yaml").trim_end_matches(".yml") == "indicators"
}

#[cfg(test)]
mod tests {
    use super::super::generated::GeneratedKind;
    use super::super::outputs::{OutputKind, Source};
    use super::super::{ModelOptions, Site};
    use super::*;
    use std::path::Path;

    /// The `news` fixture's model, with embeds.
    fn news_site(embeds: bool) -> Site {
        let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/news");
        let (sources, _) = crate::load::load(&root, None).expect("the fixture loads");
        let options = ModelOptions {
            drafts: false,
            now: crate::options::resolve_now(Some("2024-01-15T12:00"), None).expect("now"),
            embeds,
            search: false,
        };
        let (site, errors) = super::super::build(sources, &options, None);
        assert!(errors.is_empty(), "{errors:?}");
        site
    }

    #[test]
    fn a_theme_without_embed_templates_gets_no_embeds() {
        let site = news_site(false);
        assert!(site.embeds.is_empty());
        assert!(site.outputs.iter().all(|o| !o.path.starts_with("embed/")));
        assert!(site.list_page(GeneratedKind::Embeds, "lv", None).is_none());
    }

    #[test]
    fn every_embed_is_claimed_with_its_mirror_and_items() {
        let site = news_site(true);
        let news = Embed {
            widget: Widget::News { municipality: None },
            lang: "lv".into(),
        };
        let offered = site
            .embeds
            .iter()
            .find(|o| o.embed == news)
            .expect("the lv news embed");
        assert_eq!(offered.mirrors, PageKey::source("jaunumi/_index", "lv"));
        for &format in EmbedFormat::ALL {
            let output = site.outputs.embed(&news, format).expect("claimed");
            assert_eq!(output.shows.as_ref(), Some(&offered.mirrors));
            assert!(matches!(&output.kind, OutputKind::Embed { format: f, .. } if *f == format));
            if format == EmbedFormat::OEmbed {
                // The answer shows the widget's title and snippet, none of its items.
                assert!(!output.sources.iter().any(|s| matches!(s, Source::Page(_))));
                assert!(output.sources.contains(&Source::SiteConfig));
                continue;
            }
            // The newest `embeds.items` news, newest first, after the mirror's heading.
            let newest: Vec<Source> = site
                .news("lv")
                .take(site.config.embed_items)
                .map(|p| Source::Page(p.key.clone()))
                .collect();
            assert!(!newest.is_empty());
            assert!(output.sources.windows(newest.len()).any(|w| w == newest));
            assert_eq!(output.sources[0], Source::Heading(offered.mirrors.clone()));
        }
        // A municipality's events embed lists its upcoming events, soonest first.
        let ludza = PageKey::Generated {
            kind: GeneratedKind::Municipalities,
            term: Some("ludza".into()),
            lang: "lv".into(),
        };
        let page = site.get(&ludza).expect("ludza's page");
        let events = Embed {
            widget: Widget::Events {
                municipality: Some("ludza".into()),
            },
            lang: "lv".into(),
        };
        let (upcoming, _) = site.split_events(site.pages_of(&page.children));
        let listed = site.embed_items(&events, page);
        assert!(
            !listed.is_empty(),
            "the fixture has an event about Ludza to come"
        );
        assert_eq!(
            listed.iter().map(|p| &p.key).collect::<Vec<_>>(),
            upcoming.iter().map(|p| &p.key).collect::<Vec<_>>()
        );
        let output = site
            .outputs
            .embed(&events, EmbedFormat::Fragment)
            .expect("claimed");
        assert_eq!(output.shows.as_ref(), Some(&ludza));
        for item in listed {
            assert!(output.sources.contains(&Source::Page(item.key.clone())));
        }
        // Every municipality gets its news, events and contacts embeds in each language.
        for lang in ["lv", "en"] {
            for widget in ["news", "events", "contacts"] {
                let path = format!("embed/{lang}/{widget}/ludza/index.html");
                assert!(site.outputs.at(&path).is_some(), "{path}");
            }
        }
    }

    #[test]
    fn the_guide_pages_are_generated_pages_with_translations() {
        let site = news_site(true);
        let index = site
            .list_page(GeneratedKind::Embeds, "lv", None)
            .expect("the lv guide");
        assert_eq!(index.path, "lv/iegult/");
        let english = site.translation(index, "en").expect("its translation");
        assert_eq!(english.path, "en/embed/");
        let ludza = site
            .list_page(GeneratedKind::Embeds, "lv", Some("ludza"))
            .expect("ludza's guide");
        assert_eq!(ludza.path, "lv/iegult/ludza/");
        assert_eq!(ludza.parent.as_ref(), Some(&index.key));
        assert!(site.outputs.at("lv/iegult/ludza/index.html").is_some());
        let sources = &site
            .outputs
            .at("lv/iegult/index.html")
            .expect("claimed")
            .sources;
        assert!(sources.contains(&Source::Heading(PageKey::source("jaunumi/_index", "lv"))));
    }

    #[test]
    fn folders_and_paths() {
        let embed = |widget| Embed {
            widget,
            lang: "lv".into(),
        };
        let news = embed(Widget::News { municipality: None });
        assert_eq!(news.folder(), "embed/lv/news/");
        assert_eq!(news.path(EmbedFormat::Document), "embed/lv/news/index.html");
        let ludza = embed(Widget::Events {
            municipality: Some("ludza".into()),
        });
        assert_eq!(
            ludza.path(EmbedFormat::Fragment),
            "embed/lv/events/ludza/fragment.html"
        );
        let one = embed(Widget::Indicator { id: "grt".into() });
        assert_eq!(one.folder(), "embed/lv/indicators/grt/");
        assert_eq!(embed(Widget::Project).folder(), "embed/lv/project/");
    }
}
