//! Putting a staged output in the output's place: two renames and the state file, undone
//! when any step fails; and clearing what builds that were killed half-way left beside
//! the output.

use super::manifest::Manifest;
use super::state::{self, Place};
use super::{WriteError, unique};
use rayon::prelude::*;
use std::fs;
use std::io;
use std::path::Path;

/// Puts the staged folder in the output's place and records the state with `files`.
/// Half-way failures are undone: the previous output is put back, and the new one goes
/// back to `staging` (which the caller removes).
pub(super) fn swap(staging: &Path, place: &Place, files: &Manifest) -> Result<(), WriteError> {
    let output = &place.folder;
    let fail = WriteError::output(output);
    let old = place.beside(&format!(".lapa-old-{}", unique()));
    let had_old = fs::symlink_metadata(output).is_ok();
    if had_old {
        fs::rename(output, &old).map_err(&fail)?;
    }
    if let Err(error) = fs::rename(staging, output) {
        if had_old {
            let _ = fs::rename(&old, output);
        }
        return Err(fail(error));
    }
    if let Err(error) = state::write_state(place, files) {
        let _ = fs::rename(output, staging);
        if had_old {
            let _ = fs::rename(&old, output);
        }
        return Err(fail(error));
    }
    if had_old && remove_tree(&old).is_err() {
        make_writable(&old);
        let _ = fs::remove_dir_all(&old);
    }
    Ok(())
}

/// Removes a folder and everything in it, files in parallel and then folders, deepest
/// first: each removal waits on the disk, and a site has a folder per page.
fn remove_tree(tree: &Path) -> io::Result<()> {
    let mut files = Vec::new();
    let mut folders = Vec::new();
    for entry in walkdir::WalkDir::new(tree) {
        let entry = entry.map_err(io::Error::other)?;
        if entry.file_type().is_dir() {
            folders.push((entry.depth(), entry.into_path()));
        } else {
            files.push(entry.into_path());
        }
    }
    folders.sort_by_key(|(depth, _)| std::cmp::Reverse(*depth));
    super::on_disk_threads(|| {
        files.par_iter().try_for_each(fs::remove_file)?;
        for level in folders.chunk_by(|a, b| a.0 == b.0) {
            level
                .par_iter()
                .try_for_each(|(_, folder)| fs::remove_dir(folder))?;
        }
        Ok(())
    })
}

/// Staging folders, old trees and temporary state files of builds that were killed
/// half-way.
pub(super) fn remove_leftovers(place: &Place) {
    let name = &place.name;
    let prefixes = [
        format!(".{name}.lapa-staging-"),
        format!(".{name}.lapa-old-"),
        format!(".{name}.lapa-state-"),
    ];
    if let Ok(entries) = fs::read_dir(&place.parent) {
        for entry in entries.flatten() {
            let file_name = entry.file_name().to_string_lossy().to_string();
            if prefixes.iter().any(|p| file_name.starts_with(p.as_str())) {
                let _ = fs::remove_dir_all(entry.path()).or_else(|_| fs::remove_file(entry.path()));
            }
        }
    }
}

/// Gives every folder of a tree write permission, so that it can be removed.
fn make_writable(tree: &Path) {
    for entry in walkdir::WalkDir::new(tree).into_iter().flatten() {
        if entry.file_type().is_dir()
            && let Ok(meta) = entry.metadata()
        {
            let mut permissions = meta.permissions();
            #[allow(clippy::permissions_set_readonly_false)]
            permissions.set_readonly(false);
            let _ = fs::set_permissions(entry.path(), permissions);
        }
    }
}
