//! The calendar as stored: periods (четверти Q1–Q4 for grades 1–9, полугодия H1/H2 for
//! grades 10–11, the year Y) and holidays (каникулы) and days off. A stored period code,
//! date or grade list that does not read back is an error naming the table and the row.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

use crate::domain::calendar::PeriodCode;
use crate::domain::date::iso;
use crate::error::{stored, NameKind, Unresolved};

/// A period and its dates.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Period {
    pub code: PeriodCode,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
}

impl Period {
    /// One row of `code, starts_on, ends_on`.
    fn from_row(r: &Row) -> Result<Period> {
        let code: String = r.get(0)?;
        let row = || crate::t!("error-row-code", code = code.as_str());
        let date = |i: usize| -> Result<NaiveDate> {
            Ok(super::decode::parse(
                "periods",
                row(),
                &r.get::<_, String>(i)?,
            )?)
        };
        Ok(Period {
            code: code.parse().map_err(|_| {
                stored(
                    "periods",
                    row(),
                    crate::t!("period-stored-not-a-period", value = code.as_str()),
                )
            })?,
            starts_on: date(1)?,
            ends_on: date(2)?,
        })
    }
}

/// Every period of the calendar, in the order the table holds them.
pub fn periods(conn: &Connection) -> Result<Vec<Period>> {
    let mut stmt = conn
        .prepare("SELECT code, starts_on, ends_on FROM periods")
        .with_context(|| crate::t!("db-reading-periods"))?;
    let mut rows = stmt
        .query([])
        .with_context(|| crate::t!("db-reading-periods"))?;
    let mut out = Vec::new();
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("db-reading-periods"))?
    {
        out.push(Period::from_row(r)?);
    }
    Ok(out)
}

/// Add a period (a new journal's calendar).
pub fn add_period(conn: &Connection, period: &Period) -> Result<()> {
    conn.execute(
        "INSERT INTO periods (code, starts_on, ends_on) VALUES (?1, ?2, ?3)",
        params![
            period.code.code(),
            iso(period.starts_on),
            iso(period.ends_on)
        ],
    )
    .with_context(|| crate::t!("db-adding-period", code = period.code.to_string()))?;
    Ok(())
}

/// Move a period to new dates; a calendar without this period is a name that does not
/// resolve.
pub fn set_period_dates(
    conn: &Connection,
    code: PeriodCode,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<()> {
    let n = conn
        .execute(
            "UPDATE periods SET starts_on = ?2, ends_on = ?3 WHERE code = ?1",
            params![code.code(), iso(from), iso(to)],
        )
        .with_context(|| crate::t!("db-changing-period", code = code.to_string()))?;
    if n == 0 {
        return Err(no_period(code).into());
    }
    Ok(())
}

/// What is said of a period the calendar does not have.
pub fn no_period(code: PeriodCode) -> Unresolved {
    Unresolved::new(
        NameKind::Period,
        crate::t!("calendar-no-period", code = code.code()),
    )
}

/// The other periods of the same kind as `code` (quarters with a quarter, semesters with
/// a semester; none for the year) that share a day with `from`–`to`.
pub fn overlapping_periods(
    conn: &Connection,
    code: PeriodCode,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<String>> {
    let like = if code.is_quarter() {
        "Q%"
    } else if code.is_semester() {
        "H%"
    } else {
        "-"
    };
    let mut stmt = conn.prepare(
        "SELECT code FROM periods WHERE code <> ?1 AND code LIKE ?2
         AND starts_on <= ?4 AND ends_on >= ?3",
    )?;
    let rows = stmt.query_map(params![code.code(), like, iso(from), iso(to)], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-periods"))
}

/// Quarters and semesters that do not lie within the year period Y, by code.
pub fn periods_outside_year(conn: &Connection) -> Result<Vec<String>> {
    let mut stmt = conn.prepare(
        "SELECT p.code FROM periods p, periods y WHERE y.code = 'Y' AND p.code <> 'Y'
         AND (p.starts_on < y.starts_on OR p.ends_on > y.ends_on) ORDER BY p.code",
    )?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-periods"))
}

/// A holiday or a day off (a day off is one day: `starts_on == ends_on`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Holiday {
    pub id: i64,
    pub starts_on: NaiveDate,
    pub ends_on: NaiveDate,
    /// The grades it is for; None: every grade.
    pub grades: Option<Vec<u8>>,
    pub name: String,
}

impl Holiday {
    /// One row of `id, starts_on, ends_on, grades, name`.
    fn from_row(r: &Row) -> Result<Holiday> {
        let id: i64 = r.get(0)?;
        let row = || super::decode::row_id(id);
        let date = |i: usize| -> Result<NaiveDate> {
            Ok(super::decode::parse(
                "holidays",
                row(),
                &r.get::<_, String>(i)?,
            )?)
        };
        let grades = match r.get::<_, Option<String>>(3)? {
            None => None,
            Some(text) => Some(parse_grades_text(&text).map_err(|m| stored("holidays", row(), m))?),
        };
        Ok(Holiday {
            id,
            starts_on: date(1)?,
            ends_on: date(2)?,
            grades,
            name: r.get(4)?,
        })
    }

    /// Is it a day off rather than holidays?
    pub fn is_day_off(&self) -> bool {
        self.starts_on == self.ends_on
    }
}

/// Every holiday and day off, by first day.
pub fn holidays(conn: &Connection) -> Result<Vec<Holiday>> {
    let mut stmt = conn
        .prepare("SELECT id, starts_on, ends_on, grades, name FROM holidays ORDER BY starts_on, id")
        .with_context(|| crate::t!("db-reading-holidays"))?;
    let mut rows = stmt
        .query([])
        .with_context(|| crate::t!("db-reading-holidays"))?;
    let mut out = Vec::new();
    while let Some(r) = rows
        .next()
        .with_context(|| crate::t!("db-reading-holidays"))?
    {
        out.push(Holiday::from_row(r)?);
    }
    Ok(out)
}

/// Add holidays or a day off; returns the new id.
pub fn add_holiday(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
    grades: Option<&[u8]>,
    name: &str,
) -> Result<i64> {
    conn.execute(
        "INSERT INTO holidays (starts_on, ends_on, grades, name) VALUES (?1, ?2, ?3, ?4)",
        params![iso(from), iso(to), grades_text(grades), name],
    )
    .with_context(|| crate::t!("db-adding-holiday"))?;
    Ok(conn.last_insert_rowid())
}

/// Remove a holiday; false when there is none with this id.
pub fn remove_holiday(conn: &Connection, id: i64) -> Result<bool> {
    let n = conn
        .execute("DELETE FROM holidays WHERE id = ?1", [id])
        .with_context(|| crate::t!("db-removing-holiday", id = id.to_string()))?;
    Ok(n > 0)
}

/// How many periods and how many holidays and days off the calendar has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CalendarSize {
    pub periods: i64,
    pub holidays: i64,
}

/// The size of the calendar.
pub fn calendar_size(conn: &Connection) -> Result<CalendarSize> {
    conn.query_row(
        "SELECT (SELECT count(*) FROM periods), (SELECT count(*) FROM holidays)",
        [],
        |r| {
            Ok(CalendarSize {
                periods: r.get(0)?,
                holidays: r.get(1)?,
            })
        },
    )
    .with_context(|| crate::t!("db-counting-periods-holidays"))
}

/// Grades as stored: `1,2`, or NULL for every grade.
pub fn grades_text(grades: Option<&[u8]>) -> Option<String> {
    grades.map(|g| g.iter().map(u8::to_string).collect::<Vec<_>>().join(","))
}

/// The stored grade list `1,2` back as grades.
fn parse_grades_text(text: &str) -> std::result::Result<Vec<u8>, String> {
    text.split(',')
        .map(|g| {
            g.trim()
                .parse()
                .map_err(|_| crate::t!("calendar-stored-grades", value = text))
        })
        .collect()
}
