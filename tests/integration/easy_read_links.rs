//! `@/` links to easy-to-read versions: `.easy` before `.md` names the easy version of the
//! page the rest of the link names, in the linking page's language or the one the link
//! names; a page without an easy version is a missing link target, never its full page.

use crate::support::Site;

/// The bundled site (which has easy versions of `deinstitucionalizacija` and the home page
/// in both languages) with a Latvian page linking easy versions in every spelling.
fn site_linking(links: &str) -> Site {
    let site = Site::bundled();
    site.write(
        "content/izpratne/saites.lv.md",
        &format!("---\ntitle: Saites\n---\n{links}\n"),
    );
    site
}

#[test]
fn links_to_easy_versions_lead_to_them_in_the_wanted_language() {
    let site = site_linking(
        "[a](@/deinstitucionalizacija.easy.md) [b](@/deinstitucionalizacija.en.easy.md) \
         [c](@/deinstitucionalizacija.easy.en.md#x) [d](@/_index.easy.md) \
         [e](@/izpratne/_index.easy.md) [f](@/deinstitucionalizacija.md)",
    );
    site.build(&[]);
    let page = site.page("lv/izpratne/saites/index.html");
    assert_eq!(
        page.attrs("main p a", "href"),
        [
            "/di/lv/viegla-valoda/deinstitucionalizacija/",
            "/di/en/easy-read/deinstitutionalisation/",
            "/di/en/easy-read/deinstitutionalisation/#x",
            "/di/lv/viegla-valoda/",
            "/di/lv/viegla-valoda/izpratne/",
            "/di/lv/deinstitucionalizacija/",
        ]
    );
}

#[test]
fn a_link_to_an_easy_version_that_does_not_exist_is_an_error_at_the_link() {
    let site = site_linking("Lasiet [šeit](@/izpratne/kas-ir-grt.easy.md).");
    let run = site.build_fails();
    assert!(
        run.stderr.contains("link-target-missing")
            && run.stderr.contains("@/izpratne/kas-ir-grt.easy.md")
            && run.stderr.contains("content/izpratne/saites.lv.md:4:"),
        "{}",
        run.stderr
    );
}
