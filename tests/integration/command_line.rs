//! The command line speaks the message language: `--help` of every command and the
//! mistakes in using it (exit 2), in English and in Latvian.

use crate::support::{Site, run_lapa};

#[test]
fn help_is_in_the_message_language() {
    let site = Site::fixture("basic");
    for (lang, args) in [
        ("lv", vec!["--help"]),
        ("lv", vec!["build", "--help"]),
        ("lv", vec!["new", "news", "--help"]),
        ("en", vec!["build", "--help"]),
    ] {
        let run = run_lapa(site.root(), lang, &args);
        assert_eq!(run.code, 0, "{}", run.stderr);
        insta::assert_snapshot!(format!("help.{lang}.{}", args.join("_")), run.stdout);
    }
}

#[test]
fn mistakes_are_usage_errors_in_the_message_language() {
    let site = Site::fixture("basic");
    for (lang, args) in [
        ("lv", vec!["build", "--nav-tadas"]),
        ("en", vec!["build", "--nav-tadas"]),
        ("lv", vec!["biuld"]),
        ("lv", vec!["new", "page"]),
        ("en", vec!["build", "--threads", "daudz"]),
    ] {
        let run = run_lapa(site.root(), lang, &args);
        assert_eq!(run.code, 2, "{}", run.stderr);
        assert!(run.stdout.is_empty());
        insta::assert_snapshot!(format!("mistake.{lang}.{}", args.join("_")), run.stderr);
    }
}

#[test]
fn the_language_flag_may_follow_the_command() {
    let site = Site::fixture("basic");
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lapa"))
        .args(["build", "--lang", "lv", "--help"])
        .current_dir(site.root())
        .env("LANG", "en_GB.UTF-8")
        .output()
        .unwrap();
    let text = String::from_utf8_lossy(&output.stdout);
    assert!(text.contains("Iespējas:"), "{text}");
}

#[test]
fn a_bad_now_is_a_usage_error_in_the_message_language() {
    let site = Site::fixture("basic");
    for command in ["build", "check", "serve"] {
        for lang in ["en", "lv"] {
            let run = run_lapa(site.root(), lang, &[command, "--now", "rīt"]);
            assert_eq!(run.code, 2, "{command}: {}", run.stderr);
            insta::assert_snapshot!(format!("bad_now.{command}.{lang}"), run.stderr);
        }
    }
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_lapa"))
        .args(["--lang", "lv", "build"])
        .current_dir(site.root())
        .env("SOURCE_DATE_EPOCH", "vakar")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let text = String::from_utf8_lossy(&output.stderr);
    assert!(text.contains("kļūda[epoch-invalid]"), "{text}");
    assert!(!site.public().exists());
}
