//! The deputies' control reports (п. 3.5 and п. 6 of the instruction): how the journal is
//! kept and marks accumulate (fill-rate, accumulation), progress by final marks, attendance,
//! and the forecast of period marks. Each is a few set-based queries over the range, then
//! plain arithmetic in Rust; never a query per student.

use crate::domain::class_name::Grade;
use std::collections::{BTreeMap, HashMap, HashSet};

use anyhow::Result;
use chrono::{Duration, NaiveDate};
use rusqlite::{params, Connection};

use crate::db::calendar::SchoolCalendar;
use crate::db::journal::{in_span, Span};
use crate::db::people::{all_staff, Person};
use crate::domain::calendar::PeriodCode;
use crate::domain::date::{from_iso, iso, ru};
use crate::domain::fio::{Fio, PersonRef};
use crate::domain::text::ru_compare;
use crate::render::report::{pct, Report, Section};
use crate::render::{Cell, Rows};
use crate::reports::suggestions::{self, Scope as SuggestionScope};

/// What a report covers.
#[derive(Debug, Clone)]
pub struct Scope {
    pub from: NaiveDate,
    pub to: NaiveDate,
    /// "октябрь 2023", "I четверть", "01.10.2023 – 15.10.2023"
    pub label: String,
    pub period: Option<PeriodCode>,
    pub class_id: Option<i64>,
    pub teacher_id: Option<i64>,
    pub today: NaiveDate,
}

/// course → its students, each with his spans in the class
type Members = HashMap<i64, Vec<(i64, Vec<Span>)>>;

/// course → lessons held: (lesson, date, has a topic, has homework)
type Held = HashMap<i64, Vec<(i64, NaiveDate, bool, bool)>>;

#[derive(Debug, Clone)]
struct Course {
    id: i64,
    class_id: i64,
    class: String,
    grade: u8,
    subject: String,
    group: String,
    teacher_id: i64,
    teacher: String,
    hours: f64,
}

fn courses(conn: &Connection, scope: &Scope) -> Result<Vec<Course>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, c.class_id, cl.name, cl.grade, s.name, c.group_name, c.teacher_id,
                st.last_name || ' ' || st.first_name || ' ' || st.middle_name, c.hours_per_week
         FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         JOIN staff st ON st.id = c.teacher_id
         WHERE (?1 IS NULL OR c.class_id = ?1) AND (?2 IS NULL OR c.teacher_id = ?2)
         ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU",
    )?;
    let rows = stmt.query_map(params![scope.class_id, scope.teacher_id], |r| {
        Ok(Course {
            id: r.get(0)?,
            class_id: r.get(1)?,
            class: r.get(2)?,
            grade: r.get(3)?,
            subject: r.get(4)?,
            group: r.get(5)?,
            teacher_id: r.get(6)?,
            teacher: r.get::<_, String>(7)?.trim().to_string(),
            hours: r.get(8)?,
        })
    })?;
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Students of each course with their spans in the class (group courses: members only).
fn members(conn: &Connection, scope: &Scope) -> Result<Members> {
    let mut stmt = conn.prepare(
        "SELECT c.id, e.student_id, e.from_date, e.to_date FROM courses c JOIN enrolments e ON e.class_id = c.class_id
         WHERE (?1 IS NULL OR c.class_id = ?1) AND e.from_date <= ?3 AND (e.to_date IS NULL OR e.to_date >= ?2)
           AND (c.group_name = '' OR EXISTS (SELECT 1 FROM group_members gm WHERE gm.course_id = c.id AND gm.student_id = e.student_id))",
    )?;
    let mut out: Members = HashMap::new();
    for row in stmt.query_map(
        params![scope.class_id, iso(scope.from), iso(scope.to)],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, Option<String>>(3)?,
            ))
        },
    )? {
        let (course, student, a, b) = row?;
        let span = (from_iso(&a), b.map(|b| from_iso(&b)));
        let list = out.entry(course).or_default();
        match list.iter_mut().find(|(s, _)| *s == student) {
            Some((_, spans)) => spans.push(span),
            None => list.push((student, vec![span])),
        }
    }
    Ok(out)
}

fn student_names(conn: &Connection) -> Result<HashMap<i64, Fio>> {
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
    Ok(rows.collect::<rusqlite::Result<_>>()?)
}

/// Lessons held in the range (up to today): course → [(lesson, date, has topic, has homework)].
fn lessons(conn: &Connection, scope: &Scope) -> Result<Held> {
    let until = scope.to.min(scope.today);
    let mut stmt = conn.prepare(
        "SELECT l.course_id, l.id, l.date, l.topic <> '', l.homework <> '' FROM lessons l JOIN courses c ON c.id = l.course_id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3)",
    )?;
    let mut out: Held = HashMap::new();
    for row in stmt.query_map(params![iso(scope.from), iso(until), scope.class_id], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
            r.get::<_, bool>(3)?,
            r.get::<_, bool>(4)?,
        ))
    })? {
        let (course, id, d, t, h) = row?;
        out.entry(course)
            .or_default()
            .push((id, from_iso(&d), t, h));
    }
    Ok(out)
}

/// The counts fill-rate gives per course and in total.
const FILL_COLUMNS: [(&str, &str); 14] = [
    ("lessons", "Уроков"),
    ("lessons_with_topic", "С темой"),
    ("lessons_with_homework", "С д/з"),
    ("students", "Учащихся"),
    ("students_without_marks", "Без отметок"),
    ("students_with_one_mark", "С одной отметкой"),
    ("marks", "Отметок"),
    ("marks_on_time", "Вовремя"),
    ("pct_topic", "% тем"),
    ("pct_homework", "% д/з"),
    ("pct_without_marks", "% без отметок"),
    ("pct_one_mark", "% с одной"),
    ("pct_on_time", "% вовремя"),
    ("remarks_overdue", "Просрочено замечаний"),
];

/// Cells for [lessons, with topic, with homework, students, without marks, with one mark,
/// marks, on time, overdue remarks]: the counts, then their shares.
fn fill_cells(t: &[u64; 9]) -> Vec<Cell> {
    let mut cells: Vec<Cell> = t[..8].iter().map(|v| Cell::Int(*v as i64)).collect();
    cells.extend([
        pct(t[1], t[0]),
        pct(t[2], t[0]),
        pct(t[4], t[3]),
        pct(t[5], t[3]),
        pct(t[7], t[6]),
        Cell::Int(t[8] as i64),
    ]);
    cells
}

/// `report fill-rate`: заполнение журнала и накопляемость отметок.
pub fn fill_rate(conn: &Connection, scope: &Scope) -> Result<Report> {
    let courses = courses(conn, scope)?;
    let members = members(conn, scope)?;
    let lessons = lessons(conn, scope)?;
    let until = scope.to.min(scope.today);
    // Marks per course and student, and how many were entered in time: the entry time
    // against the lesson day plus the work type's checking grace. The entry time is the one
    // the audit trail holds: both are written in the same transaction from the session's
    // clock (a mark inserted with plain SQL is audited as 'sql' at the real time). CROSS
    // JOIN keeps SQLite driving from the range's lessons rather than scanning every mark.
    let mut marks: HashMap<(i64, i64), (u64, u64)> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT l.course_id, m.student_id, count(*),
                    sum(substr(m.entered_at, 1, 10) <= date(l.date, '+' || w.grace_days || ' days'))
             FROM lessons l CROSS JOIN marks m ON m.lesson_id = l.id JOIN courses c ON c.id = l.course_id
             JOIN work_types w ON w.id = m.work_type_id
             WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3)
             GROUP BY l.course_id, m.student_id",
        )?;
        for row in stmt.query_map(params![iso(scope.from), iso(until), scope.class_id], |r| {
            Ok((
                (r.get::<_, i64>(0)?, r.get::<_, i64>(1)?),
                (r.get::<_, u64>(2)?, r.get::<_, u64>(3)?),
            ))
        })? {
            let (k, v) = row?;
            marks.insert(k, v);
        }
    }
    let overdue: HashMap<i64, u64> = {
        let mut stmt = conn.prepare(
            "SELECT course_id, count(*) FROM remarks WHERE resolved_at IS NULL AND due < ?1 GROUP BY course_id",
        )?;
        let rows = stmt.query_map([iso(scope.today)], |r| Ok((r.get(0)?, r.get(1)?)))?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let views = portal_views(conn, scope)?;

    let mut cols = vec![
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("teacher", "Учитель"),
    ];
    cols.extend(FILL_COLUMNS);
    cols.extend([
        ("pct_students_viewed", "% учащихся смотрели"),
        ("pct_parents_viewed", "% родителей смотрели"),
    ]);
    let mut rows = Rows::new(&cols);
    let mut t = [0u64; 9];
    let mut issues = 0;
    for c in &courses {
        let ls = lessons.get(&c.id).map(Vec::as_slice).unwrap_or_default();
        let n_lessons = ls.len() as u64;
        let with_topic = ls.iter().filter(|l| l.2).count() as u64;
        let with_hw = ls.iter().filter(|l| l.3).count() as u64;
        let studs: Vec<i64> = members
            .get(&c.id)
            .map(|m| {
                m.iter()
                    .filter(|(_, spans)| ls.iter().any(|l| in_span(spans, l.1)))
                    .map(|(s, _)| *s)
                    .collect()
            })
            .unwrap_or_default();
        let counts: Vec<(u64, u64)> = studs
            .iter()
            .map(|s| marks.get(&(c.id, *s)).copied().unwrap_or((0, 0)))
            .collect();
        // Grade 1 has no marks (безотметочное обучение): nobody is short of them.
        let marked = Grade(c.grade).has_marks();
        let without = if marked {
            counts.iter().filter(|m| m.0 == 0).count() as u64
        } else {
            0
        };
        let one = if marked {
            counts.iter().filter(|m| m.0 == 1).count() as u64
        } else {
            0
        };
        let n_marks: u64 = counts.iter().map(|m| m.0).sum();
        let on_time: u64 = counts.iter().map(|m| m.1).sum();
        let remarks = overdue.get(&c.id).copied().unwrap_or(0);
        if n_lessons > 0 && (with_topic < n_lessons || without > 0) || remarks > 0 {
            issues += 1;
        }
        for (i, v) in [
            n_lessons,
            with_topic,
            with_hw,
            studs.len() as u64,
            without,
            one,
            n_marks,
            on_time,
            remarks,
        ]
        .iter()
        .enumerate()
        {
            t[i] += v;
        }
        let (sv, pv) = views
            .get(&c.class_id)
            .cloned()
            .unwrap_or((Cell::Null, Cell::Null));
        let mut row = vec![
            Cell::text(&c.class),
            Cell::text(&c.subject),
            Cell::text(&c.group),
            Cell::text(&c.teacher),
        ];
        row.extend(fill_cells(&[
            n_lessons,
            with_topic,
            with_hw,
            studs.len() as u64,
            without,
            one,
            n_marks,
            on_time,
            remarks,
        ]));
        row.extend([sv, pv]);
        rows.push(row);
    }
    // Teachers taking part: those of these courses who entered anything in the range.
    let teachers: HashSet<i64> = courses.iter().map(|c| c.teacher_id).collect();
    let active = active_staff(conn, scope)?;
    let teachers_active = teachers.iter().filter(|t| active.contains(t)).count() as u64;
    let mut cols = FILL_COLUMNS.to_vec();
    cols.extend([
        ("teachers", "Учителей"),
        ("teachers_active", "Вели журнал"),
        ("pct_teachers_active", "% учителей"),
    ]);
    let mut summary = Rows::new(&cols);
    let mut total = fill_cells(&t);
    total.extend([
        Cell::Int(teachers.len() as i64),
        Cell::Int(teachers_active as i64),
        pct(teachers_active, teachers.len() as u64),
    ]);
    summary.push(total);
    Ok(Report {
        title: format!(
            "Заполнение журнала и накопляемость отметок: {}",
            scope.label
        ),
        sections: vec![
            Section {
                key: "summary",
                title: "Итого".into(),
                rows: summary,
                single: true,
            },
            Section {
                key: "rows",
                title: "По курсам".into(),
                rows,
                single: false,
            },
        ],
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
        .collect::<rusqlite::Result<_>>()?;
    let mut out = HashSet::new();
    for a in actors {
        if let Ok(who) = PersonRef::parse(&a) {
            let found: Vec<&Person> = staff.iter().filter(|p| who.matches(&p.fio)).collect();
            if found.len() == 1 {
                out.insert(found[0].id);
            }
        }
    }
    Ok(out)
}

/// Per class: the share of students, and of parents, who looked at the diary in the range
/// (null where no access log was imported).
fn portal_views(conn: &Connection, scope: &Scope) -> Result<HashMap<i64, (Cell, Cell)>> {
    let any: bool = conn.query_row("SELECT EXISTS (SELECT 1 FROM access_log)", [], |r| r.get(0))?;
    if !any {
        return Ok(HashMap::new());
    }
    let names = student_names(conn)?;
    // Students of each class in the range, with their parent's name.
    let mut stmt = conn.prepare(
        "SELECT DISTINCT e.class_id, e.student_id, coalesce(g.name, '') FROM enrolments e
         LEFT JOIN guardians g ON g.student_id = e.student_id
         WHERE e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?1)",
    )?;
    let mut classes: HashMap<i64, Vec<(i64, String)>> = HashMap::new();
    for row in stmt.query_map(params![iso(scope.from), iso(scope.to)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (c, s, g) = row?;
        classes.entry(c).or_default().push((s, g));
    }
    let mut stmt =
        conn.prepare("SELECT class_id, who, role FROM access_log WHERE date BETWEEN ?1 AND ?2")?;
    let mut seen: HashMap<i64, Vec<(String, String)>> = HashMap::new();
    for row in stmt.query_map(params![iso(scope.from), iso(scope.to)], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (c, who, role) = row?;
        seen.entry(c).or_default().push((who, role));
    }
    let mut out = HashMap::new();
    for (class, studs) in classes {
        let views = seen.get(&class).map(Vec::as_slice).unwrap_or_default();
        let refs = |role: &str| -> Vec<PersonRef> {
            views
                .iter()
                .filter(|v| v.1 == role)
                .filter_map(|v| PersonRef::parse(&v.0).ok())
                .collect()
        };
        let (students_seen, parents_seen) = (refs("student"), refs("parent"));
        let n_students = studs.len() as u64;
        let viewed_students = studs
            .iter()
            .filter(|(s, _)| {
                names
                    .get(s)
                    .is_some_and(|f| students_seen.iter().any(|r| r.matches(f)))
            })
            .count() as u64;
        let with_parent: Vec<&String> = studs
            .iter()
            .map(|(_, g)| g)
            .filter(|g| !g.is_empty())
            .collect();
        let viewed_parents = with_parent
            .iter()
            .filter(|g| {
                let mut parts = g.split_whitespace();
                let f = Fio::from_parts(
                    parts.next().unwrap_or(""),
                    parts.next().unwrap_or(""),
                    &parts.collect::<Vec<_>>().join(" "),
                );
                parents_seen.iter().any(|r| r.matches(&f))
            })
            .count() as u64;
        out.insert(
            class,
            (
                pct(viewed_students, n_students),
                pct(viewed_parents, with_parent.len() as u64),
            ),
        );
    }
    Ok(out)
}

/// `report accumulation`: every student below the accumulation minimum for a course.
pub fn accumulation(conn: &Connection, scope: &Scope, period: PeriodCode) -> Result<Report> {
    let courses: HashMap<i64, Course> = courses(conn, scope)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let list = suggestions::compute(
        conn,
        period,
        &SuggestionScope {
            class_id: scope.class_id,
            course_id: None,
        },
        scope.today,
    )?;
    let mut rows = Rows::new(&[
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("teacher", "Учитель"),
        ("student", "Ученик"),
        ("hours_per_week", "Часов в неделю"),
        ("minimum", "Минимум"),
        ("marks", "Отметок"),
        ("missing", "Не хватает"),
    ]);
    for s in list.iter().filter(|s| s.marks < s.minimum) {
        let Some(c) = courses.get(&s.course_id) else {
            continue;
        };
        rows.push(vec![
            Cell::text(&s.class),
            Cell::text(&s.subject),
            Cell::text(&s.group),
            Cell::text(&c.teacher),
            Cell::text(&s.student),
            Cell::Num(c.hours),
            Cell::Int(s.minimum as i64),
            Cell::Int(s.marks as i64),
            Cell::Int((s.minimum - s.marks) as i64),
        ]);
    }
    let issues = rows.rows.len();
    Ok(Report {
        title: format!(
            "Накопляемость отметок: {} (отметок меньше минимума)",
            scope.label
        ),
        sections: vec![Section {
            key: "rows",
            title: "Ниже минимума".into(),
            rows,
            single: false,
        }],
        issues,
    })
}

/// A row's counts of final marks.
#[derive(Debug, Default, Clone)]
struct Tally {
    n: [u64; 6], // 5, 4, 3, 2, 1, н/а
    students: u64,
    passing: u64,
    quality: u64,
    sum: f64,
    numeric: u64,
}

impl Tally {
    fn add_mark(&mut self, v: &str) {
        match v {
            "5" => self.n[0] += 1,
            "4" => self.n[1] += 1,
            "3" => self.n[2] += 1,
            "2" => self.n[3] += 1,
            "1" => self.n[4] += 1,
            "н/а" => self.n[5] += 1,
            _ => {}
        }
        if let Ok(p) = v.parse::<u8>() {
            self.sum += p as f64;
            self.numeric += 1;
        }
    }

    /// A student with these marks: passing when no 2, 1 or н/а; quality when only 4 and 5.
    fn add_student(&mut self, values: &[&str]) {
        self.students += 1;
        let fails = values
            .iter()
            .any(|v| matches!(*v, "2" | "1" | "н/а" | "нз"));
        let numeric: Vec<&&str> = values.iter().filter(|v| v.parse::<u8>().is_ok()).collect();
        if !fails {
            self.passing += 1;
            if !numeric.is_empty() && numeric.iter().all(|v| matches!(**v, "4" | "5")) {
                self.quality += 1;
            }
        }
    }

    fn cells(&self) -> Vec<Cell> {
        let marks: u64 = self.n.iter().sum();
        let sou = (1.0 * self.n[0] as f64
            + 0.64 * self.n[1] as f64
            + 0.36 * self.n[2] as f64
            + 0.16 * self.n[3] as f64
            + 0.08 * self.n[4] as f64)
            / marks as f64
            * 100.0;
        vec![
            Cell::Int(self.students as i64),
            Cell::Int(self.n[0] as i64),
            Cell::Int(self.n[1] as i64),
            Cell::Int(self.n[2] as i64),
            Cell::Int(self.n[3] as i64),
            Cell::Int(self.n[5] as i64),
            pct(self.passing, self.students),
            pct(self.quality, self.students),
            if marks == 0 {
                Cell::Null
            } else {
                Cell::Fixed((sou * 10.0).round() / 10.0, 1)
            },
            if self.numeric == 0 {
                Cell::Null
            } else {
                Cell::Fixed((self.sum / self.numeric as f64 * 100.0).round() / 100.0, 2)
            },
        ]
    }
}

const TALLY_COLUMNS: [(&str, &str); 10] = [
    ("students", "Аттестовано"),
    ("n5", "«5»"),
    ("n4", "«4»"),
    ("n3", "«3»"),
    ("n2", "«2»"),
    ("n_na", "н/а"),
    ("pct_pass", "Успеваемость, %"),
    ("pct_quality", "Качество, %"),
    ("sou", "СОУ, %"),
    ("average", "Средний балл"),
];

fn with_tally(head: &[(&'static str, &'static str)]) -> Rows {
    let mut cols = head.to_vec();
    cols.extend(TALLY_COLUMNS);
    Rows::new(&cols)
}

/// `report progress`: успеваемость, качество знаний and СОУ from final marks.
pub fn progress(conn: &Connection, scope: &Scope, period: PeriodCode) -> Result<Report> {
    let courses: HashMap<i64, Course> = courses(conn, scope)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let names = student_names(conn)?;
    // (class, student) → [(course, value)]
    let mut by_student: BTreeMap<(u8, String, i64), Vec<(i64, String)>> = BTreeMap::new();
    let mut stmt =
        conn.prepare("SELECT course_id, student_id, value FROM final_marks WHERE period = ?1")?;
    for row in stmt.query_map([period.code()], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, String>(2)?,
        ))
    })? {
        let (course, student, value) = row?;
        let Some(c) = courses.get(&course) else {
            continue;
        };
        if value == "осв" {
            continue; // exempt: not assessed in that subject
        }
        by_student
            .entry((c.grade, c.class.clone(), student))
            .or_default()
            .push((course, value));
    }
    let mut subject_tally: BTreeMap<i64, Tally> = BTreeMap::new();
    let mut class_tally: BTreeMap<(u8, String), Tally> = BTreeMap::new();
    let mut school = Tally::default();
    let mut lists = Vec::new();
    for ((grade, class, student), marks) in &by_student {
        let values: Vec<&str> = marks.iter().map(|(_, v)| v.as_str()).collect();
        let ct = class_tally.entry((*grade, class.clone())).or_default();
        for (course, v) in marks {
            ct.add_mark(v);
            school.add_mark(v);
            let st = subject_tally.entry(*course).or_default();
            st.add_mark(v);
            st.add_student(&[v.as_str()]);
        }
        ct.add_student(&values);
        school.add_student(&values);
        let name = names.get(student).map(Fio::full).unwrap_or_default();
        let subjects_with = |want: &[&str]| -> Vec<String> {
            marks
                .iter()
                .filter(|(_, v)| want.contains(&v.as_str()))
                .filter_map(|(c, _)| courses.get(c).map(|c| c.subject.clone()))
                .collect()
        };
        let numeric: Vec<&str> = values
            .iter()
            .copied()
            .filter(|v| v.parse::<u8>().is_ok())
            .collect();
        let count = |v: &str| numeric.iter().filter(|x| **x == v).count();
        let failing = subjects_with(&["2", "1", "н/а", "нз"]);
        let list = if !failing.is_empty() {
            Some(("неуспевающие", failing.join(", ")))
        } else if numeric.is_empty() {
            None
        } else if count("5") == numeric.len() {
            Some(("отличники", String::new()))
        } else if count("3") == 0 && count("4") == 1 {
            Some(("с одной «4»", subjects_with(&["4"]).join(", ")))
        } else if count("3") == 0 {
            Some(("хорошисты", String::new()))
        } else if count("3") == 1 {
            Some(("с одной «3»", subjects_with(&["3"]).join(", ")))
        } else {
            None
        };
        if let Some((list, subjects)) = list {
            lists.push((grade, class.clone(), list, name, subjects));
        }
    }
    // Every class that reports by this period has its row, with or without final marks.
    for c in courses
        .values()
        .filter(|c| Grade(c.grade).has_marks() && period.applies_to_grade(c.grade))
    {
        class_tally.entry((c.grade, c.class.clone())).or_default();
    }
    let mut classes = with_tally(&[("class", "Класс")]);
    for ((_, class), t) in &class_tally {
        let mut row = vec![Cell::text(class)];
        row.extend(t.cells());
        classes.push(row);
    }
    let mut subjects = with_tally(&[
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("teacher", "Учитель"),
    ]);
    let mut ordered: Vec<(&Course, &Tally)> = subject_tally
        .iter()
        .filter_map(|(id, t)| courses.get(id).map(|c| (c, t)))
        .collect();
    ordered.sort_by(|a, b| {
        (a.0.grade, &a.0.class)
            .cmp(&(b.0.grade, &b.0.class))
            .then(ru_compare(&a.0.subject, &b.0.subject))
            .then(ru_compare(&a.0.group, &b.0.group))
    });
    for (c, t) in ordered {
        let mut row = vec![
            Cell::text(&c.class),
            Cell::text(&c.subject),
            Cell::text(&c.group),
            Cell::text(&c.teacher),
        ];
        row.extend(t.cells());
        subjects.push(row);
    }
    let mut total = with_tally(&[]);
    total.push(school.cells());
    let order = [
        "отличники",
        "хорошисты",
        "с одной «4»",
        "с одной «3»",
        "неуспевающие",
    ];
    lists.sort_by(|a, b| {
        (a.0, &a.1, order.iter().position(|x| *x == a.2))
            .cmp(&(b.0, &b.1, order.iter().position(|x| *x == b.2)))
            .then(ru_compare(&a.3, &b.3))
    });
    let mut list_rows = Rows::new(&[
        ("class", "Класс"),
        ("list", "Список"),
        ("student", "Ученик"),
        ("subjects", "Предметы"),
    ]);
    let failing = lists.iter().filter(|l| l.2 == "неуспевающие").count();
    for (_, class, list, name, subjects) in lists {
        list_rows.push(vec![
            Cell::text(class),
            Cell::text(list),
            Cell::text(name),
            Cell::opt_text(subjects),
        ]);
    }
    Ok(Report {
        title: format!("Успеваемость и качество знаний: {}", scope.label),
        sections: vec![
            Section {
                key: "school",
                title: "По школе".into(),
                rows: total,
                single: true,
            },
            Section {
                key: "classes",
                title: "По классам".into(),
                rows: classes,
                single: false,
            },
            Section {
                key: "subjects",
                title: "По предметам".into(),
                rows: subjects,
                single: false,
            },
            Section {
                key: "lists",
                title: "Списки".into(),
                rows: list_rows,
                single: false,
            },
        ],
        issues: failing,
    })
}

/// `report attendance`: missed lessons per student by code, lateness, whole days missed.
pub fn attendance(conn: &Connection, scope: &Scope) -> Result<Report> {
    let courses = courses(conn, scope)?;
    let members = members(conn, scope)?;
    let lessons = lessons(conn, scope)?;
    let names = student_names(conn)?;
    // Lessons each student had, per day.
    let mut had: HashMap<(i64, NaiveDate), u32> = HashMap::new();
    let mut student_class: BTreeMap<(u8, String, i64), ()> = BTreeMap::new();
    for c in &courses {
        let ls = lessons.get(&c.id).map(Vec::as_slice).unwrap_or_default();
        for (s, spans) in members.get(&c.id).map(Vec::as_slice).unwrap_or_default() {
            let mut any = false;
            for l in ls.iter().filter(|l| in_span(spans, l.1)) {
                *had.entry((*s, l.1)).or_default() += 1;
                any = true;
            }
            if any || c.group.is_empty() {
                student_class.insert((c.grade, c.class.clone(), *s), ());
            }
        }
    }
    // Absences: per student and day, by code.
    let until = scope.to.min(scope.today);
    let mut stmt = conn.prepare(
        "SELECT a.student_id, l.date, a.code, c.class_id FROM absences a JOIN lessons l ON l.id = a.lesson_id
         JOIN courses c ON c.id = l.course_id
         WHERE l.date BETWEEN ?1 AND ?2 AND (?3 IS NULL OR c.class_id = ?3) AND (?4 IS NULL OR c.teacher_id = ?4)",
    )?;
    let mut codes: HashMap<i64, [u32; 4]> = HashMap::new(); // Б У Н О
    let mut missed_day: HashMap<(i64, NaiveDate), u32> = HashMap::new();
    for row in stmt.query_map(
        params![
            iso(scope.from),
            iso(until),
            scope.class_id,
            scope.teacher_id
        ],
        |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
            ))
        },
    )? {
        let (s, d, code, _) = row?;
        let e = codes.entry(s).or_default();
        let i = match code.as_str() {
            "Б" => 0,
            "У" => 1,
            "Н" => 2,
            _ => 3,
        };
        e[i] += 1;
        if i < 3 {
            *missed_day.entry((s, from_iso(&d))).or_default() += 1;
        }
    }
    let mut rows = Rows::new(&[
        ("class", "Класс"),
        ("student", "Ученик"),
        ("lessons", "Уроков"),
        ("missed", "Пропущено"),
        ("missed_ill", "Б"),
        ("missed_excused", "У"),
        ("missed_unexcused", "Н"),
        ("late", "Опозданий (О)"),
        ("full_days_missed", "Пропущено дней"),
    ]);
    let mut totals: BTreeMap<(u8, String), [i64; 8]> = BTreeMap::new();
    let mut list: Vec<(&(u8, String, i64), String)> = student_class
        .keys()
        .map(|k| (k, names.get(&k.2).map(Fio::full).unwrap_or_default()))
        .collect();
    list.sort_by(|a, b| {
        (a.0 .0, &a.0 .1)
            .cmp(&(b.0 .0, &b.0 .1))
            .then(ru_compare(&a.1, &b.1))
    });
    let mut issues = 0;
    for ((grade, class, s), name) in list {
        let lessons_had: u32 = had
            .iter()
            .filter(|((st, _), _)| st == s)
            .map(|(_, n)| *n)
            .sum();
        let c = codes.get(s).copied().unwrap_or_default();
        let full_days = had
            .iter()
            .filter(|((st, d), n)| st == s && missed_day.get(&(*s, *d)).is_some_and(|m| m >= n))
            .count();
        let missed = c[0] + c[1] + c[2];
        if c[2] > 0 {
            issues += 1;
        }
        let vals = [
            lessons_had as i64,
            missed as i64,
            c[0] as i64,
            c[1] as i64,
            c[2] as i64,
            c[3] as i64,
            full_days as i64,
            1,
        ];
        let t = totals.entry((*grade, class.clone())).or_default();
        for (i, v) in vals.iter().enumerate() {
            t[i] += v;
        }
        rows.push(vec![
            Cell::text(class),
            Cell::text(name),
            Cell::Int(vals[0]),
            Cell::Int(vals[1]),
            Cell::Int(vals[2]),
            Cell::Int(vals[3]),
            Cell::Int(vals[4]),
            Cell::Int(vals[5]),
            Cell::Int(vals[6]),
        ]);
    }
    let mut classes = Rows::new(&[
        ("class", "Класс"),
        ("students", "Учащихся"),
        ("lessons", "Уроков"),
        ("missed", "Пропущено"),
        ("missed_ill", "Б"),
        ("missed_excused", "У"),
        ("missed_unexcused", "Н"),
        ("late", "Опозданий (О)"),
        ("full_days_missed", "Пропущено дней"),
        ("pct_missed", "% пропущено"),
    ]);
    for ((_, class), t) in totals {
        classes.push(vec![
            Cell::text(class),
            Cell::Int(t[7]),
            Cell::Int(t[0]),
            Cell::Int(t[1]),
            Cell::Int(t[2]),
            Cell::Int(t[3]),
            Cell::Int(t[4]),
            Cell::Int(t[5]),
            Cell::Int(t[6]),
            pct(t[1] as u64, t[0] as u64),
        ]);
    }
    Ok(Report {
        title: format!("Посещаемость: {}", scope.label),
        sections: vec![
            Section {
                key: "rows",
                title: "По ученикам".into(),
                rows,
                single: false,
            },
            Section {
                key: "classes",
                title: "По классам".into(),
                rows: classes,
                single: false,
            },
        ],
        issues,
    })
}

/// `report forecast`: where each student's period mark is heading, and who is at risk.
pub fn forecast(
    conn: &Connection,
    scope: &Scope,
    period: PeriodCode,
    as_of: NaiveDate,
) -> Result<Report> {
    let cal = SchoolCalendar::load(conn)?;
    let (_, ends) = cal.period(period)?;
    let days_left = (ends - as_of).num_days();
    let courses: HashMap<i64, Course> = courses(conn, scope)?
        .into_iter()
        .map(|c| (c.id, c))
        .collect();
    let list = suggestions::compute(
        conn,
        period,
        &SuggestionScope {
            class_id: scope.class_id,
            course_id: None,
        },
        as_of,
    )?;
    let unexcused: HashMap<(i64, i64), u32> = {
        let (from, _) = cal.period(period)?;
        let mut stmt = conn.prepare(
            "SELECT l.course_id, a.student_id, count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id
             WHERE a.code = 'Н' AND l.date BETWEEN ?1 AND ?2 GROUP BY 1, 2",
        )?;
        let rows = stmt.query_map(params![iso(from), iso(as_of)], |r| {
            Ok(((r.get(0)?, r.get(1)?), r.get(2)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut rows = Rows::new(&[
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("teacher", "Учитель"),
        ("student", "Ученик"),
        ("marks", "Отметок"),
        ("average", "Средний балл"),
        ("forecast", "Прогноз"),
        ("minimum", "Минимум"),
        ("unexcused", "Пропусков Н"),
        ("at_risk", "Риск"),
        ("reason", "Причина"),
    ]);
    let mut issues = 0;
    for s in &list {
        let Some(c) = courses.get(&s.course_id) else {
            continue;
        };
        let n = unexcused
            .get(&(s.course_id, s.student_id))
            .copied()
            .unwrap_or(0);
        let mut reasons = Vec::new();
        if s.average.is_some_and(|a| a < 2.5) {
            reasons.push(format!(
                "средний балл {:.2} ниже 2,5",
                s.average.unwrap_or_default()
            ));
        }
        if s.marks < s.minimum && days_left <= 14 {
            reasons.push(format!(
                "{} отметок из {} нужных, до конца периода {} дн.",
                s.marks,
                s.minimum,
                days_left.max(0)
            ));
        }
        if n >= 3 || (s.lessons > 0 && n * 5 >= s.lessons && n > 0) {
            reasons.push(format!("{n} пропусков без уважительной причины"));
        }
        if !reasons.is_empty() {
            issues += 1;
        }
        rows.push(vec![
            Cell::text(&s.class),
            Cell::text(&s.subject),
            Cell::text(&s.group),
            Cell::text(&c.teacher),
            Cell::text(&s.student),
            Cell::Int(s.marks as i64),
            s.average
                .map(|a| Cell::Fixed((a * 100.0).round() / 100.0, 2))
                .unwrap_or(Cell::Null),
            s.suggested.clone().map(Cell::Text).unwrap_or(Cell::Null),
            Cell::Int(s.minimum as i64),
            Cell::Int(n as i64),
            Cell::Bool(!reasons.is_empty()),
            Cell::opt_text(reasons.join("; ")),
        ]);
    }
    Ok(Report {
        title: format!("Прогноз отметок: {} на {}", period.ru(), ru(as_of)),
        sections: vec![Section {
            key: "rows",
            title: "По ученикам и предметам".into(),
            rows,
            single: false,
        }],
        issues,
    })
}

/// The last day of a month "2023-10" or "10.2023".
pub fn month_range(s: &str) -> Result<(NaiveDate, NaiveDate), String> {
    let t = s.trim();
    let (y, m) = if let Some((y, m)) = t.split_once('-') {
        (y, m)
    } else if let Some((m, y)) = t.split_once('.') {
        (y, m)
    } else {
        return Err(format!("\"{t}\" is not a month (like 2023-10)"));
    };
    let (y, m): (i32, u32) = (
        y.parse().map_err(|_| format!("\"{t}\" is not a month"))?,
        m.parse().map_err(|_| format!("\"{t}\" is not a month"))?,
    );
    let first =
        NaiveDate::from_ymd_opt(y, m, 1).ok_or_else(|| format!("\"{t}\" is not a month"))?;
    let next = if m == 12 {
        NaiveDate::from_ymd_opt(y + 1, 1, 1)
    } else {
        NaiveDate::from_ymd_opt(y, m + 1, 1)
    };
    Ok((first, next.map(|n| n - Duration::days(1)).unwrap_or(first)))
}
