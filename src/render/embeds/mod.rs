//! Embeds → their files, and the guide pages' view of them. Steps: a widget's title in
//! its language (`title`); the view its template sees (`view`); the document or the
//! fragment, one template per widget (`embed/<widget>.html`, extending
//! `embed/base.html`) with `fragment` telling them apart, the fragment's addresses made
//! absolute (`fragment`); the iframe snippet partners paste and its highlighted form
//! (`snippet`); what a guide page lists (`guide`). The JSON files are made without
//! templates: a news or events widget's JSON Feed (`json_feed`), every widget's oEmbed
//! answer (`oembed`), and the links on the full pages that lead to them (`discovery`).

pub(super) mod discovery;
mod fragment;
mod guide;
mod json_feed;
mod oembed;
pub(crate) mod snippet;
#[cfg(test)]
mod test_site;
mod view;

pub(super) use guide::guide_context;

// A JSON file serde refuses is reported as the output table's unmade files are.
use super::output::OutputFile;
use super::pages::{Shared, base_context};
use super::templates::Templates;
use super::unmade;
use super::views::Cx;
use crate::diagnostics::Diagnostic;
use crate::i18n::{ArgValue, I18n};
use crate::model::embeds::{Embed, EmbedFormat, Widget};
use crate::model::{Page, Site};

/// A widget's title in its language: "Latest news", "Latest news: Ludza Municipality",
/// an indicator's own title. Names the iframe (`title`), the document and the guide's
/// entry.
pub(crate) fn title(site: &Site, i18n: &I18n, embed: &Embed) -> Result<String, Diagnostic> {
    let lang = &*embed.lang;
    let text = |key: &str, args: &[(String, ArgValue)]| {
        i18n.text(lang, key, args).map_err(|_| {
            Diagnostic::error("interface-text-missing")
                .with("key", key)
                .with("lang", lang)
        })
    };
    let widget = &embed.widget;
    if let Widget::Indicator { id } = widget {
        let indicator = site
            .datasets
            .indicators
            .as_ref()
            .and_then(|i| i.indicators.iter().find(|i| i.id == **id));
        return Ok(indicator
            .and_then(|i| i.title.get(lang))
            .unwrap_or(id)
            .to_string());
    }
    // The texts' names are written out, so that `lapa check` knows them as used.
    let (key, municipality_key) = match widget {
        Widget::News { .. } => ("embed-news-title", "embed-news-municipality-title"),
        Widget::Events { .. } => ("embed-events-title", "embed-events-municipality-title"),
        Widget::Contacts { .. } => ("embed-contacts-title", "embed-contacts-municipality-title"),
        Widget::Indicators | Widget::Indicator { .. } => ("embed-indicators-title", ""),
        Widget::Project => ("embed-project-title", ""),
    };
    match widget.municipality() {
        None => text(key, &[]),
        Some(id) => {
            let name = municipality_name(site, id, lang);
            text(
                municipality_key,
                &[("municipality".to_string(), ArgValue::Text(name))],
            )
        }
    }
}

/// A municipality's name in a language (its id when it has none).
pub(crate) fn municipality_name(site: &Site, id: &str, lang: &str) -> String {
    site.datasets
        .municipalities
        .as_ref()
        .and_then(|m| m.get(id))
        .and_then(|m| m.name.get(lang))
        .unwrap_or(id)
        .to_string()
}

/// Renders one file of an embed; `mirrors` is the full page. A new `EmbedFormat` gets its
/// arm here.
pub(super) fn render(
    cx: &Cx<'_>,
    templates: &Templates,
    shared: &Shared,
    output_path: &str,
    embed: &Embed,
    format: EmbedFormat,
    mirrors: &Page,
) -> Result<OutputFile, Diagnostic> {
    match format {
        EmbedFormat::Document | EmbedFormat::Fragment => {
            html(cx, templates, shared, output_path, embed, format, mirrors)
        }
        EmbedFormat::JsonFeed => json_feed::file(cx, output_path, embed, mirrors),
        EmbedFormat::OEmbed => oembed::file(cx, output_path, embed),
    }
}

/// The document or the fragment, through the widget's template.
fn html(
    cx: &Cx<'_>,
    templates: &Templates,
    shared: &Shared,
    output_path: &str,
    embed: &Embed,
    format: EmbedFormat,
    mirrors: &Page,
) -> Result<OutputFile, Diagnostic> {
    let site = cx.site;
    let template = embed.widget.template();
    if !templates.has(template) {
        return Err(Diagnostic::error("template-missing").with("template", template));
    }
    let title = title(site, cx.i18n, embed)?;
    let mut context = base_context(site, shared, &embed.lang);
    let fragment = format == EmbedFormat::Fragment;
    context.insert("fragment", &fragment);
    context.insert("embed", &view::embed_view(cx, embed, mirrors, &title));
    context.insert("canonical", &site.permalink(&mirrors.path));
    // The document names its own oEmbed answer, so that a CMS given the embed's address
    // (WordPress, pasting it) embeds exactly this widget.
    if let Some(answer) = site.outputs.embed(embed, EmbedFormat::OEmbed) {
        context.insert("oembed_url", &site.permalink(&answer.path));
    }
    let html = templates.render(template, &context, None)?;
    let html = if fragment {
        fragment::absolute_addresses(&html, &site.config.base_url, &site.config.base_path)
    } else {
        html
    };
    Ok(OutputFile::text(output_path, html))
}
