//! Test helpers: copy a fixture site into a temporary folder, run the `lapa` binary on
//! it, and read the output as parsed HTML.

use scraper::{Html, Selector};
use std::path::{Path, PathBuf};
use std::process::Command;

/// A fixture site copied into a temporary folder.
pub(crate) struct Site {
    dir: tempfile::TempDir,
}

/// The result of running lapa.
pub(crate) struct Run {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

impl Site {
    /// Copies `tests/fixtures/<name>`.
    pub(crate) fn fixture(name: &str) -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let source = Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("tests/fixtures")
            .join(name);
        copy_tree(&source, dir.path());
        Self { dir }
    }

    /// The bundled site of the repository (content, themes, locales).
    pub(crate) fn bundled() -> Self {
        let dir = tempfile::tempdir().expect("temp dir");
        let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
        for folder in ["content", "themes", "locales"] {
            copy_tree(&repo.join(folder), &dir.path().join(folder));
        }
        Self { dir }
    }

    pub(crate) fn root(&self) -> &Path {
        self.dir.path()
    }

    pub(crate) fn public(&self) -> PathBuf {
        self.root().join("public")
    }

    /// Writes (or replaces) a file of the site.
    pub(crate) fn write(&self, rel: &str, text: &str) {
        let path = self.root().join(rel);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    }

    /// Runs `lapa --lang en <args>` in the site folder.
    pub(crate) fn lapa(&self, args: &[&str]) -> Run {
        run_lapa(self.root(), "en", args)
    }

    /// `lapa build` that must succeed.
    pub(crate) fn build(&self, extra: &[&str]) -> Run {
        let mut args = vec!["build", "--now", "2024-01-15T12:00"];
        args.extend_from_slice(extra);
        let run = self.lapa(&args);
        assert_eq!(run.code, 0, "build failed:\n{}", run.stderr);
        run
    }

    /// `lapa build` that must fail with content errors (exit 1).
    pub(crate) fn build_fails(&self) -> Run {
        let run = self.lapa(&["build", "--now", "2024-01-15T12:00"]);
        assert_eq!(
            run.code, 1,
            "build should fail with exit 1; stdout:\n{}\nstderr:\n{}",
            run.stdout, run.stderr
        );
        run
    }

    /// An output page, parsed.
    pub(crate) fn page(&self, rel: &str) -> Page {
        let path = self.public().join(rel);
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        Page {
            html: Html::parse_document(&text),
        }
    }

    /// Every output file with its bytes, sorted by path.
    pub(crate) fn tree(&self) -> Vec<(String, Vec<u8>)> {
        tree(&self.public())
    }
}

/// Every file below a folder with its bytes, sorted.
pub(crate) fn tree(root: &Path) -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<(String, Vec<u8>)> = walkdir::WalkDir::new(root)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file())
        .map(|e| {
            let rel = e
                .path()
                .strip_prefix(root)
                .unwrap()
                .to_string_lossy()
                .replace('\\', "/");
            (rel, std::fs::read(e.path()).unwrap())
        })
        .collect();
    files.sort();
    files
}

/// A parsed HTML page.
pub(crate) struct Page {
    pub html: Html,
}

impl Page {
    fn select(&self, css: &str) -> Vec<scraper::ElementRef<'_>> {
        let selector = Selector::parse(css).unwrap_or_else(|_| panic!("bad selector {css}"));
        self.html.select(&selector).collect()
    }

    /// The text of the single element matching `css`.
    pub(crate) fn text(&self, css: &str) -> String {
        let found = self.select(css);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one {css}, found {}",
            found.len()
        );
        found[0].text().collect::<String>().trim().to_string()
    }

    /// Texts of all elements matching `css`.
    pub(crate) fn texts(&self, css: &str) -> Vec<String> {
        self.select(css)
            .iter()
            .map(|e| e.text().collect::<String>().trim().to_string())
            .collect()
    }

    /// An attribute of the single element matching `css`.
    pub(crate) fn attr(&self, css: &str, name: &str) -> String {
        let found = self.select(css);
        assert_eq!(
            found.len(),
            1,
            "expected exactly one {css}, found {}",
            found.len()
        );
        found[0]
            .value()
            .attr(name)
            .unwrap_or_else(|| panic!("{css} has no {name}"))
            .to_string()
    }

    /// An attribute of every element matching `css`.
    pub(crate) fn attrs(&self, css: &str, name: &str) -> Vec<String> {
        self.select(css)
            .iter()
            .filter_map(|e| e.value().attr(name))
            .map(str::to_string)
            .collect()
    }

    pub(crate) fn count(&self, css: &str) -> usize {
        self.select(css).len()
    }
}

fn copy_tree(from: &Path, to: &Path) {
    for entry in walkdir::WalkDir::new(from)
        .into_iter()
        .filter_map(Result::ok)
    {
        let rel = entry.path().strip_prefix(from).unwrap();
        let target = to.join(rel);
        if entry.file_type().is_dir() {
            std::fs::create_dir_all(&target).unwrap();
        } else {
            std::fs::copy(entry.path(), &target).unwrap();
        }
    }
}

/// Runs `lapa --lang <lang> <args>` in `cwd`, without `SOURCE_DATE_EPOCH`.
pub(crate) fn run_lapa(cwd: &Path, lang: &str, args: &[&str]) -> Run {
    let output = Command::new(env!("CARGO_BIN_EXE_lapa"))
        .args(["--lang", lang])
        .args(args)
        .current_dir(cwd)
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("lapa runs");
    Run {
        code: output.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&output.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&output.stderr).into_owned(),
    }
}
