//! Data files: the input (after its first byte, which picks the file) replaces one of
//! `content/data/{indicators,contacts,municipalities,project}.yaml` of a small site,
//! which is then built in memory (checks, localisation, data views and pages).
#![no_main]

mod common;

use libfuzzer_sys::fuzz_target;

const FILES: [&str; 4] = [
    "content/data/indicators.yaml",
    "content/data/contacts.yaml",
    "content/data/municipalities.yaml",
    "content/data/project.yaml",
];

fuzz_target!(|data: &[u8]| {
    let Some((&file, text)) = data.split_first() else {
        return;
    };
    common::probe_with(FILES[usize::from(file) % FILES.len()], text);
});
