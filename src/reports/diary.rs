//! The printout owed to parents who refused electronic access (сведения об успеваемости),
//! computed once into plain structs that `render::diary_pdf` draws: per student his marks
//! by subject with dates and work types, the weighted average, the suggested period mark so
//! far (or the period's final mark once the teacher has set it), his absences with codes,
//! and the homework of the week after the range.

use std::collections::BTreeMap;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

use crate::db::calendar::SchoolCalendar;
use crate::db::classes::ClassRow;
use crate::domain::calendar::PeriodCode;
use crate::domain::class_name::Grade;
use crate::domain::journal::JournalKind;
use crate::domain::marks::{weighted_average, AbsenceCode, FinalMark, Mark};
use crate::error::stored;
use crate::reports::paper::class_teacher;
use crate::reports::suggestions::{self, Scope};

/// The printouts of one class for a range of dates.
#[derive(Debug, Clone)]
pub struct Diary {
    pub school: String,
    /// The class's name, `5А`.
    pub class: String,
    pub grade: Grade,
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// The period the range ends in (its suggested marks are the forecast), if any.
    pub period: Option<PeriodCode>,
    /// The class teacher's ФИО, empty when the class has none.
    pub class_teacher: String,
    /// A training journal's printout says on every page that it is not a document.
    pub kind: JournalKind,
    /// In Russian order of their names.
    pub students: Vec<StudentDiary>,
}

/// How many days after the range the homework listed covers: the coming week.
pub const HOMEWORK_DAYS: i64 = 7;

impl Diary {
    /// The days whose homework the printout lists: the week after the range.
    pub fn homework_span(&self) -> (NaiveDate, NaiveDate) {
        homework_span(self.to)
    }

    /// Whether any subject of any student shows a final mark instead of the forecast.
    pub fn any_final(&self) -> bool {
        self.students
            .iter()
            .any(|s| s.subjects.iter().any(|m| m.final_mark.is_some()))
    }
}

fn homework_span(to: NaiveDate) -> (NaiveDate, NaiveDate) {
    (
        to + chrono::Duration::days(1),
        to + chrono::Duration::days(HOMEWORK_DAYS),
    )
}

/// One student's printout.
#[derive(Debug, Clone)]
pub struct StudentDiary {
    pub id: i64,
    /// Фамилия Имя Отчество.
    pub name: String,
    /// Subjects he has marks in during the range, by subject name; empty when none.
    pub subjects: Vec<SubjectMarks>,
    /// Absences in the range, by date and lesson number.
    pub absences: Vec<Absence>,
    /// Homework of his lessons in the week after the range, by subject.
    pub homework: Vec<SubjectHomework>,
}

/// A subject's homework of the coming week.
#[derive(Debug, Clone)]
pub struct SubjectHomework {
    pub subject: String,
    /// (lesson date, homework), by date and lesson number.
    pub items: Vec<(NaiveDate, String)>,
}

/// A student's marks in one subject.
#[derive(Debug, Clone)]
pub struct SubjectMarks {
    pub subject: String,
    /// By date, lesson number and entry.
    pub entries: Vec<MarkEntry>,
    /// The weighted average of the numeric marks.
    pub average: Option<f64>,
    /// The suggested mark of the period so far, empty when there is none.
    pub forecast: String,
    /// The period's final mark once set (`final set`, `import finals`): shown instead of
    /// the forecast.
    pub final_mark: Option<String>,
}

#[derive(Debug, Clone)]
pub struct MarkEntry {
    pub date: NaiveDate,
    /// The mark as stored: 1–5, зч, нз.
    pub mark: String,
    /// Its points, for the average (зч and нз have none).
    pub points: Option<u8>,
    /// The work type's full name (the printout shortens it).
    pub work_type: String,
    pub weight: f64,
}

#[derive(Debug, Clone)]
pub struct Absence {
    pub date: NaiveDate,
    pub lesson_no: i64,
    pub subject: String,
    pub code: AbsenceCode,
}

impl StudentDiary {
    /// How many marks the printout lists.
    pub fn marks(&self) -> usize {
        self.subjects.iter().map(|s| s.entries.len()).sum()
    }

    /// Lessons missed (every code but lateness).
    pub fn missed(&self) -> usize {
        self.absences.iter().filter(|a| a.code.is_missed()).count()
    }

    /// Lessons missed for illness.
    pub fn missed_ill(&self) -> usize {
        self.absences
            .iter()
            .filter(|a| a.code == AbsenceCode::Ill)
            .count()
    }

    /// Times late.
    pub fn late(&self) -> usize {
        self.absences.iter().filter(|a| !a.code.is_missed()).count()
    }
}

/// Whose printouts to make.
#[derive(Debug, Clone, Copy, Default)]
pub struct Who {
    /// Only this student.
    pub student: Option<i64>,
    /// Only students whose parents refused electronic access.
    pub paper_only: bool,
}

/// A student of the class in the range.
struct StudentRow {
    id: i64,
    name: String,
}

impl StudentRow {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(StudentRow {
            id: r.get(0)?,
            name: r.get::<_, String>(1)?.trim().to_string(),
        })
    }
}

/// A mark of the class in the range, with its student and subject.
struct MarkRow {
    id: i64,
    student_id: i64,
    subject: String,
    entry: MarkEntry,
}

impl MarkRow {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(MarkRow {
            id: r.get(0)?,
            student_id: r.get(1)?,
            subject: r.get(2)?,
            entry: MarkEntry {
                date: r.get(3)?,
                mark: r.get(4)?,
                points: None,
                work_type: r.get(5)?,
                weight: r.get(6)?,
            },
        })
    }
}

/// An absence of the class in the range, as stored.
struct AbsenceRow {
    id: i64,
    student_id: i64,
    date: NaiveDate,
    lesson_no: i64,
    subject: String,
    code: String,
}

impl AbsenceRow {
    fn from_row(r: &Row) -> rusqlite::Result<Self> {
        Ok(AbsenceRow {
            id: r.get(0)?,
            student_id: r.get(1)?,
            date: r.get(2)?,
            lesson_no: r.get(3)?,
            subject: r.get(4)?,
            code: r.get(5)?,
        })
    }
}

/// Compute the printouts of a class from `from` to `to`; the forecast counts lessons up to
/// `today`. No student matching `who` gives an empty list.
pub fn compute(
    conn: &Connection,
    class: &ClassRow,
    who: Who,
    from: NaiveDate,
    to: NaiveDate,
    today: NaiveDate,
) -> Result<Diary> {
    let grade = Grade(class.grade);
    let students = students(conn, class, who, from, to)?;
    let mut marks = marks(conn, class, from, to)?;
    let mut absences = absences(conn, class, from, to)?;
    let period = SchoolCalendar::load(conn)?.period_of(to, class.grade);
    let forecast = match period {
        Some(p) if grade.has_marks() => forecast(conn, class, p, to.min(today))?,
        _ => BTreeMap::new(),
    };
    let mut finals = match period {
        Some(p) if grade.has_marks() => finals(conn, class, p)?,
        _ => BTreeMap::new(),
    };
    let mut homework = homework(conn, class, to)?;
    let students = students
        .into_iter()
        .map(|s| {
            let mut by_subject = marks.remove(&s.id).unwrap_or_default();
            let mut own_finals = finals.remove(&s.id).unwrap_or_default();
            // A subject with its final mark set is listed even without marks in the range.
            for subject in own_finals.keys() {
                by_subject.entry(subject.clone()).or_default();
            }
            let subjects = by_subject
                .into_iter()
                .map(|(subject, entries)| SubjectMarks {
                    final_mark: own_finals.remove(&subject),
                    average: weighted_average(
                        entries
                            .iter()
                            .filter_map(|e| e.points.map(|p| (p, e.weight))),
                    ),
                    forecast: forecast
                        .get(&(s.id, subject.clone()))
                        .cloned()
                        .unwrap_or_default(),
                    subject,
                    entries,
                })
                .collect();
            StudentDiary {
                id: s.id,
                name: s.name,
                subjects,
                absences: absences.remove(&s.id).unwrap_or_default(),
                homework: homework.remove(&s.id).unwrap_or_default(),
            }
        })
        .collect();
    Ok(Diary {
        school: crate::db::settings::setting(conn, "school_name")?,
        class: class.name.clone(),
        grade,
        from,
        to,
        period,
        class_teacher: class_teacher(conn, class.id)?.unwrap_or_default(),
        kind: crate::db::journal_kind::kind(conn)?,
        students,
    })
}

/// The students of the class at some time in the range, in Russian order.
fn students(
    conn: &Connection,
    class: &ClassRow,
    who: Who,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<StudentRow>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT s.id, sn.full_name
         FROM enrolments e JOIN students s ON s.id = e.student_id
         JOIN student_names sn ON sn.id = s.id LEFT JOIN guardians g ON g.student_id = s.id
         WHERE e.class_id = ?1 AND e.from_date <= ?3 AND (e.to_date IS NULL OR e.to_date >= ?2)
           AND (?4 IS NULL OR s.id = ?4) AND (NOT ?5 OR coalesce(g.paper_only, 0) = 1)
         ORDER BY s.last_name COLLATE RU, s.first_name COLLATE RU, s.middle_name COLLATE RU",
    )?;
    let rows = stmt.query_map(
        params![class.id, from, to, who.student, who.paper_only],
        StudentRow::from_row,
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-class-students", class = class.name.as_str()))
}

/// Marks of the class in the range: student → subject → entries, by date and lesson.
fn marks(
    conn: &Connection,
    class: &ClassRow,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<BTreeMap<i64, BTreeMap<String, Vec<MarkEntry>>>> {
    let mut stmt = conn.prepare(
        "SELECT m.id, m.student_id, s.name, l.date, m.value, w.name, w.weight
         FROM marks m JOIN lessons l ON l.id = m.lesson_id JOIN courses c ON c.id = l.course_id
         JOIN subjects s ON s.id = c.subject_id JOIN work_types w ON w.id = m.work_type_id
         WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY l.date, l.lesson_no, m.id",
    )?;
    let mut by_student: BTreeMap<i64, BTreeMap<String, Vec<MarkEntry>>> = BTreeMap::new();
    for row in stmt.query_map(params![class.id, from, to], MarkRow::from_row)? {
        let mut row =
            row.with_context(|| crate::t!("err-reading-class-marks", class = class.name.as_str()))?;
        let mark = Mark::parse(&row.entry.mark).map_err(|e| stored("marks", row.id, e))?;
        row.entry.points = mark.points();
        by_student
            .entry(row.student_id)
            .or_default()
            .entry(row.subject)
            .or_default()
            .push(row.entry);
    }
    Ok(by_student)
}

/// Absences of the class in the range: student → absences, by date and lesson.
fn absences(
    conn: &Connection,
    class: &ClassRow,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<BTreeMap<i64, Vec<Absence>>> {
    let mut stmt = conn.prepare(
        "SELECT a.id, a.student_id, l.date, l.lesson_no, s.name, a.code
         FROM absences a JOIN lessons l ON l.id = a.lesson_id JOIN courses c ON c.id = l.course_id
         JOIN subjects s ON s.id = c.subject_id
         WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY l.date, l.lesson_no",
    )?;
    let mut by_student: BTreeMap<i64, Vec<Absence>> = BTreeMap::new();
    for row in stmt.query_map(params![class.id, from, to], AbsenceRow::from_row)? {
        let row = row.with_context(|| {
            crate::t!("err-reading-class-absences", class = class.name.as_str())
        })?;
        let code = AbsenceCode::parse(&row.code).map_err(|e| stored("absences", row.id, e))?;
        by_student.entry(row.student_id).or_default().push(Absence {
            date: row.date,
            lesson_no: row.lesson_no,
            subject: row.subject,
            code,
        });
    }
    Ok(by_student)
}

/// The suggested marks of the period up to `until`: (student, subject) → mark.
fn forecast(
    conn: &Connection,
    class: &ClassRow,
    period: PeriodCode,
    until: NaiveDate,
) -> Result<BTreeMap<(i64, String), String>> {
    let scope = Scope {
        class_id: Some(class.id),
        course_id: None,
    };
    Ok(suggestions::compute(conn, period, &scope, until)?
        .into_iter()
        .filter_map(|s| s.suggested.map(|v| ((s.student_id, s.subject), v)))
        .collect())
}

/// The final marks of the period set so far: student → subject → mark.
fn finals(
    conn: &Connection,
    class: &ClassRow,
    period: PeriodCode,
) -> Result<BTreeMap<i64, BTreeMap<String, String>>> {
    let mut stmt = conn.prepare(
        "SELECT f.id, f.student_id, s.name, f.value
         FROM final_marks f JOIN courses c ON c.id = f.course_id
         JOIN subjects s ON s.id = c.subject_id
         WHERE c.class_id = ?1 AND f.period = ?2",
    )?;
    let mut by_student: BTreeMap<i64, BTreeMap<String, String>> = BTreeMap::new();
    let rows = stmt.query_map(params![class.id, period.code()], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    for row in rows {
        let (id, student, subject, value) = row
            .with_context(|| crate::t!("err-reading-class-finals", class = class.name.as_str()))?;
        let mark = FinalMark::from_stored(&value).ok_or_else(|| {
            stored(
                "final_marks",
                id,
                format!("\"{value}\" is not a final mark"),
            )
        })?;
        by_student
            .entry(student)
            .or_default()
            .insert(subject, mark.as_str().to_string());
    }
    Ok(by_student)
}

/// Homework of the class's lessons in the week after `to`, for each student whose lesson it
/// is (in the class that day, and in the course's group): student → subjects in Russian
/// order → (date, homework).
fn homework(
    conn: &Connection,
    class: &ClassRow,
    to: NaiveDate,
) -> Result<BTreeMap<i64, Vec<SubjectHomework>>> {
    let (from, until) = homework_span(to);
    let mut stmt = conn.prepare(
        "SELECT e.student_id, sub.name, l.date, l.homework
         FROM lessons l JOIN courses c ON c.id = l.course_id
         JOIN subjects sub ON sub.id = c.subject_id
         JOIN enrolments e ON e.class_id = c.class_id AND e.from_date <= l.date
                          AND (e.to_date IS NULL OR e.to_date >= l.date)
         WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 AND trim(l.homework) <> ''
           AND (c.group_name = '' OR EXISTS (SELECT 1 FROM group_members g
                                             WHERE g.course_id = c.id AND g.student_id = e.student_id))
         ORDER BY e.student_id, sub.name COLLATE RU, c.group_name, l.date, l.lesson_no",
    )?;
    let rows = stmt.query_map(params![class.id, from, until], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, NaiveDate>(2)?,
            r.get::<_, String>(3)?,
        ))
    })?;
    let mut by_student: BTreeMap<i64, Vec<SubjectHomework>> = BTreeMap::new();
    for row in rows {
        let (student, subject, date, text) = row.with_context(|| {
            crate::t!("err-reading-class-homework", class = class.name.as_str())
        })?;
        let list = by_student.entry(student).or_default();
        match list.last_mut() {
            Some(last) if last.subject == subject => last.items.push((date, text.trim().into())),
            _ => list.push(SubjectHomework {
                subject,
                items: vec![(date, text.trim().into())],
            }),
        }
    }
    Ok(by_student)
}

/// Classes with at least one student whose parents refused electronic access, by grade
/// and letter: the classes that get printouts.
pub fn paper_only_classes(conn: &Connection) -> Result<Vec<ClassRow>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT c.id, c.grade, c.name FROM classes c
         JOIN enrolments e ON e.class_id = c.id
         JOIN guardians g ON g.student_id = e.student_id WHERE g.paper_only = 1
         ORDER BY c.grade, c.letter COLLATE RU",
    )?;
    let rows = stmt.query_map([], |r| {
        Ok(ClassRow {
            id: r.get(0)?,
            grade: r.get(1)?,
            name: r.get(2)?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-refused-classes"))
}
