//! lapa's integration tests, one binary: each module builds small fixture sites in
//! temporary folders and checks the parsed output. `support` has the helpers.

mod accessibility_statement;
mod bad_corpus;
mod bad_input;
mod bundled_site;
mod check;
mod command_line;
mod data_pages;
mod easy_read;
mod easy_read_check;
mod easy_read_links;
mod embed_feeds;
mod embeds;
mod fixture_photos;
mod i18n;
mod images;
mod layers;
mod lists;
mod live;
mod live_bench;
mod live_properties;
mod markdown;
mod markdown_hardening;
mod messages;
mod new;
mod news_events;
mod output;
mod output_safety;
mod output_table;
mod pages;
#[path = "../fixtures_gen/photos.rs"]
mod photos;
mod properties;
mod publishing;
mod rebuild;
mod search;
mod serve;
mod support;
mod text_outputs;
