//! `report fill-rate` (заполнение журнала и накопляемость отметок): per course, how many
//! lessons have their topic and homework written, how many students have no mark or one,
//! how many marks were entered in time and how many late under a deputy's permit, overdue
//! remarks, and how many students and parents looked at the electronic diary.

use std::collections::{HashMap, HashSet};

use anyhow::{Context, Result};
use rusqlite::{params, Connection};

use crate::db::people::{all_staff, Person};
use crate::db::remarks;
use crate::domain::class_name::Grade;
use crate::domain::date::in_span;
use crate::domain::date::iso;
use crate::domain::fio::{Fio, PersonRef};
use crate::reports::scope::{self, Course, Scope};

/// The counts fill-rate gives per course, and summed for the whole scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FillCounts {
    /// Lessons held in the range (up to today).
    pub lessons: u64,
    pub lessons_with_topic: u64,
    pub lessons_with_homework: u64,
    /// Students who had at least one of those lessons.
    pub students: u64,
    /// Of them, with no mark (never counted in grade 1, which gets no marks).
    pub students_without_marks: u64,
    pub students_with_one_mark: u64,
    pub marks: u64,
    /// Marks entered by the lesson day plus the work type's checking grace.
    pub marks_on_time: u64,
    /// Marks last written under a deputy's permit (entered or corrected after the window).
    pub late_marks: u64,
    /// Remarks on the course not resolved by their deadline.
    pub remarks_overdue: u64,
}

impl FillCounts {
    fn add(&mut self, o: &FillCounts) {
        self.lessons += o.lessons;
        self.lessons_with_topic += o.lessons_with_topic;
        self.lessons_with_homework += o.lessons_with_homework;
        self.students += o.students;
        self.students_without_marks += o.students_without_marks;
        self.students_with_one_mark += o.students_with_one_mark;
        self.marks += o.marks;
        self.marks_on_time += o.marks_on_time;
        self.late_marks += o.late_marks;
        self.remarks_overdue += o.remarks_overdue;
    }

    /// A shortfall: lessons without a topic, students without marks, or overdue remarks.
    fn has_issue(&self) -> bool {
        self.lessons > 0
            && (self.lessons_with_topic < self.lessons || self.students_without_marks > 0)
            || self.remarks_overdue > 0
    }
}

/// How many of a class's students, and of their parents, looked at the diary in the range.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct DiaryViews {
    pub students: u64,
    pub students_viewed: u64,
    /// Students with a parent on record.
    pub parents: u64,
    pub parents_viewed: u64,
}

/// One course's line.
#[derive(Debug, Clone)]
pub struct CourseFill {
    pub class: String,
    pub subject: String,
    pub group: String,
    pub teacher: String,
    pub counts: FillCounts,
    /// None where no access log was imported.
    pub views: Option<DiaryViews>,
}

/// The report: a line per course and the total.
#[derive(Debug, Clone)]
pub struct FillRate {
    pub label: String,
    pub courses: Vec<CourseFill>,
    pub total: FillCounts,
    /// Teachers of these courses, and those of them who entered anything in the range.
    pub teachers: u64,
    pub teachers_active: u64,
    /// Courses with a shortfall (for --fail-on-issues).
    pub issues: usize,
}

/// Marks per (course, student) in the range: how many, how many entered in time, and how
/// many were last written under a permit.
#[derive(Debug, Clone, Copy, Default)]
struct MarkCount {
    marks: u64,
    on_time: u64,
    under_permit: u64,
}

/// Marks per course and student; how many were entered in time: the entry time against
/// the lesson day plus the work type's checking grace; and how many name the permit they
/// were last written under (`marks.permit_id`), in the same pass. The entry time is `marks.entered_at`,
/// written in the same transaction as the mark's audit record from the session's clock.
/// CROSS JOIN keeps SQLite driving from the range's lessons rather than scanning every mark.
fn mark_counts(conn: &Connection, scope: &Scope) -> Result<HashMap<(i64, i64), MarkCount>> {
    let mut stmt = conn.prepare(
        "SELECT l.course_id, m.student_id, count(*),
                sum(substr(m.entered_at, 1, 10) <= date(l.date, '+' || w.grace_days || ' days')),
                sum(m.permit_id IS NOT NULL)
         FROM lessons l CROSS JOIN marks m ON m.lesson_id = l.id JOIN courses c ON c.id = l.course_id
         JOIN work_types w ON w.id = m.work_type_id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3)
         GROUP BY l.course_id, m.student_id",
    )?;
    let rows = stmt.query_map(
        params![iso(scope.from), iso(scope.until()), scope.class_id],
        |r| {
            Ok((
                (r.get(0)?, r.get(1)?),
                MarkCount {
                    marks: r.get(2)?,
                    on_time: r.get(3)?,
                    under_permit: r.get(4)?,
                },
            ))
        },
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .context("counting marks")
}

/// One course's counts from the lessons held, its students' spans and their marks.
fn course_counts(
    c: &Course,
    held: &[scope::Held],
    members: Option<&HashMap<i64, Vec<crate::domain::date::Span>>>,
    marks: &HashMap<(i64, i64), MarkCount>,
    remarks_overdue: u64,
) -> FillCounts {
    // Students who had at least one of the lessons.
    let counts: Vec<MarkCount> = members
        .into_iter()
        .flatten()
        .filter(|(_, spans)| held.iter().any(|l| in_span(spans, l.date)))
        .map(|(s, _)| marks.get(&(c.id, *s)).copied().unwrap_or_default())
        .collect();
    // Grade 1 has no marks (безотметочное обучение): nobody is short of them.
    let marked = Grade(c.grade).has_marks();
    let with = |n: u64| {
        if marked {
            counts.iter().filter(|m| m.marks == n).count() as u64
        } else {
            0
        }
    };
    FillCounts {
        lessons: held.len() as u64,
        lessons_with_topic: held.iter().filter(|l| l.has_topic).count() as u64,
        lessons_with_homework: held.iter().filter(|l| l.has_homework).count() as u64,
        students: counts.len() as u64,
        students_without_marks: with(0),
        students_with_one_mark: with(1),
        marks: counts.iter().map(|m| m.marks).sum(),
        marks_on_time: counts.iter().map(|m| m.on_time).sum(),
        late_marks: counts.iter().map(|m| m.under_permit).sum(),
        remarks_overdue,
    }
}

/// `report fill-rate`: заполнение журнала и накопляемость отметок.
pub fn compute(conn: &Connection, scope: &Scope) -> Result<FillRate> {
    let courses = scope::courses(conn, scope)?;
    let members = scope::members(conn, scope)?;
    let lessons = scope::lessons(conn, scope)?;
    let marks = mark_counts(conn, scope)?;
    let overdue = remarks::overdue_by_course(conn, scope.today)?;
    let views = diary_views(conn, scope)?;

    let mut total = FillCounts::default();
    let mut issues = 0;
    let mut lines = Vec::with_capacity(courses.len());
    for c in &courses {
        let held = lessons.get(&c.id).map(Vec::as_slice).unwrap_or_default();
        let counts = course_counts(
            c,
            held,
            members.get(&c.id),
            &marks,
            overdue.get(&c.id).copied().unwrap_or(0),
        );
        if counts.has_issue() {
            issues += 1;
        }
        total.add(&counts);
        lines.push(CourseFill {
            class: c.class.clone(),
            subject: c.subject.clone(),
            group: c.group.clone(),
            teacher: c.teacher.clone(),
            counts,
            views: views.get(&c.class_id).copied(),
        });
    }
    // Teachers taking part: those of these courses who entered anything in the range.
    let teachers: HashSet<i64> = courses.iter().map(|c| c.teacher_id).collect();
    let active = active_staff(conn, scope)?;
    let teachers_active = teachers.iter().filter(|t| active.contains(t)).count() as u64;
    Ok(FillRate {
        label: scope.label.clone(),
        courses: lines,
        total,
        teachers: teachers.len() as u64,
        teachers_active,
        issues,
    })
}

/// Staff who entered anything in the range: by the audit trail's actor, or marks' author.
fn active_staff(conn: &Connection, scope: &Scope) -> Result<HashSet<i64>> {
    let staff = all_staff(conn)?;
    let mut stmt = conn.prepare(
        "SELECT DISTINCT actor FROM audit_log WHERE substr(at, 1, 10) BETWEEN ?1 AND ?2
         UNION SELECT DISTINCT m.entered_by FROM marks m WHERE substr(m.entered_at, 1, 10) BETWEEN ?1 AND ?2",
    )?;
    let actors: Vec<String> = stmt
        .query_map(params![iso(scope.from), iso(scope.to)], |r| r.get(0))?
        .collect::<rusqlite::Result<_>>()
        .context("reading who wrote to the journal")?;
    let mut out = HashSet::new();
    for a in actors {
        // An actor that is not a person's name (a script, `sql`) is nobody on the staff.
        if let Ok(who) = PersonRef::parse(&a) {
            let found: Vec<&Person> = staff.iter().filter(|p| who.matches(&p.fio)).collect();
            if found.len() == 1 {
                out.insert(found[0].id);
            }
        }
    }
    Ok(out)
}

/// Every student's ФИО in parts, for matching the names the portal's log writes.
fn student_fios(conn: &Connection) -> Result<HashMap<i64, Fio>> {
    let mut stmt = conn.prepare("SELECT id, last_name, first_name, middle_name FROM students")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            Fio {
                last: r.get(1)?,
                first: r.get(2)?,
                middle: r.get(3)?,
            },
        ))
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading students")
}

/// A parent's name as the guardians table holds it, split into ФИО parts.
fn parent_fio(name: &str) -> Fio {
    let mut parts = name.split_whitespace();
    Fio::from_parts(
        parts.next().unwrap_or(""),
        parts.next().unwrap_or(""),
        &parts.collect::<Vec<_>>().join(" "),
    )
}

/// Per class: how many students, and parents, looked at the diary in the range (nothing
/// where no access log was imported). The log's names are matched against the class's
/// students and parents through hash maps, one pass over each.
fn diary_views(conn: &Connection, scope: &Scope) -> Result<HashMap<i64, DiaryViews>> {
    let any: bool = conn
        .query_row("SELECT EXISTS (SELECT 1 FROM access_log)", [], |r| r.get(0))
        .context("reading the access log")?;
    if !any {
        return Ok(HashMap::new());
    }
    let names = student_fios(conn)?;
    // Students of each class in the range, with their parent's name.
    let mut stmt = conn.prepare(
        "SELECT DISTINCT e.class_id, e.student_id, coalesce(g.name, '') FROM enrolments e
         LEFT JOIN guardians g ON g.student_id = e.student_id
         WHERE e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?1)",
    )?;
    let mut classes: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
    let rows = stmt.query_map(params![iso(scope.from), iso(scope.to)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (c, s, g) = row.context("reading enrolments and guardians")?;
        classes.entry(c).or_default().push((s, g));
    }
    let mut stmt =
        conn.prepare("SELECT class_id, who, role FROM access_log WHERE date BETWEEN ?1 AND ?2")?;
    // class → (students seen, parents seen), as the log names them.
    let mut seen: HashMap<i64, (Vec<PersonRef>, Vec<PersonRef>)> = HashMap::new();
    let rows = stmt.query_map(params![iso(scope.from), iso(scope.to)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })?;
    for row in rows {
        let (c, who, role) = row.context("reading the access log")?;
        // A name the log writes that is not a ФИО matches nobody.
        let Ok(who) = PersonRef::parse(&who) else {
            continue;
        };
        let entry = seen.entry(c).or_default();
        match role.as_str() {
            "student" => entry.0.push(who),
            "parent" => entry.1.push(who),
            _ => {}
        }
    }
    let nobody = (Vec::new(), Vec::new());
    let mut out = HashMap::new();
    for (class, studs) in classes {
        let (students_seen, parents_seen) = seen.get(&class).unwrap_or(&nobody);
        let students_viewed = studs
            .iter()
            .filter(|(s, _)| {
                names
                    .get(s)
                    .is_some_and(|f| students_seen.iter().any(|r| r.matches(f)))
            })
            .count() as u64;
        let parents: Vec<Fio> = studs
            .iter()
            .filter(|(_, g)| !g.is_empty())
            .map(|(_, g)| parent_fio(g))
            .collect();
        let parents_viewed = parents
            .iter()
            .filter(|f| parents_seen.iter().any(|r| r.matches(f)))
            .count() as u64;
        out.insert(
            class,
            DiaryViews {
                students: studs.len() as u64,
                students_viewed,
                parents: parents.len() as u64,
                parents_viewed,
            },
        );
    }
    Ok(out)
}
