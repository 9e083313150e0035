//! Sources → site: the model's steps in order. Each step adds what it finds to one list of
//! problems, so a run reports everything at once.

use super::{
    ModelOptions, Site, assets as content_assets, bundles, claims, data_pages, dependencies,
    document_files, easy_read, embed_guides, embeds, events, images, menus, pages, search,
    statement, svgs, taxonomies, translations, tree, typography,
};
use crate::data;
use crate::diagnostics::Diagnostic;
use crate::i18n::{ArgValue, I18n};
use crate::load::Sources;

/// Builds the site model: the best site the sources allow, with every error found (a
/// page with an error is still in it, so that rendering can report its other problems);
/// warnings travel in `Site::warnings`.
pub(crate) fn build(
    sources: Sources,
    options: &ModelOptions,
    i18n: Option<&I18n>,
) -> (Site, Vec<Diagnostic>) {
    let Sources {
        config,
        config_text,
        documents,
        assets,
        data: data_files,
        static_files,
        easy_read_logo,
        ..
    } = sources;
    let languages = config.language_codes();
    let (data, mut problems) = data::localize(&data_files, &languages);
    let (datasets, data_problems) = data::read_datasets(&data_files);
    problems.extend(data_problems);
    for file in &data_files {
        problems.extend(data::links::check_file(file));
    }

    let bundle_folders = content_assets::bundle_folders(&documents);
    let mut drafts = Vec::new();
    let (mut pages, easy_documents) =
        pages::collect(documents, options.drafts, &mut drafts, &mut problems);
    let item_pages = data_pages::expand(&pages, &data_files, &mut problems);
    pages.extend(item_pages);
    pages::sort(&mut pages, &config);
    pages::check_municipalities(&pages, datasets.municipalities.as_ref(), &mut problems);
    let by_id = pages::index(&pages, &mut problems);
    pages::assign_urls(&mut pages, &by_id, &mut problems);
    tree::link(&mut pages, &by_id, &mut problems);
    events::read(&mut pages, &mut problems);
    // Index pages are titled with interface texts; without them (a broken locale, which
    // is reported by itself) the key stands in.
    let title = |key: &str, lang: &str| {
        i18n.and_then(|i| i.text(lang, key, &[]).ok())
            .unwrap_or_else(|| key.to_string())
    };
    taxonomies::build(
        &mut pages,
        &config,
        datasets.municipalities.as_ref(),
        &title,
        &mut problems,
    );
    let embeds = if options.embeds {
        embeds::catalogue(&embeds::CatalogueInputs {
            pages: &pages,
            config: &config,
            municipalities: datasets
                .municipalities
                .iter()
                .flat_map(|m| m.municipalities.iter().map(|m| m.id.as_str()))
                .collect(),
            indicators: datasets
                .indicators
                .iter()
                .flat_map(|i| i.indicators.iter().map(|i| i.id.as_str()))
                .collect(),
            project: data_files.iter().any(|f| f.name == "project"),
            contacts: datasets.contacts.is_some(),
        })
    } else {
        embeds::Embeds::default()
    };
    let guide_title = |key: &str, lang: &str, name: Option<&str>| {
        let args: Vec<(String, ArgValue)> = name
            .map(|n| vec![("name".to_string(), ArgValue::Text(n.to_string()))])
            .unwrap_or_default();
        i18n.and_then(|i| i.text(lang, key, &args).ok())
            .unwrap_or_else(|| key.to_string())
    };
    embed_guides::add(&mut pages, &config, &embeds, &guide_title);
    let statement_title = |lang: &str| title("accessibility-title", lang);
    statement::add(
        &mut pages,
        &config,
        &datasets,
        &data_files,
        &statement_title,
    );
    statement::warn_stale(&datasets, &data_files, options.now, &mut problems);
    easy_read::add(
        &mut pages,
        easy_read::EasyInputs {
            documents: easy_documents,
            by_id: &by_id,
            drafts: &drafts,
            include_drafts: options.drafts,
            config: &config,
            title: &title,
        },
        &mut problems,
    );
    if options.search {
        search::add(&mut pages, &config, &title);
    }
    // Every page is in: the list is held for the whole build, so it is moved into exactly
    // its size (an allocator may keep a block it is asked to shrink).
    let mut pages = {
        let mut exact = Vec::with_capacity(pages.len());
        exact.append(&mut pages);
        exact
    };
    typography::smarten_pages(&mut pages);
    let compare = |lang: &str, a: &str, b: &str| {
        i18n.and_then(|i| i.language(lang))
            .map_or(std::cmp::Ordering::Equal, |l| l.formats.compare(a, b))
    };
    taxonomies::order_terms(&mut pages, &compare);
    let by_pair = translations::pair(&pages, &mut problems);
    events::check_translations(&pages, &by_pair, &mut problems);
    pages::warn_future_news(&pages, options.now, &mut problems);
    let assets = content_assets::place(&pages, &bundle_folders, assets, &mut problems);
    let images = images::plan_all(&pages, &assets, &config.images, &mut problems);
    let page_of = |output: &str| images::page_of(&pages, output);
    let svg_texts = svgs::check(&assets, &page_of, &mut problems);
    let (assets, outputs) = claims::claim_all(
        claims::ClaimInputs {
            pages: &pages,
            assets,
            static_files: &static_files,
            easy_read_logo: easy_read_logo.as_ref(),
            config: &config,
            datasets: &datasets,
            data_files: &data_files,
            embeds: &embeds,
            images: &images,
        },
        &mut problems,
    );
    bundles::check_lead_images(&pages, &assets, &mut problems);
    let documents = document_files::read(&assets, &pages, &mut problems);

    let mut site = Site {
        config,
        pages,
        assets,
        documents,
        data,
        datasets,
        data_files,
        menus: Default::default(),
        now: options.now,
        outputs,
        images,
        image_cache: None,
        message_texts: svg_texts,
        embeds,
        warnings: Vec::new(),
        lookups: Default::default(),
        drafts,
        by_key: Default::default(),
        by_id,
        by_pair,
    };
    site.lookups = super::Lookups::new(&site.pages, &site.assets);
    site.by_key = super::index_by_key(&site.pages);
    let (resolved, menu_problems) = menus::resolve(&site, &config_text);
    site.menus = resolved;
    problems.extend(menu_problems);
    problems.extend(site.check_front_matter_links());
    dependencies::record(&mut site);

    let (errors, warnings) = problems.into_iter().partition(Diagnostic::is_error);
    site.warnings = warnings;
    (site, errors)
}
