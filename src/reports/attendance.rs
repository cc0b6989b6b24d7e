//! `report attendance` (посещаемость): per student and class, the lessons had, those missed
//! by code (Б ill, У excused, Н unexcused), lateness (О, not a missed lesson) and whole days
//! missed. Set-based: the shared reads of the scope, one grouped query of absences, then
//! hash lookups per student and day (never a scan of every entry per student).

use std::collections::{BTreeMap, BTreeSet, HashMap};

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::domain::date::in_span;
use crate::domain::date::iso;
use crate::domain::marks::AbsenceCode;
use crate::domain::text::ru_compare;
use crate::error::stored;
use crate::reports::scope::{self, Scope};

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

/// Lessons each student had, per day (student → day → lessons), and the students each
/// class reports (by grade, class and student): everyone in a whole-class course, and group
/// members who had a lesson of their group. A hash join of the courses' students with
/// their lessons, on the course and the span in the class.
type Had = (
    HashMap<i64, HashMap<NaiveDate, u64>>,
    BTreeSet<(u8, String, i64)>,
);

fn lessons_had(conn: &Connection, scope: &Scope) -> Result<Had> {
    let courses = scope::courses(conn, scope)?;
    let members = scope::members(conn, scope)?;
    let lessons = scope::lessons(conn, scope)?;
    let mut had: HashMap<i64, HashMap<NaiveDate, u64>> = HashMap::new();
    let mut roster = BTreeSet::new();
    for c in &courses {
        let held = lessons.get(&c.id).map(Vec::as_slice).unwrap_or_default();
        for (s, spans) in members.get(&c.id).into_iter().flatten() {
            let days = had.entry(*s).or_default();
            let mut any = false;
            for l in held.iter().filter(|l| in_span(spans, l.date)) {
                *days.entry(l.date).or_default() += 1;
                any = true;
            }
            if any || c.group.is_empty() {
                roster.insert((c.grade, c.class.clone(), *s));
            }
        }
    }
    Ok((had, roster))
}

/// Every student's display name (ФИО).
fn student_names(conn: &Connection) -> Result<HashMap<i64, String>> {
    let mut stmt = conn.prepare("SELECT id, full_name FROM student_names")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?.trim().to_string(),
        ))
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("err-reading-student-names"))
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
        let (s, d, code, n) = row.with_context(|| crate::t!("err-reading-absences"))?;
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
    let (had, roster) = lessons_had(conn, scope)?;
    let (codes, missed_day) = absences(conn, scope)?;
    let names = student_names(conn)?;
    // By class, then name (ties in the order of the students' ids).
    let mut roster: Vec<(u8, String, i64, String)> = roster
        .into_iter()
        .map(|(g, c, s)| (g, c, s, names.get(&s).cloned().unwrap_or_default()))
        .collect();
    roster.sort_by(|a, b| (a.0, &a.1).cmp(&(b.0, &b.1)).then(ru_compare(&a.3, &b.3)));
    let nothing = HashMap::new();
    let mut students = Vec::new();
    let mut totals: BTreeMap<(u8, String), (u64, AttendanceCounts)> = BTreeMap::new();
    for (grade, class, s, name) in roster {
        let days = had.get(&s).unwrap_or(&nothing);
        let mut counts = codes.get(&s).copied().unwrap_or_default();
        counts.lessons = days.values().sum();
        counts.full_days_missed = days
            .iter()
            .filter(|(d, n)| missed_day.get(&(s, **d)).is_some_and(|m| m >= n))
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
