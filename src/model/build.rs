//! Sources → site: the model's steps in order. Each step adds what it finds to one list of
//! problems, so a run reports everything at once.

use super::{ModelOptions, Site, menus, outputs, pages, translations, tree};
use crate::data;
use crate::diagnostics::Diagnostic;
use crate::load::Sources;

/// Builds the site model. Returns every problem found; warnings travel in `Site::warnings`.
pub fn build(sources: Sources, options: &ModelOptions) -> Result<Site, Vec<Diagnostic>> {
    let Sources {
        config,
        config_text,
        documents,
        assets,
        data: data_files,
        ..
    } = sources;
    let languages = config.language_codes();
    let (data, mut problems) = data::localize(&data_files, &languages);

    let mut pages = pages::collect(documents, &config, options.drafts, &mut problems);
    let by_id = pages::index(&pages, &mut problems);
    pages::assign_urls(&mut pages, &by_id, &mut problems);
    tree::link(&mut pages, &by_id, &mut problems);
    let by_pair = translations::pair(&pages, &mut problems);
    let (aliases, assets) = outputs::claim_all(&pages, &by_id, assets, &languages, &mut problems);

    let mut site = Site {
        config,
        pages,
        aliases,
        assets,
        data,
        menus: Default::default(),
        now: options.now,
        warnings: Vec::new(),
        by_id,
        by_pair,
    };
    let (resolved, menu_problems) = menus::resolve(&site, &config_text);
    site.menus = resolved;
    problems.extend(menu_problems);

    if problems.iter().any(Diagnostic::is_error) {
        return Err(problems);
    }
    site.warnings = problems;
    Ok(site)
}
