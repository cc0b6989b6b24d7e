//! The files the tool writes: documents, reports, the folders they go in, and the journal
//! itself. They hold children's personal data, so nobody but their owner may read them
//! (`0600` files, `0700` folders, whatever the umask); a document is written under a
//! temporary name and renamed, so nobody sees half a file; and an output path never lands on
//! a journal or any other SQLite database, or on a folder.

use std::fs::{DirBuilder, OpenOptions};
use std::io::{Read, Write};
use std::os::unix::fs::{DirBuilderExt, OpenOptionsExt};
use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::error::usage;
use crate::t;

/// Files the tool creates: readable and writable by their owner only.
pub const FILE_MODE: u32 = 0o600;
/// Folders the tool creates: their owner's only.
pub const DIR_MODE: u32 = 0o700;

/// The first 16 bytes of every SQLite database file.
const SQLITE_HEADER: &[u8; 16] = b"SQLite format 3\0";

/// Whether the file at `path` is a SQLite database (by its header).
pub fn is_sqlite_file(path: &Path) -> bool {
    let mut head = [0u8; 16];
    std::fs::File::open(path)
        .and_then(|mut f| f.read_exact(&mut head))
        .is_ok()
        && &head == SQLITE_HEADER
}

/// Refuse an output path that is a folder, a SQLite database (the journal above all), or
/// the write-ahead log or shared memory of one (exit 2: the command line named it).
pub fn check_target(path: &Path) -> Result<()> {
    if path.is_dir() {
        return Err(usage(t!(
            "output-target-folder",
            path = path.display().to_string()
        )));
    }
    if is_sqlite_file(path) {
        return Err(usage(t!(
            "output-target-database",
            path = path.display().to_string()
        )));
    }
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("");
    for suffix in ["-wal", "-shm", "-journal"] {
        if let Some(base) = name.strip_suffix(suffix) {
            if is_sqlite_file(&path.with_file_name(base)) {
                return Err(usage(t!(
                    "output-target-database-file",
                    path = path.display().to_string(),
                    base = base
                )));
            }
        }
    }
    Ok(())
}

/// Write `bytes` to `path` through a temporary name in the same folder, readable by the
/// owner only, flushed to disk before the rename.
pub fn write_file(path: &Path, bytes: &[u8]) -> Result<()> {
    write_with(path, |f| f.write_all(bytes))
}

/// Copy the file `from` to `path` as [`write_file`] writes, streamed (a journal may be large).
pub fn copy_file(from: &Path, path: &Path) -> Result<()> {
    write_with(path, |f| {
        std::io::copy(&mut std::fs::File::open(from)?, f).map(|_| ())
    })
    .with_context(|| {
        t!(
            "output-copying",
            from = from.display().to_string(),
            to = path.display().to_string()
        )
    })
}

/// Fill a new file at `path` with `fill`, through a temporary name as [`write_file`] says.
fn write_with(
    path: &Path,
    fill: impl FnOnce(&mut std::fs::File) -> std::io::Result<()>,
) -> Result<()> {
    check_target(path)?;
    let tmp = temporary_name(path);
    let written = (|| -> std::io::Result<()> {
        let mut f = OpenOptions::new()
            .write(true)
            .create(true)
            .truncate(true)
            .mode(FILE_MODE)
            .open(&tmp)?;
        // An old temporary file keeps its mode: make sure.
        f.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(FILE_MODE))?;
        fill(&mut f)?;
        f.sync_all()
    })();
    if let Err(e) = written {
        let _ = std::fs::remove_file(&tmp);
        return Err(e).with_context(|| t!("output-writing", path = tmp.display().to_string()));
    }
    std::fs::rename(&tmp, path).with_context(|| {
        let _ = std::fs::remove_file(&tmp);
        t!(
            "output-renaming",
            from = tmp.display().to_string(),
            to = path.display().to_string()
        )
    })?;
    Ok(())
}

/// `report.pdf` → `.report.pdf.tmp`, beside it.
fn temporary_name(path: &Path) -> PathBuf {
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "out".into());
    path.with_file_name(format!(".{name}.tmp"))
}

/// Create a folder (and its parents) for documents; the folders made are the owner's only.
/// An existing folder keeps its mode (it is the user's).
pub fn create_dir(path: &Path) -> Result<()> {
    if path.exists() && !path.is_dir() {
        return Err(usage(t!(
            "output-dir-is-file",
            path = path.display().to_string()
        )));
    }
    DirBuilder::new()
        .recursive(true)
        .mode(DIR_MODE)
        .create(path)
        .with_context(|| t!("output-creating", path = path.display().to_string()))
}

/// Create an empty file for a new journal, the owner's only, before SQLite opens it (SQLite
/// gives its `-wal` and `-shm` files the journal's mode). Refuses an existing file.
pub fn create_private_file(path: &Path) -> Result<()> {
    OpenOptions::new()
        .write(true)
        .create_new(true)
        .mode(FILE_MODE)
        .open(path)
        .and_then(|f| f.set_permissions(std::os::unix::fs::PermissionsExt::from_mode(FILE_MODE)))
        .with_context(|| t!("output-creating", path = path.display().to_string()))
}
