//! `report fill-rate` (заполнение журнала и накопляемость отметок): what the teachers did in
//! the range — lessons given and recorded by their teacher (on the lesson day, later, not at
//! all), topics recorded, homework set, marks and marks on time — per course, per teacher and
//! per class; students counted as people (a class's students with no mark or one mark across
//! all its courses), and per course as a second view; overdue remarks; how many students and
//! parents looked at the electronic diary.
//!
//! A lesson's topic bound from the КТП is the plan: only the teacher's record
//! (`lesson confirm`, `lesson set`, `import lessons`) makes a lesson recorded.

use std::collections::{BTreeMap, HashMap, HashSet};

use anyhow::{Context, Result};
use rusqlite::{params, Connection};

use crate::db::remarks;
use crate::domain::class_name::Grade;
use crate::domain::date::in_span;
use crate::domain::date::iso;
use crate::domain::fio::{Fio, PersonRef};
use crate::reports::scope::{self, Scope};

/// What teachers recorded of the lessons held in the range (up to today).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct LessonCounts {
    /// Lessons held in the range (up to today), by the timetable.
    pub lessons: u64,
    /// Recorded as given by the teacher (or the substitute).
    pub recorded: u64,
    /// Of them, recorded on the lesson day, as the school's order asks.
    pub recorded_on_day: u64,
    /// Recorded on a later day (inside the entry window or under a permit).
    pub recorded_later: u64,
    /// Recorded lessons with a topic.
    pub topics_recorded: u64,
    /// Recorded lessons with homework.
    pub homework_set: u64,
}

impl LessonCounts {
    fn add(&mut self, o: &LessonCounts) {
        self.lessons += o.lessons;
        self.recorded += o.recorded;
        self.recorded_on_day += o.recorded_on_day;
        self.recorded_later += o.recorded_later;
        self.topics_recorded += o.topics_recorded;
        self.homework_set += o.homework_set;
    }

    pub fn not_recorded(&self) -> u64 {
        self.lessons - self.recorded
    }
}

/// Marks in the range: how many, how many entered in time (the lesson day plus the work
/// type's checking grace), how many last written under a deputy's permit.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MarkCounts {
    pub marks: u64,
    pub on_time: u64,
    pub under_permit: u64,
}

impl MarkCounts {
    fn add(&mut self, o: &MarkCounts) {
        self.marks += o.marks;
        self.on_time += o.on_time;
        self.under_permit += o.under_permit;
    }
}

/// Students and how many of them have no mark, or one, in the range. Per class and in total
/// they are people (across all their courses); per course, the course's students.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct StudentCounts {
    /// Students who had at least one of the lessons.
    pub students: u64,
    /// Of them, with no mark (never counted in grade 1, which gets no marks).
    pub without_marks: u64,
    pub with_one_mark: u64,
}

/// The counts fill-rate gives for a course, a teacher, a class or the whole scope.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct FillCounts {
    pub lessons: LessonCounts,
    pub students: StudentCounts,
    pub marks: MarkCounts,
    /// Remarks not resolved by their deadline.
    pub remarks_overdue: u64,
}

impl FillCounts {
    /// Lessons and marks add up; students do not (people are counted once, by the caller).
    fn add_work(&mut self, o: &FillCounts) {
        self.lessons.add(&o.lessons);
        self.marks.add(&o.marks);
        self.remarks_overdue += o.remarks_overdue;
    }

    /// A shortfall: lessons whose topic the teacher did not record, students without marks,
    /// or overdue remarks.
    fn has_issue(&self) -> bool {
        self.lessons.lessons > 0
            && (self.lessons.topics_recorded < self.lessons.lessons
                || self.students.without_marks > 0)
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

/// One class's line: its students as people.
#[derive(Debug, Clone)]
pub struct ClassFill {
    pub class: String,
    pub counts: FillCounts,
    pub views: Option<DiaryViews>,
}

/// One teacher's line: the lessons he gave (his courses' lessons, and those he took as a
/// substitute; a substituted lesson is the substitute's), their marks, his courses' remarks.
#[derive(Debug, Clone)]
pub struct TeacherFill {
    pub teacher_id: i64,
    /// ФИО.
    pub teacher: String,
    /// His courses in scope, like "5А Математика".
    pub courses: Vec<String>,
    pub counts: FillCounts,
    /// Remarks on his courses not resolved yet (overdue ones among them).
    pub remarks_open: u64,
}

impl TeacherFill {
    /// Kept the journal in the range: recorded at least one of the lessons he gave.
    pub fn kept_journal(&self) -> bool {
        self.counts.lessons.recorded > 0
    }
}

/// The report: a line per course, per class, per teacher, and the total.
#[derive(Debug, Clone)]
pub struct FillRate {
    pub label: String,
    pub courses: Vec<CourseFill>,
    pub classes: Vec<ClassFill>,
    pub teachers: Vec<TeacherFill>,
    pub total: FillCounts,
    /// Courses with a shortfall (for --fail-on-issues).
    pub issues: usize,
}

impl FillRate {
    /// Teachers who kept the journal in the range (recorded lessons).
    pub fn teachers_active(&self) -> u64 {
        self.teachers.iter().filter(|t| t.kept_journal()).count() as u64
    }
}

/// The lessons of a range grouped by course and the teacher who gave them (see `lesson_counts`).
/// `INDEXED BY`: the range's lessons drive, whatever statistics an `ANALYZE` left (with them
/// SQLite may prefer to scan every lesson in course order to save the grouping's sort).
pub const LESSON_COUNTS_SQL: &str =
    "SELECT l.course_id, coalesce(l.teacher_id, c.teacher_id), count(*), count(r.lesson_id),
                coalesce(sum(substr(r.recorded_at, 1, 10) = l.date), 0),
                coalesce(sum(substr(r.recorded_at, 1, 10) > l.date), 0),
                coalesce(sum(r.lesson_id IS NOT NULL AND l.topic <> ''), 0),
                coalesce(sum(r.lesson_id IS NOT NULL AND l.homework <> ''), 0)
         FROM lessons l INDEXED BY lessons_by_date JOIN courses c ON c.id = l.course_id
         LEFT JOIN lesson_records r ON r.lesson_id = l.id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3)
         GROUP BY 1, 2";

/// Lessons held per course and the teacher who gave them (the substitute for his lessons),
/// with what was recorded: one grouped pass over the range's lessons.
fn lesson_counts(conn: &Connection, scope: &Scope) -> Result<HashMap<(i64, i64), LessonCounts>> {
    let mut stmt = conn.prepare(LESSON_COUNTS_SQL)?;
    let rows = stmt.query_map(
        params![iso(scope.from), iso(scope.until()), scope.class_id],
        |r| {
            Ok((
                (r.get(0)?, r.get(1)?),
                LessonCounts {
                    lessons: r.get(2)?,
                    recorded: r.get(3)?,
                    recorded_on_day: r.get(4)?,
                    recorded_later: r.get(5)?,
                    topics_recorded: r.get(6)?,
                    homework_set: r.get(7)?,
                },
            ))
        },
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .context("counting recorded lessons")
}

/// Marks of a range grouped by course, student and the lesson's teacher (see `mark_counts`).
pub const MARK_COUNTS_SQL: &str =
    "SELECT l.course_id, m.student_id, coalesce(l.teacher_id, c.teacher_id), count(*),
                sum(substr(m.entered_at, 1, 10) <= date(l.date, '+' || w.grace_days || ' days')),
                sum(m.permit_id IS NOT NULL)
         FROM lessons l INDEXED BY lessons_by_date CROSS JOIN marks m ON m.lesson_id = l.id
         JOIN courses c ON c.id = l.course_id
         JOIN work_types w ON w.id = m.work_type_id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3)
         GROUP BY 1, 2, 3";

/// Marks per course, student and the teacher of the lesson, in one grouped pass; the entry
/// time is `marks.entered_at`, written from the session's clock with the mark's audit record.
/// CROSS JOIN keeps SQLite driving from the range's lessons rather than scanning every mark.
fn mark_counts(conn: &Connection, scope: &Scope) -> Result<HashMap<(i64, i64, i64), MarkCounts>> {
    let mut stmt = conn.prepare(MARK_COUNTS_SQL)?;
    let rows = stmt.query_map(
        params![iso(scope.from), iso(scope.until()), scope.class_id],
        |r| {
            Ok((
                (r.get(0)?, r.get(1)?, r.get(2)?),
                MarkCounts {
                    marks: r.get(3)?,
                    on_time: r.get(4)?,
                    under_permit: r.get(5)?,
                },
            ))
        },
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .context("counting marks")
}

/// Students and their marks: counts how many have none and how many one.
fn count_students<'a>(marks: impl Iterator<Item = &'a u64>, marked: bool) -> StudentCounts {
    let mut c = StudentCounts::default();
    for &n in marks {
        c.students += 1;
        if marked && n == 0 {
            c.without_marks += 1;
        }
        if marked && n == 1 {
            c.with_one_mark += 1;
        }
    }
    c
}

/// `report fill-rate`: заполнение журнала и накопляемость отметок.
pub fn compute(conn: &Connection, scope: &Scope) -> Result<FillRate> {
    let courses = scope::courses(conn, scope)?;
    let members = scope::members(conn, scope)?;
    let held = scope::lessons(conn, scope)?;
    let lessons = lesson_counts(conn, scope)?;
    let marks = mark_counts(conn, scope)?;
    let overdue = remarks::overdue_by_course(conn, scope.today)?;
    let open = remarks::open_by_course(conn)?;
    let views = diary_views(conn, scope)?;
    let names = crate::db::staff::staff_full_names(conn)?;

    // Marks per course and student, and per course and teacher.
    let mut by_student: HashMap<(i64, i64), u64> = HashMap::new();
    let mut by_teacher: HashMap<(i64, i64), MarkCounts> = HashMap::new();
    for (&(course, student, teacher), m) in &marks {
        *by_student.entry((course, student)).or_default() += m.marks;
        by_teacher.entry((course, teacher)).or_default().add(m);
    }

    let mut total = FillCounts::default();
    let mut issues = 0;
    let mut lines = Vec::with_capacity(courses.len());
    // class → student → marks in all his courses; the same across the scope.
    let mut class_people: BTreeMap<(u8, String, i64), HashMap<i64, u64>> = BTreeMap::new();
    let mut class_work: HashMap<i64, FillCounts> = HashMap::new();
    let mut people: HashMap<i64, u64> = HashMap::new();
    let mut people_marked: HashSet<i64> = HashSet::new();
    let mut teachers: BTreeMap<i64, TeacherFill> = BTreeMap::new();
    let mut teacher_unmarked: HashMap<i64, HashSet<i64>> = HashMap::new();
    for c in &courses {
        let days = held.get(&c.id).map(Vec::as_slice).unwrap_or_default();
        let marked = Grade(c.grade).has_marks();
        // Students who had at least one of the lessons, with their marks in the course.
        let students: Vec<(i64, u64)> = members
            .get(&c.id)
            .into_iter()
            .flatten()
            .filter(|(_, spans)| days.iter().any(|l| in_span(spans, l.date)))
            .map(|(s, _)| (*s, by_student.get(&(c.id, *s)).copied().unwrap_or(0)))
            .collect();
        let mut counts = FillCounts {
            students: count_students(students.iter().map(|(_, n)| n), marked),
            remarks_overdue: overdue.get(&c.id).copied().unwrap_or(0),
            ..FillCounts::default()
        };
        for (&(course, teacher), l) in lessons.iter().filter(|((k, _), _)| *k == c.id) {
            counts.lessons.add(l);
            let t = teacher_line(&mut teachers, teacher, &names);
            t.counts.lessons.add(l);
            if let Some(m) = by_teacher.get(&(course, teacher)) {
                t.counts.marks.add(m);
            }
        }
        for ((_, teacher), m) in by_teacher.iter().filter(|((k, _), _)| *k == c.id) {
            counts.marks.add(m);
            // Marks in a lesson of a teacher with no lesson counted above still count.
            if !lessons.contains_key(&(c.id, *teacher)) {
                teacher_line(&mut teachers, *teacher, &names)
                    .counts
                    .marks
                    .add(m);
            }
        }
        let own = teacher_line(&mut teachers, c.teacher_id, &names);
        own.courses.push(format!(
            "{} {}{}",
            c.class,
            c.subject,
            crate::db::resolve::group_label(&c.group)
        ));
        own.counts.remarks_overdue += counts.remarks_overdue;
        own.remarks_open += open.get(&c.id).copied().unwrap_or(0);
        if marked {
            teacher_unmarked
                .entry(c.teacher_id)
                .or_default()
                .extend(students.iter().filter(|(_, n)| *n == 0).map(|(s, _)| *s));
        }
        let class = class_people
            .entry((c.grade, c.class.clone(), c.class_id))
            .or_default();
        for &(s, n) in &students {
            *class.entry(s).or_default() += n;
            *people.entry(s).or_default() += n;
            if marked {
                people_marked.insert(s);
            }
        }
        class_work.entry(c.class_id).or_default().add_work(&counts);
        if counts.has_issue() {
            issues += 1;
        }
        total.add_work(&counts);
        lines.push(CourseFill {
            class: c.class.clone(),
            subject: c.subject.clone(),
            group: c.group.clone(),
            teacher: c.teacher.clone(),
            counts,
            views: views.get(&c.class_id).copied(),
        });
    }
    // A student of a class with marks counts as short of them; of grade 1, never.
    let people_counts = |m: &HashMap<i64, u64>| {
        let mut c = StudentCounts::default();
        for (s, n) in m {
            c.students += 1;
            if people_marked.contains(s) {
                c.without_marks += u64::from(*n == 0);
                c.with_one_mark += u64::from(*n == 1);
            }
        }
        c
    };
    total.students = people_counts(&people);
    let classes = class_people
        .into_iter()
        .map(|((_, name, id), studs)| ClassFill {
            class: name,
            counts: FillCounts {
                students: people_counts(&studs),
                ..class_work.get(&id).copied().unwrap_or_default()
            },
            views: views.get(&id).copied(),
        })
        .collect();
    let mut teachers: Vec<TeacherFill> = teachers
        .into_values()
        .map(|mut t| {
            let unmarked = teacher_unmarked.get(&t.teacher_id).map_or(0, HashSet::len);
            t.counts.students.without_marks = unmarked as u64;
            t
        })
        .collect();
    teachers.sort_by(|a, b| crate::domain::text::ru_compare(&a.teacher, &b.teacher));
    Ok(FillRate {
        label: scope.label.clone(),
        courses: lines,
        classes,
        teachers,
        total,
        issues,
    })
}

/// A teacher's line, made when first met.
fn teacher_line<'a>(
    teachers: &'a mut BTreeMap<i64, TeacherFill>,
    id: i64,
    names: &HashMap<i64, String>,
) -> &'a mut TeacherFill {
    teachers.entry(id).or_insert_with(|| TeacherFill {
        teacher_id: id,
        teacher: names.get(&id).cloned().unwrap_or_default(),
        courses: Vec::new(),
        counts: FillCounts::default(),
        remarks_open: 0,
    })
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
