//! Which marks or absences a listing covers, once its names are resolved.

use chrono::NaiveDate;

use crate::domain::date::iso;

/// Which entries a listing covers: a class, and optionally a course, a student, dates.
#[derive(Debug, Clone, Copy)]
pub struct EntryScope {
    pub class_id: i64,
    pub course_id: Option<i64>,
    pub student_id: Option<i64>,
    pub from: Option<NaiveDate>,
    pub to: Option<NaiveDate>,
}

impl EntryScope {
    /// The dates as ISO bounds for SQL; open ends are "" and "9999".
    pub(super) fn iso_bounds(&self) -> (String, String) {
        (
            self.from.map(iso).unwrap_or_default(),
            self.to.map(iso).unwrap_or_else(|| "9999".into()),
        )
    }
}
