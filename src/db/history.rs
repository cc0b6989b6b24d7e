//! The journal's history (ledger) and the chain that seals it.
//!
//! Triggers (migration 012) write every row of every journal table to `history` as it is
//! after each change, whatever makes the change. Each write the tool commits seals what it
//! added — history and audit records — into a `chain` block: SHA-256 over the previous
//! block's hash and the new records. Records the tool finds unsealed when it begins a write
//! were made outside it (plain SQL): it seals them in a block marked `outside`, so the
//! evidence stays and `verify` reports it. The fingerprint — the newest block's hash —
//! goes on paper copies and backups: it pins the history as it was then.

use anyhow::{Context, Result};
use rusqlite::types::ValueRef;
use rusqlite::{params, Connection, OptionalExtension};
use sha2::{Digest, Sha256};

/// One block of the chain.
#[derive(Debug, Clone)]
pub struct Block {
    pub seq: i64,
    pub history_to: i64,
    pub audit_to: i64,
    pub at: String,
    pub hash: Vec<u8>,
    /// Sealed records written outside the tool.
    pub outside: bool,
}

impl Block {
    fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Block> {
        Ok(Block {
            seq: r.get("seq")?,
            history_to: r.get("history_to")?,
            audit_to: r.get("audit_to")?,
            at: r.get("at")?,
            hash: r.get("hash")?,
            outside: r.get::<_, i64>("outside")? != 0,
        })
    }
}

impl Block {
    /// The block's fingerprint: the first hex digits of its hash.
    pub fn fingerprint(&self) -> String {
        hex(&self.hash)[..FINGERPRINT_DIGITS].to_string()
    }
}

/// The hash before the first block.
const GENESIS: [u8; 32] = [0; 32];

/// How many hex digits of the newest block's hash a fingerprint shows.
pub const FINGERPRINT_DIGITS: usize = 16;

/// The hex digits of a hash.
pub fn hex(hash: &[u8]) -> String {
    hash.iter().map(|b| format!("{b:02x}")).collect()
}

/// The columns of an audit record, in the order they are sealed.
const AUDIT_COLUMNS: &str = "id, at, actor, entered_by, entity, entity_id, action, class_id, \
                             student_id, before, after, reason";

/// The blocks of the chain, oldest first.
pub fn blocks(conn: &Connection) -> Result<Vec<Block>> {
    let mut stmt = conn
        .prepare("SELECT seq, history_to, audit_to, at, hash, outside FROM chain ORDER BY seq")?;
    let rows = stmt.query_map([], Block::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-chain"))
}

/// The newest block, if any.
pub fn head(conn: &Connection) -> Result<Option<Block>> {
    conn.query_row(
        "SELECT seq, history_to, audit_to, at, hash, outside FROM chain ORDER BY seq DESC LIMIT 1",
        [],
        Block::from_row,
    )
    .optional()
    .with_context(|| crate::t!("db-reading-chain"))
}

/// The journal's fingerprint: the first hex digits of the newest block's hash.
pub fn fingerprint(conn: &Connection) -> Result<String> {
    Ok(fingerprint_of(head(conn)?.as_ref()))
}

/// The fingerprint of a journal whose newest block is `head` (zeros before the first).
pub fn fingerprint_of(head: Option<&Block>) -> String {
    head.map(Block::fingerprint)
        .unwrap_or_else(|| "0".repeat(FINGERPRINT_DIGITS))
}

/// The newest history and audit record ids.
pub fn newest(conn: &Connection) -> Result<(i64, i64)> {
    conn.query_row(
        "SELECT (SELECT coalesce(max(id), 0) FROM history), (SELECT coalesce(max(id), 0) FROM audit_log)",
        [],
        |r| Ok((r.get(0)?, r.get(1)?)),
    )
    .with_context(|| crate::t!("db-reading-history"))
}

/// SHA-256 over `prev` and the history records `(h_from, h_to]` and audit records
/// `(a_from, a_to]`, each value encoded with its type and length so no two contents
/// encode alike.
pub fn block_hash(
    conn: &Connection,
    prev: &[u8],
    (h_from, h_to): (i64, i64),
    (a_from, a_to): (i64, i64),
) -> Result<[u8; 32]> {
    let mut hasher = Sha256::new();
    hasher.update(prev);
    let mut feed = |sql: &str, from: i64, to: i64, tag: &[u8]| -> Result<()> {
        hasher.update(tag);
        let mut stmt = conn.prepare_cached(sql)?;
        let mut rows = stmt.query(params![from, to])?;
        let n = rows.as_ref().map_or(0, |s| s.column_count());
        let mut buf = Vec::with_capacity(256);
        while let Some(row) = rows.next()? {
            buf.clear();
            for i in 0..n {
                encode(row.get_ref(i)?, &mut buf);
            }
            hasher.update(&buf);
        }
        Ok(())
    };
    feed(
        "SELECT id, tbl, key, op, image FROM history WHERE id > ?1 AND id <= ?2 ORDER BY id",
        h_from,
        h_to,
        b"history",
    )?;
    feed(
        &format!("SELECT {AUDIT_COLUMNS} FROM audit_log WHERE id > ?1 AND id <= ?2 ORDER BY id"),
        a_from,
        a_to,
        b"audit",
    )?;
    Ok(hasher.finalize().into())
}

/// One value: a type tag, then its length and bytes (numbers as their exact text).
fn encode(v: ValueRef, buf: &mut Vec<u8>) {
    let mut put = |tag: u8, bytes: &[u8]| {
        buf.push(tag);
        buf.extend_from_slice(&(bytes.len() as u64).to_le_bytes());
        buf.extend_from_slice(bytes);
    };
    match v {
        ValueRef::Null => put(b'n', b""),
        ValueRef::Integer(i) => put(b'i', i.to_string().as_bytes()),
        ValueRef::Real(f) => put(b'r', &f.to_bits().to_le_bytes()),
        ValueRef::Text(t) => put(b't', t),
        ValueRef::Blob(b) => put(b'b', b),
    }
}

/// Seal the records added since the newest block into a new block (`outside`: they were
/// written outside the tool). Returns the block, or None when there was nothing to seal.
pub fn seal(conn: &Connection, outside: bool) -> Result<Option<Block>> {
    let last = head(conn)?;
    let (prev, h_from, a_from) = match &last {
        Some(b) => (b.hash.clone(), b.history_to, b.audit_to),
        None => (GENESIS.to_vec(), 0, 0),
    };
    let (h_to, a_to) = newest(conn)?;
    if h_to <= h_from && a_to <= a_from {
        return Ok(None);
    }
    let hash = block_hash(conn, &prev, (h_from, h_to), (a_from, a_to))?;
    let at = crate::clock::now().format("%Y-%m-%dT%H:%M:%S").to_string();
    conn.execute(
        "INSERT INTO chain (history_to, audit_to, at, hash, outside) VALUES (?1, ?2, ?3, ?4, ?5)",
        params![h_to, a_to, at, hash.to_vec(), outside],
    )
    .with_context(|| crate::t!("db-sealing-history"))?;
    head(conn)
}

/// The history records of one table in order: (key, image; None when deleted).
pub struct Replay {
    /// (table, key) → the row's other columns as the history last wrote them (None: deleted)
    pub rows: std::collections::HashMap<(String, String), Option<String>>,
    pub records: u64,
}

/// Replay the whole history: the content every journal table should have.
pub fn replay(conn: &Connection) -> Result<Replay> {
    let mut rows = std::collections::HashMap::new();
    let mut records = 0;
    let mut stmt = conn.prepare("SELECT tbl, key, op, image FROM history ORDER BY id")?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        records += 1;
        let (tbl, key, op): (String, String, String) = (r.get(0)?, r.get(1)?, r.get(2)?);
        let image: Option<String> = r.get(3)?;
        rows.insert((tbl, key), if op == "d" { None } else { image });
    }
    Ok(Replay { rows, records })
}

/// The history-tracked tables (every table but the session row, the audit trail, the
/// history and the chain), with their primary-key and other columns.
pub struct Tracked {
    pub table: String,
    pub key_columns: Vec<String>,
    pub other_columns: Vec<String>,
}

/// Tables the history does not track: the session (scratch), and the records themselves.
pub const UNTRACKED: [&str; 4] = ["session", "audit_log", "history", "chain"];

/// The tracked tables of a journal's schema.
pub fn tracked_tables(conn: &Connection) -> Result<Vec<Tracked>> {
    let names: Vec<String> = conn
        .prepare(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name",
        )?
        .query_map([], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()?;
    let mut out = Vec::new();
    for table in names
        .into_iter()
        .filter(|n| !UNTRACKED.contains(&n.as_str()))
    {
        let mut cols: Vec<(String, i64, i64)> = conn
            .prepare("SELECT name, pk, cid FROM pragma_table_info(?1)")?
            .query_map([&table], |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)))?
            .collect::<rusqlite::Result<_>>()?;
        cols.sort_by_key(|c| c.2);
        let mut keys: Vec<&(String, i64, i64)> = cols.iter().filter(|c| c.1 > 0).collect();
        keys.sort_by_key(|c| c.1);
        out.push(Tracked {
            key_columns: keys.iter().map(|c| c.0.clone()).collect(),
            other_columns: cols
                .iter()
                .filter(|c| c.1 == 0)
                .map(|c| c.0.clone())
                .collect(),
            table,
        });
    }
    Ok(out)
}

/// A tracked table's rows as the history encodes them: (key, image).
pub fn current_rows(conn: &Connection, t: &Tracked) -> Result<Vec<(String, String)>> {
    let q = |c: &[String]| {
        format!(
            "json_array({})",
            c.iter()
                .map(|c| format!("\"{c}\""))
                .collect::<Vec<_>>()
                .join(", ")
        )
    };
    let sql = format!(
        "SELECT {}, {} FROM \"{}\"",
        q(&t.key_columns),
        q(&t.other_columns),
        t.table
    );
    let mut stmt = conn
        .prepare(&sql)
        .with_context(|| crate::t!("db-reading-table", table = t.table.to_string()))?;
    let rows = stmt.query_map([], |r| Ok((r.get(0)?, r.get(1)?)))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-table", table = t.table.to_string()))
}
