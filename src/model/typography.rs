//! A page's plain texts in the typography of its language, done once here so that every
//! output (HTML, `<title>`, breadcrumbs, lists, feeds, JSON-LD, calendars) shows the same
//! text: keyboard quotes become the language's quotes (`values::quotes`). Markdown texts
//! (bodies, summaries) get the same rule while they are rendered.

use super::Page;
use crate::values::quotes::smarten;

/// Titles, image alt texts and event places of every page.
pub(super) fn smarten_pages(pages: &mut [Page]) {
    for page in pages.iter_mut() {
        let lang = page.lang.clone();
        page.title = smarten(&page.title, &lang);
        let front = page.source.front_mut();
        if let Some(title) = &mut front.title {
            *title = smarten(title, &lang);
        }
        if let Some(alt) = &mut front.image_alt {
            *alt = smarten(alt, &lang);
        }
        if let Some(alt) = &mut page.about.image_alt {
            *alt = smarten(alt, &lang);
        }
        let place = match &mut page.variant {
            super::PageVariant::Event(facts) => facts.location.as_mut(),
            _ => None,
        };
        if let Some(place) = place {
            place.name = smarten(&place.name, &lang);
            if let Some(address) = &mut place.address {
                *address = smarten(address, &lang);
            }
        }
    }
}
