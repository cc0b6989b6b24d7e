//! The journal's calendar as loaded from the file: which days are study days for a grade,
//! and the dates of each period.

use crate::domain::class_name::Grade;
use anyhow::{Context, Result};
use chrono::{Duration, NaiveDate};
use rusqlite::Connection;

use crate::domain::calendar::PeriodCode;
use crate::domain::date::{from_iso, ru, weekday_no};
use crate::error::usage;

#[derive(Debug, Clone)]
struct HolidaySpan {
    from: NaiveDate,
    to: NaiveDate,
    grades: Option<Vec<u8>>,
}

#[derive(Debug, Clone)]
pub struct SchoolCalendar {
    pub year_start: NaiveDate,
    pub year_end: NaiveDate,
    pub week_days: u32,
    periods: Vec<(PeriodCode, NaiveDate, NaiveDate)>,
    holidays: Vec<HolidaySpan>,
}

impl SchoolCalendar {
    pub fn load(conn: &Connection) -> Result<SchoolCalendar> {
        let (year_start, year_end) = super::settings::year_bounds(conn)?;
        let week_days = super::settings::setting(conn, "week_days")?
            .parse()
            .unwrap_or(5);
        let mut stmt = conn.prepare("SELECT code, starts_on, ends_on FROM periods")?;
        let periods = stmt
            .query_map([], |r| {
                Ok((
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?,
                ))
            })?
            .filter_map(|r| r.ok())
            .filter_map(|(c, a, b)| c.parse().ok().map(|c| (c, from_iso(&a), from_iso(&b))))
            .collect();
        let mut stmt = conn.prepare("SELECT starts_on, ends_on, grades FROM holidays")?;
        let holidays = stmt
            .query_map([], |r| {
                Ok(HolidaySpan {
                    from: from_iso(&r.get::<_, String>(0)?),
                    to: from_iso(&r.get::<_, String>(1)?),
                    grades: r
                        .get::<_, Option<String>>(2)?
                        .map(|g| g.split(',').filter_map(|x| x.trim().parse().ok()).collect()),
                })
            })?
            .collect::<rusqlite::Result<_>>()
            .context("reading holidays")?;
        Ok(SchoolCalendar {
            year_start,
            year_end,
            week_days,
            periods,
            holidays,
        })
    }

    /// The dates of a period.
    pub fn period(&self, code: PeriodCode) -> Result<(NaiveDate, NaiveDate)> {
        self.periods
            .iter()
            .find(|p| p.0 == code)
            .map(|p| (p.1, p.2))
            .ok_or_else(|| usage(format!("the calendar has no period {code}")))
    }

    /// The study span of the year: from the first period's start to the end of Y.
    pub fn study_span(&self) -> (NaiveDate, NaiveDate) {
        self.period(PeriodCode::Y)
            .unwrap_or((self.year_start, self.year_end))
    }

    /// Is this a study day for a class of this grade?
    pub fn is_study_day(&self, date: NaiveDate, grade: u8) -> bool {
        let (start, end) = self.study_span();
        date >= start
            && date <= end
            && weekday_no(date) <= self.week_days
            && !self.holidays.iter().any(|h| {
                date >= h.from
                    && date <= h.to
                    && h.grades.as_ref().is_none_or(|g| g.contains(&grade))
            })
    }

    /// Study days of a grade in a span.
    pub fn study_days(&self, grade: u8, from: NaiveDate, to: NaiveDate) -> Vec<NaiveDate> {
        let mut out = Vec::new();
        let mut d = from;
        while d <= to {
            if self.is_study_day(d, grade) {
                out.push(d);
            }
            d += Duration::days(1);
        }
        out
    }

    /// The period a class of this grade reports by that contains a date (quarters or
    /// semesters), if any.
    pub fn period_of(&self, date: NaiveDate, grade: u8) -> Option<PeriodCode> {
        self.periods
            .iter()
            .find(|(c, a, b)| {
                *c != PeriodCode::Y && c.applies_to_grade(grade) && date >= *a && date <= *b
            })
            .map(|p| p.0)
    }

    /// Check that a class of this grade reports by this period; the error says which it has.
    pub fn check_period_for_grade(&self, code: PeriodCode, grade: u8, class: &str) -> Result<()> {
        if code.applies_to_grade(grade) {
            return Ok(());
        }
        let has = if Grade(grade).by_semesters() {
            "semesters H1, H2 and the year Y"
        } else {
            "quarters Q1–Q4 and the year Y"
        };
        Err(usage(format!(
            "{class} has no period {code}: grade {grade} is assessed by {has}"
        )))
    }

    /// A date inside the academic year, or an error saying it is not.
    pub fn check_in_year(&self, date: NaiveDate) -> Result<()> {
        if date < self.year_start || date > self.year_end {
            return Err(usage(format!(
                "{} is outside the academic year {} – {}",
                ru(date),
                ru(self.year_start),
                ru(self.year_end)
            )));
        }
        Ok(())
    }
}
