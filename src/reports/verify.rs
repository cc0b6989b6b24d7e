//! `verify`: is the journal intact? SQLite's own checks; the schema, triggers and views
//! exactly as this version makes them; the chain unbroken (every record sealed by the tool,
//! none changed, added or removed since); and the history, replayed, reproducing every
//! journal table row for row. A change made outside the tool — with or without the
//! triggers — leaves a difference in one of them.

use std::collections::HashMap;

use anyhow::{Context, Result};
use rusqlite::Connection;

use crate::db::history::{self, Block};

/// One thing found wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// integrity, foreign_keys, schema, session, chain, history, fingerprint
    pub check: &'static str,
    /// The table (or schema object) concerned, or "".
    pub table: String,
    /// The row's key (a JSON array), a record range, or "".
    pub row: String,
    pub problem: String,
}

impl Finding {
    fn new(check: &'static str, table: &str, row: &str, problem: impl Into<String>) -> Finding {
        Finding {
            check,
            table: table.to_string(),
            row: row.to_string(),
            problem: problem.into(),
        }
    }
}

/// What `verify` found, and what it looked at.
#[derive(Debug, Clone)]
pub struct Verdict {
    pub findings: Vec<Finding>,
    pub history_records: u64,
    pub blocks: usize,
    pub fingerprint: String,
}

/// Check a journal; `pinned` is a fingerprint its history must contain (from a signed copy).
pub fn verify(conn: &Connection, pinned: Option<&str>) -> Result<Verdict> {
    crate::db::reading_through(conn)?;
    let mut findings = Vec::new();
    sqlite_checks(conn, &mut findings)?;
    schema(conn, &mut findings)?;
    session(conn, &mut findings)?;
    // Without its history and chain there is nothing to replay (the schema check said so).
    let recorded = table_exists(conn, "chain")? && table_exists(conn, "history")?;
    let blocks = if recorded {
        history::blocks(conn)?
    } else {
        Vec::new()
    };
    let mut history_records = 0;
    if recorded {
        chain(conn, &blocks, &mut findings)?;
        history_records = replay(conn, &mut findings)?;
    }
    let fingerprint = blocks.last().map(Block::fingerprint).unwrap_or_default();
    if let Some(pin) = pinned {
        let pin = pin.trim().to_lowercase();
        if !blocks
            .iter()
            .any(|b| history::hex(&b.hash).starts_with(&pin))
        {
            findings.push(Finding::new(
                "fingerprint",
                "",
                "",
                crate::t!("verify-pin-unknown", fingerprint = pin.as_str()),
            ));
        }
    }
    Ok(Verdict {
        findings,
        history_records,
        blocks: blocks.len(),
        fingerprint,
    })
}

fn table_exists(conn: &Connection, name: &str) -> Result<bool> {
    Ok(conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?1)",
        [name],
        |r| r.get(0),
    )?)
}

/// `integrity_check` and `foreign_key_check`.
fn sqlite_checks(conn: &Connection, out: &mut Vec<Finding>) -> Result<()> {
    let lines: Vec<String> = conn
        .prepare("PRAGMA integrity_check")?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()
        .context("running integrity_check")?;
    for line in lines.into_iter().filter(|l| l != "ok") {
        out.push(Finding::new("integrity", "", "", line));
    }
    let mut stmt = conn.prepare("PRAGMA foreign_key_check")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, String>(0)?,
            r.get::<_, Option<i64>>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (table, rowid, parent) = row?;
        out.push(Finding::new(
            "foreign_keys",
            &table,
            &rowid.map(|r| format!("rowid {r}")).unwrap_or_default(),
            crate::t!("verify-foreign-key", table = parent.as_str()),
        ));
    }
    Ok(())
}

/// The session row exists, and is empty between writes: the tool fills it only inside its
/// own write transactions and clears it before each commit.
fn session(conn: &Connection, out: &mut Vec<Finding>) -> Result<()> {
    if !table_exists(conn, "session")? {
        return Ok(()); // the schema check said so
    }
    let row: Option<(Option<String>, Option<String>)> = conn
        .query_row(
            "SELECT actor, CAST(coalesce(reason, today, now, permit_id, entered_by, batch_marks_after,
                                        batch_history_after, batch_reason) AS TEXT)
             FROM session WHERE id = 1",
            [],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .map(Some)
        .or_else(|e| match e {
            rusqlite::Error::QueryReturnedNoRows => Ok(None),
            e => Err(e),
        })
        .with_context(|| crate::t!("verify-reading-session"))?;
    match row {
        None => out.push(Finding::new(
            "session",
            "session",
            "",
            crate::t!("verify-session-missing"),
        )),
        Some((actor, rest)) if actor.is_some() || rest.is_some() => out.push(Finding::new(
            "session",
            "session",
            "",
            match actor.as_deref() {
                Some(actor) => crate::t!("verify-session-filled", actor = actor),
                None => crate::t!("verify-session-filled-no-actor"),
            },
        )),
        _ => {}
    }
    Ok(())
}

/// Every table, index, trigger and view exactly as this version creates them.
fn schema(conn: &Connection, out: &mut Vec<Finding>) -> Result<()> {
    let expected = crate::db::expected_schema()?;
    let actual = crate::db::schema_objects(conn)?;
    let index =
        |v: &[(String, String, Option<String>)]| -> HashMap<(String, String), Option<String>> {
            v.iter()
                .map(|(kind, name, sql)| ((kind.clone(), name.clone()), sql.clone()))
                .collect()
        };
    let (want, have) = (index(&expected), index(&actual));
    for ((kind, name), sql) in &expected_sorted(&want) {
        match have.get(&(kind.clone(), name.clone())) {
            None => out.push(Finding::new(
                "schema",
                name,
                "",
                crate::t!(
                    "verify-schema-missing",
                    kind = kind.as_str(),
                    name = name.as_str()
                ),
            )),
            Some(s) if s != sql => out.push(Finding::new(
                "schema",
                name,
                "",
                crate::t!(
                    "verify-schema-changed",
                    kind = kind.as_str(),
                    name = name.as_str()
                ),
            )),
            _ => {}
        }
    }
    for ((kind, name), _) in &expected_sorted(&have) {
        if !want.contains_key(&(kind.clone(), name.clone())) {
            out.push(Finding::new(
                "schema",
                name,
                "",
                crate::t!(
                    "verify-schema-extra",
                    kind = kind.as_str(),
                    name = name.as_str()
                ),
            ));
        }
    }
    Ok(())
}

type SchemaKey = (String, String);

fn expected_sorted(m: &HashMap<SchemaKey, Option<String>>) -> Vec<(SchemaKey, Option<String>)> {
    let mut v: Vec<_> = m.iter().map(|(k, s)| (k.clone(), s.clone())).collect();
    v.sort();
    v
}

/// Recompute every block; report blocks that do not match their records, blocks of records
/// written outside the tool, and records nobody sealed.
fn chain(conn: &Connection, blocks: &[Block], out: &mut Vec<Finding>) -> Result<()> {
    let mut prev = vec![0u8; 32];
    let (mut h_from, mut a_from) = (0, 0);
    for b in blocks {
        let range = ranges(h_from, b.history_to, a_from, b.audit_to);
        if b.history_to < h_from || b.audit_to < a_from {
            out.push(Finding::new(
                "chain",
                "chain",
                &format!("block {}", b.seq),
                crate::t!("verify-block-back", block = b.seq, range = range.as_str()),
            ));
        } else {
            let hash =
                history::block_hash(conn, &prev, (h_from, b.history_to), (a_from, b.audit_to))?;
            if hash[..] != b.hash[..] {
                out.push(Finding::new(
                    "chain",
                    "chain",
                    &format!("block {}", b.seq),
                    crate::t!(
                        "verify-block-mismatch",
                        block = b.seq,
                        at = b.at.as_str(),
                        range = range.as_str()
                    ),
                ));
            }
        }
        if b.outside {
            out.push(Finding::new(
                "chain",
                "chain",
                &format!("block {}", b.seq),
                crate::t!(
                    "verify-outside-before",
                    at = b.at.as_str(),
                    range = range.as_str(),
                    sample = sample(conn, h_from, b.history_to)?
                ),
            ));
        }
        prev = b.hash.clone();
        h_from = h_from.max(b.history_to);
        a_from = a_from.max(b.audit_to);
    }
    let (h_to, a_to) = history::newest(conn)?;
    if h_to > h_from || a_to > a_from {
        out.push(Finding::new(
            "chain",
            "",
            "",
            crate::t!(
                "verify-outside-since",
                range = ranges(h_from, h_to, a_from, a_to),
                sample = sample(conn, h_from, h_to)?
            ),
        ));
    }
    Ok(())
}

/// "history 5–9, audit 3" for the records after `h_from` up to `h_to` (and the audit's).
fn ranges(h_from: i64, h_to: i64, a_from: i64, a_to: i64) -> String {
    let one = |what: &str, from: i64, to: i64| match to - from {
        n if n <= 0 => None,
        1 => Some(crate::t!("verify-record", what = what, to = to)),
        _ => Some(crate::t!(
            "verify-records",
            what = what,
            from = from + 1,
            to = to
        )),
    };
    let (history, audit) = (crate::t!("verify-history"), crate::t!("verify-audit"));
    [one(&history, h_from, h_to), one(&audit, a_from, a_to)]
        .into_iter()
        .flatten()
        .collect::<Vec<_>>()
        .join(", ")
}

/// The first few history records of a range, as "marks [4268] changed, …".
fn sample(conn: &Connection, from: i64, to: i64) -> Result<String> {
    let mut stmt = conn.prepare(
        "SELECT tbl, key, op FROM history WHERE id > ?1 AND id <= ?2 ORDER BY id LIMIT 6",
    )?;
    let rows: Vec<(String, String, String)> = stmt
        .query_map([from, to], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
        .collect::<rusqlite::Result<_>>()?;
    if rows.is_empty() {
        return Ok(String::new());
    }
    let mut parts: Vec<String> = rows
        .iter()
        .take(5)
        .map(|(t, k, op)| {
            let what = match op.as_str() {
                "i" => "verify-op-added",
                "u" => "verify-op-changed",
                "d" => "verify-op-deleted",
                _ => "verify-op-recorded",
            };
            format!("{t} {k} {}", crate::i18n::message(what, &[]))
        })
        .collect();
    if rows.len() > 5 {
        parts.push("…".into());
    }
    Ok(format!(" ({})", parts.join(", ")))
}

/// Replay the history and compare it with every tracked table; returns the records replayed.
/// The replay keeps a digest per row; the history's images of the rows found changed are
/// read again, in one more pass, to say what changed.
fn replay(conn: &Connection, out: &mut Vec<Finding>) -> Result<u64> {
    let mut replay = history::replay(conn)?;
    let records = replay.records;
    // (table, key, the row now, its columns)
    let mut changed: Vec<(String, String, String, Vec<String>)> = Vec::new();
    for t in history::tracked_tables(conn)? {
        history::each_current_row(conn, &t, |key, image| match replay.take(&t.table, key) {
            None => out.push(Finding::new(
                "history",
                &t.table,
                key,
                crate::t!("verify-row-not-in-history"),
            )),
            Some(was) if was != history::digest(image) => changed.push((
                t.table.clone(),
                key.to_string(),
                image.to_string(),
                t.other_columns.clone(),
            )),
            _ => {}
        })?;
    }
    let wanted: std::collections::HashSet<(String, String)> = changed
        .iter()
        .map(|(t, k, _, _)| (t.clone(), k.clone()))
        .collect();
    let was = history::last_images(conn, &wanted)?;
    for (table, key, now, columns) in changed {
        let image = was
            .get(&(table.clone(), key.clone()))
            .cloned()
            .flatten()
            .unwrap_or_default();
        out.push(Finding::new(
            "history",
            &table,
            &key,
            differences(&columns, &now, &image),
        ));
    }
    for (table, key) in replay.left() {
        out.push(Finding::new(
            "history",
            &table,
            &key,
            crate::t!("verify-row-deleted"),
        ));
    }
    Ok(records)
}

/// "value: 2 now, 4 in the history; …" for the columns that differ.
fn differences(columns: &[String], now: &str, was: &str) -> String {
    let parse = |s: &str| serde_json::from_str::<Vec<serde_json::Value>>(s).unwrap_or_default();
    let (now, was) = (parse(now), parse(was));
    let mut parts = Vec::new();
    for (i, col) in columns.iter().enumerate() {
        let (a, b) = (now.get(i), was.get(i));
        if a != b {
            let show = |v: Option<&serde_json::Value>| v.map(|v| v.to_string()).unwrap_or_default();
            parts.push(crate::t!(
                "verify-column-differs",
                column = col.as_str(),
                now = show(a),
                was = show(b)
            ));
        }
    }
    if parts.is_empty() {
        crate::t!("verify-row-differs")
    } else {
        crate::t!("verify-changed-outside", changes = parts.join("; "))
    }
}
