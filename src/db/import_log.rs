//! The import log: who loaded which file, and what it did to the journal.

use anyhow::{Context, Result};
use rusqlite::{params, Connection};

/// One import, as the log records it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ImportLogEntry<'a> {
    pub actor: &'a str,
    /// The kind of import: roster, load, timetable, …
    pub kind: &'a str,
    /// The file as the user named it.
    pub file: &'a str,
    pub rows_read: u64,
    pub added: u64,
    pub updated: u64,
    pub unchanged: u64,
    pub removed: u64,
}

/// Record an import, stamped with the local time now.
pub fn record_import(conn: &Connection, entry: &ImportLogEntry) -> Result<()> {
    conn.execute(
        "INSERT INTO import_log (at, actor, kind, file, rows_read, added, updated, unchanged, removed)
         VALUES ((SELECT COALESCE(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')) FROM session WHERE id = 1), ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)",
        params![
            entry.actor,
            entry.kind,
            entry.file,
            entry.rows_read as i64,
            entry.added as i64,
            entry.updated as i64,
            entry.unchanged as i64,
            entry.removed as i64
        ],
    )
    .with_context(|| crate::t!("db-recording-import", file = entry.file.to_string()))?;
    Ok(())
}
