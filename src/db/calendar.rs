//! The journal's calendar as loaded from the file: which days are study days for a grade,
//! and the dates of each period.

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use rusqlite::Connection;

use super::periods::{Holiday, Period};
use crate::domain::calendar::PeriodCode;
use crate::domain::class_name::Grade;
use crate::domain::date::{ru, weekday_no};
use crate::error::{usage, NameKind, Unresolved};

/// The calendar a class's study days and periods are read from.
#[derive(Debug, Clone)]
pub struct SchoolCalendar {
    pub year_start: NaiveDate,
    pub year_end: NaiveDate,
    pub week_days: u32,
    periods: Vec<Period>,
    holidays: Vec<Holiday>,
}

impl SchoolCalendar {
    /// Read the calendar; a stored value that does not read back is an error.
    pub fn load(conn: &Connection) -> Result<SchoolCalendar> {
        let (year_start, year_end) = super::settings::year_bounds(conn)?;
        Ok(SchoolCalendar {
            year_start,
            year_end,
            week_days: super::settings::week_days(conn)?,
            periods: super::periods::periods(conn)?,
            holidays: super::periods::holidays(conn)?,
        })
    }

    /// The dates of a period; a calendar without it is a name that does not resolve.
    pub fn period(&self, code: PeriodCode) -> Result<(NaiveDate, NaiveDate)> {
        let p = self
            .periods
            .iter()
            .find(|p| p.code == code)
            .ok_or_else(|| super::periods::no_period(code))?;
        Ok((p.starts_on, p.ends_on))
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
                date >= h.starts_on
                    && date <= h.ends_on
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
            .find(|p| {
                p.code != PeriodCode::Y
                    && p.code.applies_to_grade(grade)
                    && date >= p.starts_on
                    && date <= p.ends_on
            })
            .map(|p| p.code)
    }

    /// Check that a class of this grade reports by this period; the error (a period the
    /// class does not have: exit 2) says which it has.
    pub fn check_period_for_grade(&self, code: PeriodCode, grade: u8, class: &str) -> Result<()> {
        if code.applies_to_grade(grade) {
            return Ok(());
        }
        let message = if Grade(grade).by_semesters() {
            crate::t!(
                "calendar-no-period-semesters",
                class = class,
                code = code.code(),
                grade = grade
            )
        } else {
            crate::t!(
                "calendar-no-period-quarters",
                class = class,
                code = code.code(),
                grade = grade
            )
        };
        Err(Unresolved::new(NameKind::Period, message).into())
    }

    /// A date inside the academic year, or an error saying it is not.
    pub fn check_in_year(&self, date: NaiveDate) -> Result<()> {
        if date < self.year_start || date > self.year_end {
            return Err(usage(crate::t!(
                "calendar-outside-year",
                date = ru(date),
                start = ru(self.year_start),
                end = ru(self.year_end)
            )));
        }
        Ok(())
    }
}
