//! `report attendance` (посещаемость): per student and class, the lessons had, those missed
//! by code (Б ill, У excused, Н unexcused), lateness (О, not a missed lesson) and whole days
//! missed. Set-based: three grouped queries, then hash lookups per student.

use std::collections::{BTreeMap, HashMap};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::domain::date::iso;
use crate::domain::marks::AbsenceCode;
use crate::domain::text::ru_compare;
use crate::error::stored;
use crate::reports::scope::Scope;

/// A student's (or a class's) attendance counts.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct AttendanceCounts {
    /// Lessons the student had in the range (up to today).
    pub lessons: u64,
    /// Missed: ill + excused + unexcused.
    pub missed: u64,
    pub ill: u64,
    pub excused: u64,
    pub unexcused: u64,
    pub late: u64,
    /// Days on which every lesson the student had was missed.
    pub full_days_missed: u64,
}

impl AttendanceCounts {
    fn add(&mut self, o: &AttendanceCounts) {
        self.lessons += o.lessons;
        self.missed += o.missed;
        self.ill += o.ill;
        self.excused += o.excused;
        self.unexcused += o.unexcused;
        self.late += o.late;
        self.full_days_missed += o.full_days_missed;
    }
}

/// One student's line.
#[derive(Debug, Clone)]
pub struct StudentAttendance {
    pub class: String,
    pub student: String,
    pub counts: AttendanceCounts,
}

/// One class's line: its students' counts summed.
#[derive(Debug, Clone)]
pub struct ClassAttendance {
    pub class: String,
    pub students: u64,
    pub counts: AttendanceCounts,
}

/// The report.
#[derive(Debug, Clone)]
pub struct Attendance {
    pub label: String,
    pub students: Vec<StudentAttendance>,
    pub classes: Vec<ClassAttendance>,
}

impl Attendance {
    /// Students with an unexcused absence (for --fail-on-issues).
    pub fn issues(&self) -> usize {
        self.students
            .iter()
            .filter(|s| s.counts.unexcused > 0)
            .count()
    }
}

/// The lessons of the courses in scope with the students who had them: a student has a
/// lesson when enrolled in the course's class on its day and, for a group course, a member
/// of the group. [`LESSON_WHERE`] completes it (more joins may go between the two).
const LESSON_JOINS: &str = "FROM lessons l JOIN courses c ON c.id = l.course_id
    JOIN enrolments e ON e.class_id = c.class_id
         AND e.from_date <= l.date AND (e.to_date IS NULL OR e.to_date >= l.date)";

/// The range (?1 to ?2), the class (?3) and the teacher (?4), and group membership.
const LESSON_WHERE: &str = "WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.teacher_id = ?4)
      AND (c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = e.student_id))";

/// Lessons each student had, per day: student → [(day, lessons)]. DISTINCT counts a lesson
/// once when enrolments overlap.
fn lessons_had(conn: &Connection, scope: &Scope) -> Result<HashMap<i64, Vec<(NaiveDate, u64)>>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT student_id, date, count(*) FROM (SELECT DISTINCT e.student_id, l.id, l.date {LESSON_JOINS} {LESSON_WHERE})
         GROUP BY student_id, date"
    ))?;
    let rows = stmt.query_map(
        params![
            iso(scope.from),
            iso(scope.until()),
            scope.class_id,
            scope.teacher_id
        ],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, NaiveDate>(1)?,
                r.get::<_, u64>(2)?,
            ))
        },
    )?;
    let mut out: HashMap<i64, Vec<(NaiveDate, u64)>> = HashMap::new();
    for row in rows {
        let (s, d, n) = row.context("counting lessons per student")?;
        out.entry(s).or_default().push((d, n));
    }
    Ok(out)
}

/// The students each class reports: everyone enrolled in the range in a class with a
/// whole-class course in scope, and group members who had a lesson of their group.
/// Sorted by class, then name.
fn roster(conn: &Connection, scope: &Scope) -> Result<Vec<(u8, String, i64, String)>> {
    let mut stmt = conn.prepare(&format!(
        "SELECT cl.grade, cl.name, e.student_id, sn.full_name
         FROM courses c JOIN classes cl ON cl.id = c.class_id
         JOIN enrolments e ON e.class_id = c.class_id JOIN student_names sn ON sn.id = e.student_id
         WHERE c.group_name = '' AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.teacher_id = ?4)
           AND e.from_date <= ?5 AND (e.to_date IS NULL OR e.to_date >= ?1)
         UNION
         SELECT cl.grade, cl.name, e.student_id, sn.full_name {LESSON_JOINS}
         JOIN classes cl ON cl.id = c.class_id JOIN student_names sn ON sn.id = e.student_id
         {LESSON_WHERE}"
    ))?;
    let rows = stmt.query_map(
        params![
            iso(scope.from),
            iso(scope.until()),
            scope.class_id,
            scope.teacher_id,
            iso(scope.to)
        ],
        |r| {
            Ok((
                r.get::<_, u8>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, i64>(2)?,
                r.get::<_, String>(3)?.trim().to_string(),
            ))
        },
    )?;
    let mut list: Vec<(u8, String, i64, String)> = rows
        .collect::<rusqlite::Result<_>>()
        .context("reading the students of the report")?;
    // By class, then student id (as a set of (class, student) would give), then name.
    list.sort_by(|a, b| (a.0, &a.1, a.2).cmp(&(b.0, &b.1, b.2)));
    list.dedup_by(|a, b| (a.0, &a.1, a.2) == (b.0, &b.1, b.2));
    list.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)).then(ru_compare(&a.3, &b.3)));
    Ok(list)
}

/// Absences per student by code, and lessons missed per student and day.
type Absences = (
    HashMap<i64, AttendanceCounts>,
    HashMap<(i64, NaiveDate), u64>,
);

fn absences(conn: &Connection, scope: &Scope) -> Result<Absences> {
    let mut stmt = conn.prepare(
        "SELECT a.student_id, l.date, a.code, count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id
         JOIN courses c ON c.id = l.course_id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.teacher_id = ?4)
         GROUP BY a.student_id, l.date, a.code",
    )?;
    let rows = stmt.query_map(
        params![
            iso(scope.from),
            iso(scope.until()),
            scope.class_id,
            scope.teacher_id
        ],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, NaiveDate>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, u64>(3)?,
            ))
        },
    )?;
    let mut codes: HashMap<i64, AttendanceCounts> = HashMap::new();
    let mut missed_day: HashMap<(i64, NaiveDate), u64> = HashMap::new();
    for row in rows {
        let (s, d, code, n) = row.context("reading absences")?;
        let code = AbsenceCode::parse(&code)
            .map_err(|e| stored("absences", format!("of student {s} on {}", iso(d)), e))?;
        let c = codes.entry(s).or_default();
        match code {
            AbsenceCode::Ill => c.ill += n,
            AbsenceCode::Excused => c.excused += n,
            AbsenceCode::Unexcused => c.unexcused += n,
            AbsenceCode::Late => c.late += n,
        }
        if code.is_missed() {
            c.missed += n;
            *missed_day.entry((s, d)).or_default() += n;
        }
    }
    Ok((codes, missed_day))
}

/// `report attendance`: missed lessons per student by code, lateness, whole days missed.
pub fn compute(conn: &Connection, scope: &Scope) -> Result<Attendance> {
    let had = lessons_had(conn, scope)?;
    let (codes, missed_day) = absences(conn, scope)?;
    let mut students = Vec::new();
    let mut totals: BTreeMap<(u8, String), (u64, AttendanceCounts)> = BTreeMap::new();
    for (grade, class, s, name) in roster(conn, scope)? {
        let days = had.get(&s).map(Vec::as_slice).unwrap_or_default();
        let mut counts = codes.get(&s).copied().unwrap_or_default();
        counts.lessons = days.iter().map(|(_, n)| n).sum();
        counts.full_days_missed = days
            .iter()
            .filter(|(d, n)| missed_day.get(&(s, *d)).is_some_and(|m| m >= n))
            .count() as u64;
        let t = totals.entry((grade, class.clone())).or_default();
        t.0 += 1;
        t.1.add(&counts);
        students.push(StudentAttendance {
            class,
            student: name,
            counts,
        });
    }
    let classes = totals
        .into_iter()
        .map(|((_, class), (students, counts))| ClassAttendance {
            class,
            students,
            counts,
        })
        .collect();
    Ok(Attendance {
        label: scope.label.clone(),
        students,
        classes,
    })
}
