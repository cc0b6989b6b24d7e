//! The journal file: opening, the `RU` collation, numbered migrations, and write
//! transactions that tell the triggers who is writing.

pub mod absences;
pub mod access_log;
pub mod audit;
pub mod calendar;
pub mod classes;
pub mod courses;
pub mod decode;
pub mod demo;
pub mod enrolments;
pub mod entry_scope;
pub mod finals;
pub mod groups;
pub mod guardians;
pub mod history;
pub mod import_log;
pub mod journal_kind;
pub mod lesson_records;
pub mod lessons;
pub mod lock;
pub mod marks;
pub mod people;
pub mod periods;
pub mod permits;
pub mod plans;
pub mod remarks;
pub mod requests;
pub mod resolve;
pub mod settings;
pub mod staff;
pub mod students;
pub mod timetable;
pub mod totals;
pub mod work_types;

use std::path::Path;
use std::time::Duration;

use anyhow::{bail, Context, Result};
use rusqlite::functions::FunctionFlags;
use rusqlite::{Connection, OpenFlags, Transaction, TransactionBehavior};

/// Migrations in order; migration N brings `PRAGMA user_version` to N.
const MIGRATIONS: &[&str] = &[
    include_str!("migrations/001_schema.sql"),
    include_str!("migrations/002_journal.sql"),
    include_str!("migrations/003_reports.sql"),
    include_str!("migrations/004_names.sql"),
    include_str!("migrations/005_lock_predicate.sql"),
    include_str!("migrations/006_training.sql"),
    include_str!("migrations/007_rules_in_triggers.sql"),
    include_str!("migrations/008_entry_window.sql"),
    include_str!("migrations/009_logins.sql"),
    include_str!("migrations/010_mark_permits.sql"),
    include_str!("migrations/011_session_guard.sql"),
    include_str!("migrations/012_history.sql"),
    include_str!("migrations/013_guards.sql"),
    include_str!("migrations/014_lesson_records.sql"),
    include_str!("migrations/015_plan_control_works.sql"),
    // Written so that it may run twice.
    include_str!("migrations/016_report_indexes.sql"),
    include_str!("migrations/017_import_batches.sql"),
    include_str!("migrations/018_mark_entries.sql"),
    include_str!("migrations/019_lesson_flags.sql"),
];

/// The version that began the history and its chain (migration 012).
const HISTORY_VERSION: i64 = 12;

/// The schema version this build writes.
pub const SCHEMA_VERSION: i64 = MIGRATIONS.len() as i64;

/// How long a new journal waits for another writer (nobody else has it yet).
const CREATE_WAIT: Duration = Duration::from_secs(5);

/// `wait`: how long to wait for another writer before giving up (exit 75).
fn configure(conn: &Connection, wait: Duration) -> Result<()> {
    conn.create_collation("RU", crate::domain::text::ru_compare)
        .with_context(|| crate::t!("db-context-collation"))?;
    // Only the tool opens an import batch, whose marks are checked as a set when it closes
    // (migration 018): plain SQLite has no such function and refuses to open one.
    conn.create_scalar_function(
        "ejournal_import_batch",
        0,
        FunctionFlags::SQLITE_UTF8 | FunctionFlags::SQLITE_DETERMINISTIC,
        |_| Ok(1),
    )
    .with_context(|| crate::t!("db-context-functions"))?;
    conn.busy_timeout(wait)?;
    conn.pragma_update(None, "foreign_keys", "ON")?;
    // 64 MB of pages. A big import is one transaction whose pages beyond that spill to the
    // WAL before the commit: measured no slower than a cache holding them all, in a third of
    // the memory (docs/PERFORMANCE.md).
    conn.pragma_update(None, "cache_size", -65_536)?;
    Ok(())
}

/// Create a new journal file; refuses when the file already exists.
pub fn create(path: &Path) -> Result<Connection> {
    if path.exists() {
        bail!(crate::t!("db-exists", path = path.display().to_string()));
    }
    // The journal holds children's personal data: its owner's only (SQLite gives the `-wal`
    // and `-shm` files the journal's mode).
    crate::output::create_private_file(path)?;
    let conn = Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_WRITE)
        .with_context(|| crate::t!("db-context-create", path = path.display().to_string()))?;
    configure(&conn, CREATE_WAIT)?;
    conn.pragma_update(None, "journal_mode", "WAL")
        .with_context(|| crate::t!("db-context-wal", path = path.display().to_string()))?;
    migrate(&conn)
        .with_context(|| crate::t!("db-context-schema", path = path.display().to_string()))?;
    Ok(conn)
}

/// Open an existing journal, bringing its schema up to date; a write waits up to `wait` for
/// another writer to finish.
pub fn open(path: &Path, wait: Duration) -> Result<Connection> {
    if !path.exists() {
        bail!(crate::t!("db-missing", path = path.display().to_string()));
    }
    // One connection, one thread: SQLite's own mutexes are not needed. A read-only file (an
    // archived journal) is opened for reading: lists, reports and `verify` work on it.
    let read_only = std::fs::metadata(path)
        .map(|m| m.permissions().readonly())
        .unwrap_or(false);
    let mode = if read_only {
        OpenFlags::SQLITE_OPEN_READ_ONLY
    } else {
        OpenFlags::SQLITE_OPEN_READ_WRITE
    };
    let conn = Connection::open_with_flags(path, mode | OpenFlags::SQLITE_OPEN_NO_MUTEX)
        .map_err(|e| explain(path, e.into()))?;
    configure(&conn, wait).map_err(|e| explain(path, e))?;
    let version: i64 = conn
        .pragma_query_value(None, "user_version", |r| r.get(0))
        .map_err(|e| explain(path, e.into()))?;
    if version == 0 {
        bail!(crate::t!("db-no-schema", path = path.display().to_string()));
    }
    if version > SCHEMA_VERSION {
        bail!(crate::t!(
            "db-newer",
            path = path.display().to_string(),
            version = version,
            known = SCHEMA_VERSION
        ));
    }
    if version < SCHEMA_VERSION {
        migrate(&conn)
            .with_context(|| crate::t!("db-context-upgrade", path = path.display().to_string()))?;
    }
    Ok(conn)
}

/// SQLite's errors about the file itself, as a sentence naming it; any other error as it
/// is (a busy journal keeps its own message and code).
pub fn explain(path: &Path, err: anyhow::Error) -> anyhow::Error {
    let code = err
        .chain()
        .find_map(|e| match e.downcast_ref::<rusqlite::Error>() {
            Some(rusqlite::Error::SqliteFailure(f, _)) => Some(f.code),
            _ => None,
        });
    let path = path.display().to_string();
    let path = path.as_str();
    let sentence = match code {
        Some(rusqlite::ErrorCode::NotADatabase) => {
            crate::t!("db-not-sqlite", path = path)
        }
        Some(rusqlite::ErrorCode::DatabaseCorrupt) => crate::t!("db-damaged", path = path),
        Some(rusqlite::ErrorCode::CannotOpen) => {
            crate::t!("db-cannot-open", path = path)
        }
        Some(rusqlite::ErrorCode::ReadOnly | rusqlite::ErrorCode::PermissionDenied) => {
            crate::t!("db-read-only", path = path)
        }
        Some(rusqlite::ErrorCode::DiskFull) => {
            crate::t!("db-disk-full", path = path)
        }
        Some(rusqlite::ErrorCode::SystemIoFailure) => {
            crate::t!("db-disk-error", path = path)
        }
        _ => return err,
    };
    anyhow::anyhow!(sentence)
}

fn migrate(conn: &Connection) -> Result<()> {
    let version: i64 = conn.pragma_query_value(None, "user_version", |r| r.get(0))?;
    let tx = conn.unchecked_transaction()?;
    // Records written outside the tool since its last write are sealed apart first, as
    // `begin_write` seals them: the migration's own block must not take them in as the tool's.
    if version >= HISTORY_VERSION {
        tx.execute(
            "UPDATE session SET actor = 'ejournal: migration' WHERE id = 1",
            [],
        )?;
        history::seal(&tx, true)?;
    }
    for (i, sql) in MIGRATIONS.iter().enumerate().skip(version as usize) {
        tx.execute_batch(sql)
            .map_err(|e| migration_failed(i + 1, e))?;
        tx.pragma_update(None, "user_version", (i + 1) as i64)?;
    }
    // The history begins sealed: what the migrations wrote (or found) is its first block; a
    // later migration's own records are sealed as the tool's (the session names it).
    tx.execute(
        "UPDATE session SET actor = 'ejournal: migration' WHERE id = 1",
        [],
    )?;
    history::seal(&tx, false)?;
    tx.execute("UPDATE session SET actor = NULL WHERE id = 1", [])?;
    tx.commit()?;
    Ok(())
}

/// Who writes: the actor the change is made for, and — when a deputy or the director enters
/// it for someone else — the login's owner who entered it. The triggers record both.
#[derive(Debug, Clone, Default)]
pub struct Who {
    pub actor: String,
    pub entered_by: Option<String>,
}

impl Who {
    /// Someone writing for himself.
    pub fn himself(actor: &str) -> Who {
        Who {
            actor: actor.to_string(),
            entered_by: None,
        }
    }
}

/// Begin a write transaction on behalf of `who` on `today` (the caller's context decides
/// what today is). `BEGIN IMMEDIATE` takes the write lock up front, so a busy journal is
/// reported before any work is done.
pub fn begin_write<'c>(
    conn: &'c mut Connection,
    who: &Who,
    reason: Option<&str>,
    today: chrono::NaiveDate,
) -> Result<Transaction<'c>> {
    let tx = conn.transaction_with_behavior(TransactionBehavior::Immediate)?;
    // A batch left open was opened outside the tool (the tool's own close before commit):
    // closed now, before the actor is named, its audit record says 'sql'.
    close_mark_batch(&tx)?;
    let now = crate::clock::now_on(today);
    let found = tx.execute(
        "UPDATE session SET actor = ?1, reason = ?2, today = ?3, now = ?4, permit_id = NULL,
                entered_by = ?5
         WHERE id = 1",
        (
            &who.actor,
            reason,
            crate::domain::date::iso(today),
            now.format("%Y-%m-%dT%H:%M:%S").to_string(),
            who.entered_by.as_deref(),
        ),
    )?;
    // Without the row the triggers cannot tell who writes (migration 011 refuses to delete
    // it; an older file, or one whose trigger was dropped, may have lost it).
    if found != 1 {
        bail!(crate::t!("db-session-missing"));
    }
    // Records nobody sealed were written outside the tool since its last write: seal them
    // apart, as evidence `verify` reports, before this write adds its own.
    if history::seal(&tx, true)?.is_some() {
        eprintln!("ejournal: {}", crate::t!("db-warning-changed-outside"));
    }
    Ok(tx)
}

/// Open an import batch (migration 017): the marks inserted until the write commits are
/// audited as one record, written when it closes. Opening an open batch does nothing; open
/// it before naming a permit (its reason is the write's own).
pub fn open_mark_batch(tx: &Connection) -> Result<()> {
    tx.execute(
        "UPDATE session SET batch_marks_after = (SELECT coalesce(max(id), 0) FROM marks),
                batch_history_after = (SELECT coalesce(max(id), 0) FROM history),
                batch_reason = reason
         WHERE id = 1 AND batch_marks_after IS NULL",
        [],
    )
    .with_context(|| crate::t!("db-context-batch"))?;
    Ok(())
}

/// Close the open import batch, if any: its trigger writes the batch's audit record.
fn close_mark_batch(tx: &Connection) -> Result<()> {
    tx.execute(
        "UPDATE session SET batch_marks_after = NULL, batch_history_after = NULL, batch_reason = NULL
         WHERE id = 1 AND batch_marks_after IS NOT NULL",
        [],
    )
    .with_context(|| crate::t!("db-context-batch"))?;
    Ok(())
}

/// Commit a transaction begun by [`begin_write`], clearing the session row first so that
/// nothing outside the tool is ever attributed to this actor.
pub fn commit(tx: Transaction<'_>) -> Result<()> {
    close_mark_batch(&tx)?;
    history::seal(&tx, false)?;
    tx.execute(
        "UPDATE session SET actor = NULL, reason = NULL, today = NULL, now = NULL, permit_id = NULL,
                entered_by = NULL
         WHERE id = 1",
        [],
    )?;
    tx.commit()
        .with_context(|| crate::t!("db-context-commit"))?;
    Ok(())
}

/// A migration that failed, said in one line: SQLite's message without the migration's
/// whole SQL text (which rusqlite's error carries).
fn migration_failed(n: usize, e: rusqlite::Error) -> anyhow::Error {
    let why = match &e {
        rusqlite::Error::SqlInputError { msg, .. } => msg.clone(),
        rusqlite::Error::SqliteFailure(_, Some(msg)) => msg.clone(),
        other => other.to_string(),
    };
    anyhow::anyhow!(crate::t!(
        "db-migration-failed",
        n = format!("{n:03}"),
        why = why
    ))
}

/// A schema object as `sqlite_master` holds it: (type, name, sql).
pub type SchemaObject = (String, String, Option<String>);

/// Every table, index, trigger and view of a journal, with its SQL.
pub fn schema_objects(conn: &Connection) -> Result<Vec<SchemaObject>> {
    let mut stmt = conn.prepare(
        "SELECT type, name, sql FROM sqlite_master WHERE name NOT LIKE 'sqlite_%' ORDER BY type, name",
    )?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-context-read-schema"))
}

/// The schema this version creates: every migration run on an empty database in memory.
pub fn expected_schema() -> Result<Vec<SchemaObject>> {
    let conn = Connection::open_in_memory()?;
    configure(&conn, CREATE_WAIT)?;
    let tx = conn.unchecked_transaction()?;
    for (i, sql) in MIGRATIONS.iter().enumerate() {
        tx.execute_batch(sql)
            .map_err(|e| migration_failed(i + 1, e))?;
    }
    let objects = schema_objects(&tx)?;
    tx.rollback()?;
    Ok(objects)
}

/// A connection that reads every page once, in order (a copy, a verification): a small page
/// cache serves it as well as a large one, and keeps a million-mark journal's command small.
pub fn reading_through(conn: &Connection) -> Result<()> {
    conn.pragma_update(None, "cache_size", -8_192)?;
    Ok(())
}

/// Copy the journal online (others may go on writing) into a new file at `path`, the
/// owner's only: SQLite's `VACUUM INTO` fills the empty private file and keeps its mode. A
/// copy that fails is removed.
pub fn copy_into(conn: &Connection, path: &Path) -> Result<()> {
    crate::output::create_private_file(path)?;
    reading_through(conn)?;
    let copied = conn
        .execute("VACUUM INTO ?1", [path.to_string_lossy()])
        .with_context(|| crate::t!("db-context-copy", path = path.display().to_string()));
    if copied.is_err() {
        let _ = std::fs::remove_file(path);
    }
    copied.map(|_| ())
}

/// Open a journal file only to read it (a backup, an archived copy) as it is: no migration.
pub fn open_copy(path: &Path) -> Result<Connection> {
    Connection::open_with_flags(path, OpenFlags::SQLITE_OPEN_READ_ONLY)
        .with_context(|| crate::t!("db-context-open", path = path.display().to_string()))
}
