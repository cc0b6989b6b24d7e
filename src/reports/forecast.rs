//! `report forecast` (прогноз отметок): where each student's period mark is heading as of a
//! day, and who is at risk of a failing mark and why.

use std::collections::HashMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::db::calendar::SchoolCalendar;
use crate::domain::calendar::PeriodCode;
use crate::domain::date::iso;
use crate::domain::marks::AbsenceCode;
use crate::reports::scope::{courses_by_id, Scope};
use crate::reports::suggestions::{self, Scope as SuggestionScope};

/// At risk: a weighted average below this (closer to 2 than to 3).
pub const RISK_AVERAGE_BELOW: f64 = 2.5;
/// At risk: fewer marks than the accumulation minimum with this many days (or fewer) left
/// in the period — too late to make them up at the usual pace.
pub const RISK_DAYS_LEFT: i64 = 14;
/// At risk: this many unexcused absences (Н) in the course in the period …
pub const RISK_UNEXCUSED: u32 = 3;
/// … or unexcused absences in at least 1/this of the lessons held.
pub const RISK_UNEXCUSED_SHARE_OF: u32 = 5;

/// One student in one course.
#[derive(Debug, Clone)]
pub struct Outlook {
    pub class: String,
    pub subject: String,
    pub group: String,
    pub teacher: String,
    pub student: String,
    pub marks: u32,
    /// The weighted average so far.
    pub average: Option<f64>,
    /// The period mark the marks so far suggest.
    pub forecast: Option<String>,
    /// The accumulation minimum.
    pub minimum: u32,
    /// Unexcused absences (Н) in the period so far.
    pub unexcused: u32,
    /// Why the student is at risk; empty when not.
    pub reasons: Vec<String>,
}

/// The report.
#[derive(Debug, Clone)]
pub struct Forecast {
    pub period: PeriodCode,
    pub as_of: NaiveDate,
    pub rows: Vec<Outlook>,
}

impl Forecast {
    /// Students at risk (for --fail-on-issues).
    pub fn issues(&self) -> usize {
        self.rows.iter().filter(|r| !r.reasons.is_empty()).count()
    }
}

/// Why a student with these figures is at risk, if he is.
fn risks(s: &suggestions::Suggestion, unexcused: u32, days_left: i64) -> Vec<String> {
    let mut reasons = Vec::new();
    if let Some(a) = s.average.filter(|a| *a < RISK_AVERAGE_BELOW) {
        reasons.push(crate::t!(
            "forecast-risk-average",
            average = crate::i18n::fixed(a, 2),
            below = RISK_AVERAGE_BELOW
        ));
    }
    if s.marks < s.minimum && days_left <= RISK_DAYS_LEFT {
        reasons.push(crate::t!(
            "forecast-risk-marks",
            marks = s.marks,
            minimum = s.minimum,
            days = days_left.max(0)
        ));
    }
    let n = unexcused;
    if n >= RISK_UNEXCUSED || (s.lessons > 0 && n * RISK_UNEXCUSED_SHARE_OF >= s.lessons && n > 0) {
        reasons.push(crate::t!("forecast-risk-unexcused", count = n));
    }
    reasons
}

/// Unexcused absences per (course, student) from the period's start to `as_of`.
fn unexcused(
    conn: &Connection,
    from: NaiveDate,
    as_of: NaiveDate,
) -> Result<HashMap<(i64, i64), u32>> {
    let mut stmt = conn.prepare(
        "SELECT l.course_id, a.student_id, count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id
         WHERE a.code = ?3 AND l.date BETWEEN ?1 AND ?2 GROUP BY 1, 2",
    )?;
    let rows = stmt.query_map(
        params![iso(from), iso(as_of), AbsenceCode::Unexcused.as_str()],
        |r| Ok(((r.get(0)?, r.get(1)?), r.get(2)?)),
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-counting-unexcused"))
}

/// `report forecast`: where each student's period mark is heading, and who is at risk.
pub fn compute(
    conn: &Connection,
    scope: &Scope,
    period: PeriodCode,
    as_of: NaiveDate,
) -> Result<Forecast> {
    let cal = SchoolCalendar::load(conn)?;
    let (starts, ends) = cal.period(period)?;
    let days_left = (ends - as_of).num_days();
    let courses = courses_by_id(conn, scope)?;
    let list = suggestions::compute(
        conn,
        period,
        &SuggestionScope {
            class_id: scope.class_id,
            course_id: None,
        },
        as_of,
    )?;
    let absent = unexcused(conn, starts, as_of)?;
    let mut rows = Vec::new();
    for s in list {
        // Courses outside the scope (another teacher's) are left out.
        let Some(c) = courses.get(&s.course_id) else {
            continue;
        };
        let n = absent
            .get(&(s.course_id, s.student_id))
            .copied()
            .unwrap_or(0);
        let reasons = risks(&s, n, days_left);
        rows.push(Outlook {
            class: s.class,
            subject: s.subject,
            group: s.group,
            teacher: c.teacher.clone(),
            student: s.student,
            marks: s.marks,
            average: s.average,
            forecast: s.suggested,
            minimum: s.minimum,
            unexcused: n,
            reasons,
        });
    }
    Ok(Forecast {
        period,
        as_of,
        rows,
    })
}
