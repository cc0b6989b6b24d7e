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

/// A row's key as the history writes it (`[12]`, `[3,45]`): most are one integer, held as
/// one, so that replaying a million marks stays small.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum RowKey {
    Int(i64),
    Text(Box<str>),
}

impl RowKey {
    pub fn parse(key: &str) -> RowKey {
        key.strip_prefix('[')
            .and_then(|k| k.strip_suffix(']'))
            // Only the canonical form: `[007]` or `[+7]` must not pass for `[7]`.
            .filter(|k| {
                let digits = k.strip_prefix('-').unwrap_or(k);
                !digits.is_empty()
                    && digits.bytes().all(|b| b.is_ascii_digit())
                    && (digits == "0" || !digits.starts_with('0'))
                    && *k != "-0"
            })
            .and_then(|k| k.parse::<i64>().ok())
            .map_or_else(|| RowKey::Text(key.into()), RowKey::Int)
    }
}

/// A row image's digest: the first half of its SHA-256 (a changed row cannot be made to
/// match its history's digest).
pub type Digest16 = [u8; 16];

pub fn digest(image: &str) -> Digest16 {
    let full = Sha256::digest(image.as_bytes());
    let mut out = [0u8; 16];
    out.copy_from_slice(&full[..16]);
    out
}

/// The content the history says every journal table should have: a digest per row that
/// exists (a deleted row is dropped). Rows keyed by one integer (nearly all) are held apart
/// from the rest, sixteen bytes of key each, so that replaying a million marks stays small.
pub struct Replay {
    /// tracked tables by name → their number in the maps' keys
    tables: std::collections::HashMap<String, u16>,
    by_id: std::collections::HashMap<(u16, i64), Digest16>,
    by_text: std::collections::HashMap<(u16, Box<str>), Digest16>,
    pub records: u64,
}

impl Replay {
    /// Take a row out of the replay: its digest, or None when the history does not have it
    /// (never added, or deleted).
    pub fn take(&mut self, table: &str, key: &str) -> Option<Digest16> {
        let t = *self.tables.get(table)?;
        match RowKey::parse(key) {
            RowKey::Int(n) => self.by_id.remove(&(t, n)),
            RowKey::Text(k) => self.by_text.remove(&(t, k)),
        }
    }

    /// The rows left that the history says exist: (table, key).
    pub fn left(self) -> Vec<(String, String)> {
        let names: std::collections::HashMap<u16, String> =
            self.tables.into_iter().map(|(n, t)| (t, n)).collect();
        let mut out: Vec<(String, String)> = self
            .by_id
            .into_keys()
            .map(|(t, n)| (names[&t].clone(), format!("[{n}]")))
            .chain(
                self.by_text
                    .into_keys()
                    .map(|(t, k)| (names[&t].clone(), k.into_string())),
            )
            .collect();
        out.sort();
        out
    }
}

/// Replay the whole history in one pass.
pub fn replay(conn: &Connection) -> Result<Replay> {
    let mut tables = std::collections::HashMap::new();
    let mut by_id = std::collections::HashMap::new();
    let mut by_text = std::collections::HashMap::new();
    let mut records = 0;
    let mut stmt = conn.prepare("SELECT tbl, key, op, image FROM history ORDER BY id")?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        records += 1;
        let tbl = r.get_ref(0)?.as_str()?;
        let next = tables.len() as u16;
        let t = match tables.get(tbl) {
            Some(&t) => t,
            None => *tables.entry(tbl.to_string()).or_insert(next),
        };
        let key = RowKey::parse(r.get_ref(1)?.as_str()?);
        let deleted = r.get_ref(2)?.as_str()? == "d";
        let image = match r.get_ref(3)?.as_str_or_null()? {
            Some(image) if !deleted => Some(digest(image)),
            _ => None,
        };
        match (key, image) {
            (RowKey::Int(n), Some(d)) => {
                by_id.insert((t, n), d);
            }
            (RowKey::Int(n), None) => {
                by_id.remove(&(t, n));
            }
            (RowKey::Text(k), Some(d)) => {
                by_text.insert((t, k), d);
            }
            (RowKey::Text(k), None) => {
                by_text.remove(&(t, k));
            }
        }
    }
    Ok(Replay {
        tables,
        by_id,
        by_text,
        records,
    })
}

/// The last images the history wrote of these rows ((table, key) → image; None: deleted),
/// for saying how a changed row differs.
pub fn last_images(
    conn: &Connection,
    wanted: &std::collections::HashSet<(String, String)>,
) -> Result<std::collections::HashMap<(String, String), Option<String>>> {
    let mut out = std::collections::HashMap::new();
    if wanted.is_empty() {
        return Ok(out);
    }
    let mut stmt = conn.prepare("SELECT tbl, key, op, image FROM history ORDER BY id")?;
    let mut q = stmt.query([])?;
    while let Some(r) = q.next()? {
        let k = (r.get::<_, String>(0)?, r.get::<_, String>(1)?);
        if wanted.contains(&k) {
            let op: String = r.get(2)?;
            let image: Option<String> = r.get(3)?;
            out.insert(k, if op == "d" { None } else { image });
        }
    }
    Ok(out)
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

/// A tracked table's rows as the history encodes them, (key, image) one at a time.
pub fn each_current_row(
    conn: &Connection,
    t: &Tracked,
    mut f: impl FnMut(&str, &str),
) -> Result<()> {
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
    let context = || crate::t!("db-reading-table", table = t.table.to_string());
    let mut stmt = conn.prepare(&sql).with_context(context)?;
    let mut rows = stmt.query([]).with_context(context)?;
    while let Some(r) = rows.next().with_context(context)? {
        let key = r.get_ref(0)?.as_str()?;
        let image = r.get_ref(1)?.as_str()?;
        f(key, image);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_row_key_is_an_integer_only_in_its_canonical_form() {
        assert_eq!(RowKey::parse("[12]"), RowKey::Int(12));
        assert_eq!(RowKey::parse("[0]"), RowKey::Int(0));
        assert_eq!(RowKey::parse("[-3]"), RowKey::Int(-3));
        for other in [
            "[012]",
            "[+12]",
            "[-0]",
            "[]",
            "[1,2]",
            "12",
            "[ 12]",
            "[99999999999999999999]",
        ] {
            assert_eq!(RowKey::parse(other), RowKey::Text(other.into()), "{other}");
        }
    }
}
