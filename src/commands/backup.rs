//! `ejournal backup` and `ejournal restore`: copies of the journal that survive the machine
//! (the director answers for "backup copies on external media"). A backup is taken online —
//! others may go on writing — with SQLite's `VACUUM INTO`, checked by `verify`, and named
//! with the school, the date and the time; `restore` verifies a backup before it replaces
//! the journal, and keeps the replaced journal beside it.

use std::path::{Path, PathBuf};

use anyhow::{Context, Result};

use crate::context::Ctx;
use crate::db;
use crate::error::{refused, usage, EXIT_ISSUES, EXIT_OK};
use crate::output::create_dir;
use crate::reports::verify::verify;
use crate::t;

use super::decimal;

#[derive(Debug, clap::Args)]
pub struct Backup {
    /// The folder to put the backup in (an external disk, say); made if missing
    #[arg(long, value_name = "DIR")]
    pub to: PathBuf,
    /// Keep only the newest N backups of this school in the folder
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..))]
    pub keep: Option<u32>,
}

#[derive(Debug, clap::Args)]
pub struct Restore {
    /// The backup to restore (a file `ejournal backup` wrote)
    #[arg(value_name = "FILE")]
    pub file: PathBuf,
    /// Restore a backup of another school or year over this journal
    #[arg(long)]
    pub force: bool,
}

/// The school's name as a file name: letters and digits, the rest as `-`.
fn slug(school: &str) -> String {
    let mut s = String::new();
    for c in school.chars() {
        if c.is_alphanumeric() {
            s.push(c);
        } else if !s.ends_with('-') {
            s.push('-');
        }
    }
    let s = s.trim_matches('-').to_string();
    if s.is_empty() {
        "journal".into()
    } else {
        s
    }
}

impl Backup {
    pub fn run(&self, ctx: &mut Ctx) -> Result<i32> {
        let school = db::settings::setting(&ctx.conn, "school_name")?;
        let year = db::settings::setting(&ctx.conn, "academic_year")?.replace('/', "-");
        create_dir(&self.to)?;
        let prefix = format!("{}_{year}_", slug(&school));
        let stamp = crate::clock::now().format("%Y-%m-%d_%H%M%S");
        let path = self.to.join(format!("{prefix}{stamp}.db"));
        if path.exists() {
            return Err(refused(t!(
                "backup-exists",
                path = path.display().to_string()
            )));
        }
        let started = std::time::Instant::now();
        db::copy_into(&ctx.conn, &path)?;
        let verdict = verify(&db::open_copy(&path)?, None)
            .with_context(|| t!("backup-verifying", path = path.display().to_string()))?;
        let size = std::fs::metadata(&path).map(|m| m.len()).unwrap_or(0);
        {
            use std::io::Write;
            writeln!(std::io::stdout(), "{}", path.display())?;
        }
        ctx.say(t!(
            "backup-done",
            path = path.display().to_string(),
            size = decimal(size as f64 / 1e6, 1),
            seconds = decimal(started.elapsed().as_secs_f64(), 1),
            fingerprint = verdict.fingerprint.as_str()
        ));
        if let Some(keep) = self.keep {
            for old in rotate(&self.to, &prefix, keep as usize)? {
                ctx.say(t!("backup-removed-old", path = old.display().to_string()));
            }
        }
        if !verdict.findings.is_empty() {
            for f in &verdict.findings {
                eprintln!(
                    "{}",
                    t!(
                        "backup-finding",
                        check = f.check.to_string(),
                        table = f.table.to_string(),
                        problem = f.problem.to_string()
                    )
                );
            }
            eprintln!(
                "{}",
                t!("backup-kept-with-problems", count = verdict.findings.len())
            );
            return Ok(EXIT_ISSUES);
        }
        Ok(EXIT_OK)
    }
}

/// Remove all but the newest `keep` backups named `prefix…` in `dir`; the files removed.
fn rotate(dir: &Path, prefix: &str, keep: usize) -> Result<Vec<PathBuf>> {
    let mut backups: Vec<PathBuf> = std::fs::read_dir(dir)
        .with_context(|| t!("backup-reading", path = dir.display().to_string()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.file_name()
                .and_then(|n| n.to_str())
                .is_some_and(|n| n.starts_with(prefix) && n.ends_with(".db"))
        })
        .collect();
    // The names end in the date and time: by name is by age.
    backups.sort();
    let old = backups.len().saturating_sub(keep);
    let mut removed = Vec::new();
    for p in backups.into_iter().take(old) {
        std::fs::remove_file(&p)
            .with_context(|| t!("backup-removing", path = p.display().to_string()))?;
        removed.push(p);
    }
    Ok(removed)
}

impl Restore {
    /// Restore over the journal at `db_path` (which may be missing or damaged).
    pub fn run(&self, db_path: &Path, quiet: bool) -> Result<()> {
        let say = |m: String| {
            if !quiet {
                eprintln!("{m}");
            }
        };
        if !crate::output::is_sqlite_file(&self.file) {
            return Err(refused(t!(
                "restore-not-sqlite",
                file = self.file.display().to_string()
            )));
        }
        let backup = db::open_copy(&self.file)?;
        let verdict = verify(&backup, None)
            .with_context(|| t!("restore-verifying", file = self.file.display().to_string()))?;
        if !verdict.findings.is_empty() {
            for f in &verdict.findings {
                eprintln!(
                    "{}: {}: {} {}",
                    self.file.display(),
                    f.check,
                    f.table,
                    f.problem
                );
            }
            return Err(refused(t!(
                "restore-does-not-verify",
                file = self.file.display().to_string(),
                count = verdict.findings.len()
            )));
        }
        let setting =
            |conn: &rusqlite::Connection, key: &str| db::settings::setting(conn, key).ok();
        let theirs = (
            setting(&backup, "school_name"),
            setting(&backup, "academic_year"),
        );
        drop(backup);
        if db_path.exists() {
            // The journal now: the same school and year, or --force.
            if let Ok(current) = rusqlite::Connection::open(db_path) {
                let ours = (
                    setting(&current, "school_name"),
                    setting(&current, "academic_year"),
                );
                if ours.0.is_some() && ours != theirs && !self.force {
                    return Err(usage(t!(
                        "restore-other-school",
                        file = self.file.display().to_string(),
                        their_school = theirs.0.unwrap_or_default(),
                        their_year = theirs.1.unwrap_or_default(),
                        journal = db_path.display().to_string(),
                        our_school = ours.0.unwrap_or_default(),
                        our_year = ours.1.unwrap_or_default()
                    )));
                }
                // Fold the write-ahead log into the file, so the kept copy is whole.
                let _ = current.pragma_update(None, "wal_checkpoint", "TRUNCATE");
            }
            let kept = db_path.with_file_name(format!(
                "{}.before-restore-{}",
                db_path
                    .file_name()
                    .map(|n| n.to_string_lossy().into_owned())
                    .unwrap_or_default(),
                crate::clock::now().format("%Y-%m-%d_%H%M%S")
            ));
            std::fs::rename(db_path, &kept).with_context(|| {
                t!(
                    "restore-keeping",
                    journal = db_path.display().to_string(),
                    kept = kept.display().to_string()
                )
            })?;
            for suffix in ["-wal", "-shm"] {
                let side = PathBuf::from(format!("{}{suffix}", db_path.display()));
                if side.exists() {
                    let _ = std::fs::rename(
                        &side,
                        PathBuf::from(format!("{}{suffix}", kept.display())),
                    );
                }
            }
            say(t!("restore-kept", kept = kept.display().to_string()));
        }
        crate::output::copy_file(&self.file, db_path)?;
        say(t!(
            "restore-done",
            journal = db_path.display().to_string(),
            file = self.file.display().to_string(),
            fingerprint = verdict.fingerprint.as_str()
        ));
        Ok(())
    }
}
