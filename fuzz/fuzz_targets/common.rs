//! Shared by the fuzz targets: a copy of `tests/fixtures/data` in a temporary folder
//! (in memory under /dev/shm where there is one), one file of it replaced by the fuzz
//! input, a whole build in memory (`lapa::probe`), and the file put back afterwards.

use std::path::{Path, PathBuf};
use std::sync::OnceLock;

static SITE: OnceLock<tempfile::TempDir> = OnceLock::new();

fn site() -> &'static Path {
    SITE.get_or_init(|| {
        let shm = Path::new("/dev/shm");
        let dir = if shm.is_dir() {
            tempfile::tempdir_in(shm)
        } else {
            tempfile::tempdir()
        }
        .expect("a temporary folder");
        let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/data");
        copy_tree(&fixture, dir.path());
        dir
    })
    .path()
}

fn copy_tree(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).expect("create");
    for entry in std::fs::read_dir(from).expect("read fixture") {
        let entry = entry.expect("entry");
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_tree(&entry.path(), &target);
        } else {
            std::fs::copy(entry.path(), &target).expect("copy");
        }
    }
}

/// Writes `bytes` as `rel` of the site, probes the build, and restores the file.
pub fn probe_with(rel: &str, bytes: &[u8]) {
    let root = site();
    let path: PathBuf = root.join(rel);
    let original = std::fs::read(&path).ok();
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent).expect("create");
    }
    std::fs::write(&path, bytes).expect("write the input");
    let result = lapa::probe::check_site(root);
    match original {
        Some(original) => std::fs::write(&path, original).expect("restore"),
        None => std::fs::remove_file(&path).expect("remove"),
    }
    if let Err(problem) = result {
        panic!("{problem}");
    }
}
