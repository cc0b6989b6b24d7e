//! Permits (разрешения на внесение изменений): a deputy's written leave for late entries and
//! corrections of lessons in a span of dates, for the whole school, a class or a course,
//! until the end of a day. Migration 008 keeps them unedited but for revocation and never
//! deleted; a write under a permit names it in the session, and the window triggers
//! accept a late lesson only when that permit covers it. [`EntryWindow`] judges the same
//! line in Rust, so the tool can name every late row and find the covering permit.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::decode;
use crate::domain::date::{iso, ru};
use crate::domain::window::{entry_deadline, is_late};
use crate::error::stored;

/// A permit as stored, with its class's and course's names.
#[derive(Debug, Clone)]
pub struct Permit {
    pub id: i64,
    pub class_id: Option<i64>,
    pub course_id: Option<i64>,
    pub class: String,
    pub subject: String,
    pub group: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub until: NaiveDate,
    pub reason: String,
    pub created_at: String,
    pub created_by: String,
    pub revoked_at: Option<String>,
    pub revoked_by: Option<String>,
    pub revoke_reason: Option<String>,
}

impl Permit {
    fn from_row(r: &Row) -> rusqlite::Result<Permit> {
        let id: i64 = r.get("id")?;
        let day = |col: &str| decode::date(r, col, "permits", decode::row_id(id));
        Ok(Permit {
            id,
            class_id: r.get("class_id")?,
            course_id: r.get("course_id")?,
            class: r.get("class")?,
            subject: r.get("subject")?,
            group: r.get("group_name")?,
            from: day("from_date")?,
            to: day("to_date")?,
            until: day("until")?,
            reason: r.get("reason")?,
            created_at: r.get("created_at")?,
            created_by: r.get("created_by")?,
            revoked_at: r.get("revoked_at")?,
            revoked_by: r.get("revoked_by")?,
            revoke_reason: r.get("revoke_reason")?,
        })
    }

    /// Valid on `today`: not revoked, and `until` not passed (the trigger's `session_permit`).
    pub fn valid_on(&self, today: NaiveDate) -> bool {
        self.revoked_at.is_none() && self.until >= today
    }

    /// Does it cover a lesson of this class and course on this date?
    pub fn covers(&self, date: NaiveDate, class_id: i64, course_id: i64) -> bool {
        (self.from..=self.to).contains(&date)
            && self.class_id.is_none_or(|c| c == class_id)
            && self.course_id.is_none_or(|c| c == course_id)
    }

    /// Narrower first: a course before a class before the school, then the shorter span.
    fn breadth(&self) -> (bool, bool, i64, i64) {
        (
            self.course_id.is_none(),
            self.class_id.is_none(),
            (self.to - self.from).num_days(),
            self.id,
        )
    }
}

const PERMITS: &str = "SELECT p.id, p.class_id, p.course_id, coalesce(cl.name, '') AS class,
        coalesce(s.name, '') AS subject, coalesce(c.group_name, '') AS group_name,
        p.from_date, p.to_date, p.until, p.reason, p.created_at, p.created_by,
        p.revoked_at, p.revoked_by, p.revoke_reason
 FROM permits p LEFT JOIN classes cl ON cl.id = p.class_id
 LEFT JOIN courses c ON c.id = p.course_id LEFT JOIN subjects s ON s.id = c.subject_id";

/// Every permit, newest first.
pub fn all_permits(conn: &Connection) -> Result<Vec<Permit>> {
    let mut stmt = conn.prepare(&format!("{PERMITS} ORDER BY p.id DESC"))?;
    let rows = stmt.query_map([], Permit::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("permit-context-list"))
}

/// The permit with this id, if there is one.
pub fn permit_by_id(conn: &Connection, id: i64) -> Result<Option<Permit>> {
    conn.query_row(
        &format!("{PERMITS} WHERE p.id = ?1"),
        [id],
        Permit::from_row,
    )
    .optional()
    .with_context(|| crate::t!("permit-context-read", id = id))
}

/// A permit to record.
#[derive(Debug, Clone)]
pub struct NewPermit<'a> {
    pub class_id: Option<i64>,
    pub course_id: Option<i64>,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub until: NaiveDate,
    pub reason: &'a str,
    pub by: &'a str,
}

/// Record a permit inside a write transaction (its time is the session's); returns its id.
pub fn add_permit(conn: &Connection, p: &NewPermit) -> Result<i64> {
    conn.execute(
        "INSERT INTO permits (class_id, course_id, from_date, to_date, until, reason, created_at, created_by)
         SELECT ?1, ?2, ?3, ?4, ?5, ?6,
                COALESCE(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), ?7
         FROM session WHERE id = 1",
        params![
            p.class_id,
            p.course_id,
            iso(p.from),
            iso(p.to),
            iso(p.until),
            p.reason,
            p.by
        ],
    )
    .with_context(|| crate::t!("permit-context-record"))?;
    Ok(conn.last_insert_rowid())
}

/// Revoke a permit inside a write transaction.
pub fn revoke_permit(conn: &Connection, id: i64, by: &str, reason: &str) -> Result<()> {
    conn.execute(
        "UPDATE permits SET revoked_by = ?2, revoke_reason = ?3,
                revoked_at = (SELECT COALESCE(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime'))
                              FROM session WHERE id = 1)
         WHERE id = ?1",
        params![id, by, reason],
    )
    .with_context(|| crate::t!("permit-context-revoke", id = id))?;
    Ok(())
}

/// The permit a write transaction works under, as the session row names it: the window
/// triggers read it, and the audit trail keeps «по разрешению № N» before the write's reason.
#[derive(Debug, Default)]
pub struct SessionPermit {
    /// The reason the transaction began with (read once, before the first change).
    base: Option<Option<String>>,
    current: Option<i64>,
}

impl SessionPermit {
    /// Work under `permit` from now on (None: under none); a no-op when it already does.
    pub fn set(&mut self, conn: &Connection, permit: Option<i64>) -> Result<()> {
        if permit == self.current {
            return Ok(());
        }
        if self.base.is_none() {
            let reason: Option<String> = conn
                .query_row("SELECT reason FROM session WHERE id = 1", [], |r| r.get(0))
                .with_context(|| crate::t!("permit-context-session"))?;
            self.base = Some(reason);
        }
        let base = self.base.clone().flatten();
        let reason = match (permit, base) {
            (Some(id), Some(b)) => Some(format!("по разрешению № {id}: {b}")),
            (Some(id), None) => Some(format!("по разрешению № {id}")),
            (None, b) => b,
        };
        conn.execute(
            "UPDATE session SET permit_id = ?1, reason = ?2 WHERE id = 1",
            params![permit, reason],
        )
        .with_context(|| crate::t!("permit-context-name"))?;
        self.current = permit;
        Ok(())
    }
}

/// Name the permit a single write works under (see [`SessionPermit`]).
pub fn use_permit(conn: &Connection, permit: Option<i64>) -> Result<()> {
    SessionPermit::default().set(conn, permit)
}

/// Whether an entry for a lesson may be written now.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Admission {
    /// Within the lesson-day window.
    OnTime,
    /// Late, under this valid permit that covers it.
    Permit(i64),
    /// Late, and no permit covers it: why, and what to do.
    Late(String),
}

impl Admission {
    /// The permit to write under (None: on time), or the refusal (exit 65) when late.
    pub fn permit(&self) -> Result<Option<i64>> {
        match self {
            Admission::OnTime => Ok(None),
            Admission::Permit(id) => Ok(Some(*id)),
            Admission::Late(why) => Err(crate::error::refused(why.clone())),
        }
    }
}

/// The entry window as of a day, with the permits valid that day.
#[derive(Debug, Clone)]
pub struct EntryWindow {
    pub days: i64,
    pub today: NaiveDate,
    /// The permit a command names (`--permit N`); None: the narrowest one that covers.
    pub named: Option<i64>,
    permits: Vec<Permit>,
}

impl EntryWindow {
    pub fn load(conn: &Connection, today: NaiveDate) -> Result<EntryWindow> {
        let days = window_days(conn)?;
        let mut permits: Vec<Permit> = all_permits(conn)?
            .into_iter()
            .filter(|p| p.valid_on(today))
            .collect();
        permits.sort_by_key(Permit::breadth);
        Ok(EntryWindow {
            days,
            today,
            named: None,
            permits,
        })
    }

    /// May entries for these lessons (all dated `date`, as (class, course) pairs) be written
    /// now, with this checking grace? Late ones need one permit that covers them all.
    pub fn judge(&self, date: NaiveDate, grace_days: i64, lessons: &[(i64, i64)]) -> Admission {
        if !is_late(date, self.today, self.days, grace_days) {
            return Admission::OnTime;
        }
        let covering = self.permits.iter().find(|p| {
            self.named.is_none_or(|n| n == p.id)
                && lessons
                    .iter()
                    .all(|&(class, course)| p.covers(date, class, course))
        });
        match (covering, self.named) {
            (Some(p), _) => Admission::Permit(p.id),
            (None, None) => Admission::Late(self.late_message(date, grace_days)),
            (None, Some(n)) => Admission::Late(crate::t!(
                "permit-named-does-not-open",
                permit = n,
                late = self.late_message(date, grace_days)
            )),
        }
    }

    /// The refusal: the lesson date, today, the window, and what to do.
    fn late_message(&self, date: NaiveDate, grace_days: i64) -> String {
        let mut line = vec![crate::t!("permit-line-lesson-day")];
        if self.days != 0 {
            line.push(crate::t!("permit-line-window", days = self.days));
        }
        if grace_days > 0 {
            line.push(crate::t!("permit-line-grace", days = grace_days));
        }
        let line = line.join(" + ");
        crate::t!(
            "permit-late",
            date = ru(date),
            line = line,
            deadline = ru(entry_deadline(date, self.days, grace_days)),
            today = ru(self.today),
        )
    }
}

/// The entry window's days (setting `entry_window_days`).
pub fn window_days(conn: &Connection) -> Result<i64> {
    let v = super::settings::setting(conn, "entry_window_days")?;
    let days = v.trim().parse::<i64>().map_err(|_| {
        stored(
            "settings",
            "entry_window_days",
            crate::t!("permit-stored-days", value = v.as_str()),
        )
    })?;
    Ok(days)
}

/// True when an error is a window trigger's refusal.
pub fn is_window_refusal(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|e| e.to_string().contains("ejournal: outside the entry window"))
}

/// Turn a window trigger's refusal into the tool's message (exit 65); a lock refusal gets
/// the lock's message; any other error passes through.
pub fn write_message(err: anyhow::Error, date: NaiveDate, window: &EntryWindow) -> anyhow::Error {
    if is_window_refusal(&err) {
        crate::error::refused(window.late_message(date, 0))
    } else {
        super::lock::lock_message(err, date)
    }
}
