//! Final marks (итоговые отметки) of a period as the journal holds them: reading one, a
//! list, or all of some periods, and writing them. Whether a period is locked is the
//! triggers' business (the `locked_periods` view); callers check it first with
//! [`super::lock::LockState::period_locked`] to say so in words.

use std::collections::HashMap;

use anyhow::{Context, Result};
use rusqlite::{params, Connection, OptionalExtension, Row};

use crate::domain::calendar::PeriodCode;
use crate::domain::marks::FinalMark;
use crate::error::stored;

/// Decode a stored final mark, naming the row when it does not read.
fn final_value(id: i64, value: &str) -> Result<FinalMark> {
    FinalMark::from_stored(value).ok_or_else(|| {
        stored(
            "final_marks",
            id,
            crate::t!("final-stored-not-a-final-mark", value = value),
        )
        .into()
    })
}

/// Decode a stored period code, naming the row when it does not read.
fn period_code(id: i64, code: &str) -> Result<PeriodCode> {
    code.parse::<PeriodCode>()
        .map_err(|e| stored("final_marks", id, e).into())
}

/// One final mark with what it is for, as `final list` prints it.
#[derive(Debug, Clone)]
pub struct FinalListRow {
    pub period: String,
    pub class: String,
    pub subject: String,
    pub group: String,
    /// The student's ФИО (family name, given name, patronymic), trimmed.
    pub student: String,
    pub value: FinalMark,
}

/// A list row as stored, before its mark is decoded.
struct StoredListRow {
    id: i64,
    row: FinalListRow,
    value: String,
}

impl StoredListRow {
    fn from_row(r: &Row) -> rusqlite::Result<StoredListRow> {
        Ok(StoredListRow {
            id: r.get(0)?,
            row: FinalListRow {
                period: r.get(1)?,
                class: r.get(2)?,
                subject: r.get(3)?,
                group: r.get(4)?,
                student: r.get::<_, String>(5)?.trim().to_string(),
                value: FinalMark::Exempt,
            },
            value: r.get(6)?,
        })
    }

    fn decode(self) -> Result<FinalListRow> {
        Ok(FinalListRow {
            value: final_value(self.id, &self.value)?,
            ..self.row
        })
    }
}

/// Final marks, narrowed by period, class and course (None: all), in the order of classes,
/// subjects, groups, students and periods.
pub fn list_finals(
    conn: &Connection,
    period: Option<PeriodCode>,
    class_id: Option<i64>,
    course_id: Option<i64>,
) -> Result<Vec<FinalListRow>> {
    let mut stmt = conn.prepare(
        "SELECT f.id, f.period, cl.name, s.name, c.group_name, sn.full_name, f.value
         FROM final_marks f JOIN courses c ON c.id = f.course_id JOIN classes cl ON cl.id = c.class_id
         JOIN subjects s ON s.id = c.subject_id JOIN students st ON st.id = f.student_id
         JOIN student_names sn ON sn.id = f.student_id
         WHERE (?1 IS NULL OR f.period = ?1) AND (?2 IS NULL OR c.class_id = ?2) AND (?3 IS NULL OR c.id = ?3)
         ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU,
                  st.last_name COLLATE RU, st.first_name COLLATE RU, f.period",
    )?;
    let rows = stmt
        .query_map(
            params![period.map(|p| p.code()), class_id, course_id],
            StoredListRow::from_row,
        )?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("db-reading-final-marks"))?;
    rows.into_iter().map(StoredListRow::decode).collect()
}

/// Which final mark: a student's in a course for a period.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct FinalKey {
    pub course_id: i64,
    pub student_id: i64,
    pub period: PeriodCode,
}

/// The final mark set for a student in a course and period, if any.
pub fn final_mark(conn: &Connection, key: FinalKey) -> Result<Option<FinalMark>> {
    let found: Option<(i64, String)> = conn
        .prepare_cached(
            "SELECT id, value FROM final_marks WHERE course_id = ?1 AND student_id = ?2 AND period = ?3",
        )?
        .query_row(
            params![key.course_id, key.student_id, key.period.code()],
            |r| Ok((r.get(0)?, r.get(1)?)),
        )
        .optional()
        .with_context(|| crate::t!("db-reading-final-mark"))?;
    found.map(|(id, v)| final_value(id, &v)).transpose()
}

/// Add a final mark not set yet.
pub fn insert_final(conn: &Connection, key: FinalKey, value: FinalMark) -> Result<()> {
    conn.prepare_cached(
        "INSERT INTO final_marks (course_id, student_id, period, value) VALUES (?1, ?2, ?3, ?4)",
    )?
    .execute(params![
        key.course_id,
        key.student_id,
        key.period.code(),
        value.as_str()
    ])?;
    Ok(())
}

/// Change a final mark already set.
pub fn update_final(conn: &Connection, key: FinalKey, value: FinalMark) -> Result<()> {
    conn.prepare_cached(
        "UPDATE final_marks SET value = ?4 WHERE course_id = ?1 AND student_id = ?2 AND period = ?3",
    )?
    .execute(params![
        key.course_id,
        key.student_id,
        key.period.code(),
        value.as_str()
    ])?;
    Ok(())
}

/// Set a final mark: `replace` changes one already set (when it differs), else a mark
/// already set stays. Returns 1 when a row was written, 0 when not. Errors are SQLite's
/// (a lock trigger's refusal among them), for the caller to put in words.
pub fn write_final(
    conn: &Connection,
    key: FinalKey,
    value: FinalMark,
    replace: bool,
) -> rusqlite::Result<usize> {
    let sql = if replace {
        "INSERT INTO final_marks (course_id, student_id, period, value) VALUES (?1, ?2, ?3, ?4)
         ON CONFLICT (course_id, student_id, period) DO UPDATE SET value = excluded.value WHERE value <> excluded.value"
    } else {
        "INSERT OR IGNORE INTO final_marks (course_id, student_id, period, value) VALUES (?1, ?2, ?3, ?4)"
    };
    conn.prepare_cached(sql)?.execute(params![
        key.course_id,
        key.student_id,
        key.period.code(),
        value.as_str()
    ])
}

/// A final mark as stored, before its period and mark are decoded.
struct StoredFinal {
    id: i64,
    course_id: i64,
    student_id: i64,
    period: String,
    value: String,
}

impl StoredFinal {
    fn from_row(r: &Row) -> rusqlite::Result<StoredFinal> {
        Ok(StoredFinal {
            id: r.get(0)?,
            course_id: r.get(1)?,
            student_id: r.get(2)?,
            period: r.get(3)?,
            value: r.get(4)?,
        })
    }
}

/// Final marks of some periods: (course, student, period) → mark.
pub fn finals_of(
    conn: &Connection,
    periods: &[PeriodCode],
) -> Result<HashMap<(i64, i64, PeriodCode), FinalMark>> {
    let mut stmt =
        conn.prepare("SELECT id, course_id, student_id, period, value FROM final_marks")?;
    let rows = stmt
        .query_map([], StoredFinal::from_row)?
        .collect::<rusqlite::Result<Vec<_>>>()
        .with_context(|| crate::t!("db-reading-final-marks"))?;
    let mut out = HashMap::new();
    for f in rows {
        let period = period_code(f.id, &f.period)?;
        if periods.contains(&period) {
            out.insert(
                (f.course_id, f.student_id, period),
                final_value(f.id, &f.value)?,
            );
        }
    }
    Ok(out)
}
