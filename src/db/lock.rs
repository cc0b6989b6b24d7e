//! Locked dates. The rule's home is the `lock_line` view (migration 005), which every lock
//! trigger reads to refuse a write with `ejournal: date locked`. [`LockState`] draws the
//! same line in Rust, for a today the caller chooses (a read outside a write transaction
//! has no session today for the view to use), so the tool can check a whole file first and
//! name every locked row; a test holds the two together on a grid of dates and graces.
//! This module also moves the lock and reads its history.

use anyhow::{Context, Result};
use chrono::{Duration, NaiveDate};
use rusqlite::{Connection, Row};

use crate::domain::date::{iso, parse_iso, ru};
use crate::error::stored;

/// The lock settings as of a day.
#[derive(Debug, Clone, Copy)]
pub struct LockState {
    /// Every date up to this one is locked (the fixed lock).
    pub locked_until: Option<NaiveDate>,
    /// The rolling lock: dates older than this many days before today are locked.
    pub older_than: Option<i64>,
    pub today: NaiveDate,
}

impl LockState {
    /// The lock settings, for writes judged as of `today`; a stored value that does not
    /// read is an error naming the setting.
    pub fn load(conn: &Connection, today: NaiveDate) -> Result<LockState> {
        let until = super::settings::setting(conn, "locked_until")?;
        let older = super::settings::setting(conn, "lock_older_than")?;
        let locked_until = if until.is_empty() {
            None
        } else {
            Some(parse_iso(&until).map_err(|e| stored("settings", "locked_until", e))?)
        };
        let older_than = match older.as_str() {
            "off" => None,
            n => Some(n.parse::<i64>().map_err(|_| {
                stored(
                    "settings",
                    "lock_older_than",
                    crate::t!("lock-stored-older-than", value = n),
                )
            })?),
        };
        Ok(LockState {
            locked_until,
            older_than,
            today,
        })
    }

    /// The first day the rolling lock leaves open for work with this checking grace.
    fn rolling_open_from(&self, grace_days: i64) -> Option<NaiveDate> {
        self.older_than
            .map(|n| self.today - Duration::days(n + grace_days))
    }

    /// The last locked day for work with this checking grace (None: nothing is locked):
    /// the `lock_line` view's `last_locked_day`, drawn for `self.today`.
    pub fn last_locked_day(&self, grace_days: i64) -> Option<NaiveDate> {
        let rolling = self
            .rolling_open_from(grace_days)
            .map(|d| d - Duration::days(1));
        // None orders before every day: the later lock wins.
        self.locked_until.max(rolling)
    }

    /// Why a date is locked for work with this checking grace, or None when it is open.
    pub fn why_locked(&self, date: NaiveDate, grace_days: i64) -> Option<String> {
        if date > self.last_locked_day(grace_days)? {
            return None;
        }
        if let Some(until) = self.locked_until.filter(|u| date <= *u) {
            return Some(crate::t!(
                "lock-date-locked-until",
                date = ru(date),
                until = ru(until)
            ));
        }
        let n = self.older_than?;
        let limit = self.rolling_open_from(grace_days)?;
        Some(if grace_days > 0 {
            crate::t!(
                "lock-date-locked-rolling-grace",
                date = ru(date),
                days = n,
                grace = grace_days,
                limit = ru(limit)
            )
        } else {
            crate::t!(
                "lock-date-locked-rolling",
                date = ru(date),
                days = n,
                limit = ru(limit)
            )
        })
    }

    /// Are the final marks of a period that ends on this day locked? Only the fixed lock
    /// closes a period (the `locked_periods` view).
    pub fn period_locked(&self, ends_on: NaiveDate) -> bool {
        self.locked_until.is_some_and(|u| ends_on <= u)
    }
}

/// Turn a lock trigger's refusal into a plain message naming the date and the lock; any
/// other error passes through.
pub fn lock_message(err: anyhow::Error, date: NaiveDate) -> anyhow::Error {
    if is_lock_refusal(&err) {
        crate::error::refused(crate::t!("lock-refused", date = ru(date)))
    } else {
        err
    }
}

/// A calendar change the triggers of migration 007 refused, said in full (exit 65): `what`
/// names the change; the lock line and the period's final marks say why.
pub fn calendar_message(err: anyhow::Error, what: &str, state: &LockState) -> anyhow::Error {
    let said = |needle: &str| err.chain().any(|e| e.to_string().contains(needle));
    if said("ejournal: calendar locked") {
        crate::error::refused(match state.last_locked_day(0) {
            Some(d) => crate::t!("lock-calendar-refused-until", what = what, until = ru(d)),
            None => crate::t!("lock-calendar-refused", what = what),
        })
    } else if said("ejournal: period has final marks") {
        crate::error::refused(crate::t!("lock-period-has-finals", what = what))
    } else {
        err
    }
}

/// True when an error is a lock trigger's refusal.
pub fn is_lock_refusal(err: &anyhow::Error) -> bool {
    err.chain().any(|e| {
        let s = e.to_string();
        s.contains("ejournal: date locked") || s.contains("ejournal: period locked")
    })
}

/// Move the fixed lock: every date up to `until` is locked; None lifts it. Call inside a
/// write transaction (`begin_write`), whose actor the audit trail keeps.
pub fn set_locked_until(conn: &Connection, until: Option<NaiveDate>) -> Result<()> {
    let value = until.map(iso).unwrap_or_default();
    conn.execute(
        "UPDATE settings SET value = ?1 WHERE key = 'locked_until'",
        [&value],
    )
    .with_context(|| crate::t!("lock-context-move", value = value.as_str()))?;
    Ok(())
}

/// Set the rolling lock to N days, or off (None). Inside a write transaction.
pub fn set_older_than(conn: &Connection, days: Option<i64>) -> Result<()> {
    let value = days.map(|n| n.to_string()).unwrap_or_else(|| "off".into());
    conn.execute(
        "UPDATE settings SET value = ?1 WHERE key = 'lock_older_than'",
        [&value],
    )
    .with_context(|| crate::t!("lock-context-rolling", value = value.as_str()))?;
    Ok(())
}

/// What a change of the lock set it to.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum LockValue {
    /// The fixed lock moved to this day.
    LockedUntil(NaiveDate),
    /// The fixed lock was lifted.
    Unlocked,
    /// The rolling lock was set to this many days (as stored).
    OlderThan(String),
    /// The rolling lock was turned off.
    RollingOff,
}

/// One change of the lock, from the audit trail.
#[derive(Debug, Clone)]
pub struct LockChange {
    pub id: i64,
    pub value: LockValue,
    pub at: String,
    pub actor: String,
    pub reason: String,
}

/// A lock change as stored: `after` is the trigger's `{"key": "value"}`.
struct LockChangeRow {
    id: i64,
    after: String,
    at: String,
    actor: String,
    reason: String,
}

impl LockChangeRow {
    fn from_row(r: &Row) -> rusqlite::Result<LockChangeRow> {
        Ok(LockChangeRow {
            id: r.get(0)?,
            after: r.get(1)?,
            at: r.get(2)?,
            actor: r.get(3)?,
            reason: r.get(4)?,
        })
    }

    fn decode(self) -> Result<LockChange> {
        let bad = |msg: String| stored("audit_log", self.id, msg);
        let v: serde_json::Value = serde_json::from_str(&self.after)
            .map_err(|e| bad(crate::t!("lock-stored-not-json", error = e.to_string())))?;
        let (key, value) = v
            .as_object()
            .and_then(|o| o.iter().next())
            .map(|(k, v)| (k.as_str(), v.as_str().unwrap_or("")))
            .ok_or_else(|| bad(crate::t!("lock-stored-no-setting")))?;
        let value = match (key, value) {
            ("locked_until", "") => LockValue::Unlocked,
            ("locked_until", d) => LockValue::LockedUntil(parse_iso(d).map_err(bad)?),
            (_, "off") => LockValue::RollingOff,
            (_, n) => LockValue::OlderThan(n.to_string()),
        };
        Ok(LockChange {
            id: self.id,
            value,
            at: self.at,
            actor: self.actor,
            reason: self.reason,
        })
    }
}

/// The last `limit` changes of the lock, newest first.
pub fn lock_history(conn: &Connection, limit: u32) -> Result<Vec<LockChange>> {
    let mut stmt = conn
        .prepare(
            "SELECT id, after, at, actor, coalesce(reason, '') FROM audit_log
             WHERE entity = 'lock' ORDER BY id DESC LIMIT ?1",
        )
        .with_context(|| crate::t!("lock-context-history"))?;
    let rows = stmt
        .query_map([limit], LockChangeRow::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("lock-context-history"))?;
    rows.into_iter().map(LockChangeRow::decode).collect()
}
