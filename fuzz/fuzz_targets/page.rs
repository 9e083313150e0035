//! Front matter + markdown + shortcodes: the input (after its first byte, which picks
//! where the page lives) is one page file of a small site, built in memory.
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

/// Where the page goes: new pages, a bundle, section indexes and a translation.
const PLACES: [&str; 8] = [
    "content/fuzz.lv.md",
    "content/fuzz.en.md",
    "content/jaunumi/fuzz.lv.md",
    "content/kopiena/galerija/index.lv.md",
    "content/_index.lv.md",
    "content/raditaji/_index.en.md",
    "content/jaunumi/ligums.en.md",
    "content/fuzz/index.en.md",
];

fuzz_target!(|data: &[u8]| {
    let Some((&place, text)) = data.split_first() else {
        return;
    };
    common::probe_with(PLACES[usize::from(place) % PLACES.len()], text);
});
