//! Whether a journal is real or a training journal (учебный журнал), set once by `init`
//! and guarded by triggers (migration 006).

use anyhow::{Context, Result};
use rusqlite::{Connection, OptionalExtension};

use crate::domain::journal::JournalKind;
use crate::error::stored;

/// Record the kind of a new journal (refused by the triggers once it is set).
pub fn set_kind(conn: &Connection, kind: JournalKind) -> Result<()> {
    conn.execute(
        "INSERT INTO journal_kind (id, training) VALUES (1, ?1)",
        [kind == JournalKind::Training],
    )
    .with_context(|| crate::t!("journal-kind-context-write"))?;
    Ok(())
}

/// The journal's kind. A journal without the record was changed outside the tool.
pub fn kind(conn: &Connection) -> Result<JournalKind> {
    let training: Option<bool> = conn
        .query_row("SELECT training FROM journal_kind WHERE id = 1", [], |r| {
            r.get(0)
        })
        .optional()
        .with_context(|| crate::t!("journal-kind-context-read"))?;
    match training {
        Some(true) => Ok(JournalKind::Training),
        Some(false) => Ok(JournalKind::Real),
        None => Err(stored(
            "journal_kind",
            super::decode::row_id(1),
            crate::t!("journal-kind-missing"),
        )
        .into()),
    }
}
