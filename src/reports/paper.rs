//! The paper copy of a class's journal for a period (бумажная копия ЭЖ), computed once into
//! plain structs that the PDF and XLSX renderers draw: per course the grid of students ×
//! lesson dates with marks and absences and the final mark, the lesson register, and the
//! summary sheet (сводная ведомость) of final marks and missed lessons.

use crate::domain::class_name::Grade;
use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::{params, Connection};

use crate::db::calendar::SchoolCalendar;
use crate::db::classes::ClassRow;
use crate::db::journal::{in_span, Span};
use crate::domain::calendar::PeriodCode;
use crate::domain::date::{from_iso, iso, ru};
use crate::domain::fio::Fio;

#[derive(Debug, Clone)]
pub struct PaperCopy {
    pub school: String,
    pub year: String,
    pub class: String,
    pub grade: u8,
    pub period: PeriodCode,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub class_teacher: String,
    pub director: String,
    pub deputy: String,
    pub printed_on: NaiveDate,
    pub courses: Vec<CourseGrid>,
    pub summary: Summary,
    /// What the copy holds, to report and to check against the journal.
    pub marks: usize,
    pub absences: usize,
    pub finals: usize,
}

#[derive(Debug, Clone)]
pub struct CourseGrid {
    pub subject: String,
    pub group: String,
    pub teacher: String,
    /// One column per lesson: date and number in the day.
    pub columns: Vec<(NaiveDate, i64)>,
    pub rows: Vec<GridRow>,
    pub register: Vec<RegisterRow>,
}

#[derive(Debug, Clone)]
pub struct GridRow {
    pub no: usize,
    /// Фамилия И. О.
    pub name: String,
    /// "в классе с 15.01", "в классе по 02.10" when he was in the class for part of the period.
    pub note: String,
    pub cells: Vec<GridCell>,
    pub final_mark: String,
}

#[derive(Debug, Clone, Default)]
pub struct GridCell {
    /// Marks joined with "/", then the absence code: "5/4", "Н", "О 5".
    pub text: String,
    /// The student was not in the class (or group) that day.
    pub outside: bool,
}

#[derive(Debug, Clone)]
pub struct RegisterRow {
    pub date: NaiveDate,
    pub lesson_no: i64,
    pub topic: String,
    pub homework: String,
    /// The substitute who took the lesson, if any.
    pub substitute: String,
}

#[derive(Debug, Clone, Default)]
pub struct Summary {
    pub subjects: Vec<String>,
    pub rows: Vec<SummaryRow>,
}

#[derive(Debug, Clone)]
pub struct SummaryRow {
    pub no: usize,
    pub name: String,
    pub finals: Vec<String>,
    /// Lessons missed in the period (Б, У, Н), and of those for illness (Б).
    pub missed: u32,
    pub missed_ill: u32,
}

/// A lesson as the copy needs it: id, date, number, topic, homework, substitute.
type LessonInfo = (i64, NaiveDate, i64, String, String, String);

fn short_name(last: &str, first: &str, middle: &str) -> String {
    Fio::from_parts(last, first, middle).short()
}

/// Compute the paper copy of one class for one period (lessons up to `today`).
pub fn compute(
    conn: &Connection,
    class: &ClassRow,
    period: PeriodCode,
    today: NaiveDate,
) -> Result<PaperCopy> {
    let cal = SchoolCalendar::load(conn)?;
    let (from, to) = cal.period(period)?;
    let until = to.min(today);
    let setting = |k: &str| crate::db::settings::setting(conn, k);
    let person = |sql: &str| -> Result<String> {
        Ok(conn
            .query_row(sql, [class.id], |r| r.get::<_, String>(0))
            .unwrap_or_default())
    };
    let class_teacher = person(
        "SELECT st.last_name || ' ' || st.first_name || ' ' || st.middle_name FROM classes c
         JOIN staff st ON st.id = c.class_teacher_id WHERE c.id = ?1",
    )?;
    let by_role = |role: &str| -> Result<String> {
        Ok(conn
            .query_row(
                "SELECT last_name || ' ' || first_name || ' ' || middle_name FROM staff
                 WHERE roles LIKE '%' || ?1 || '%' ORDER BY id LIMIT 1",
                [role],
                |r| r.get::<_, String>(0),
            )
            .unwrap_or_default())
    };

    // Students of the class in the period, with their spans, in Russian order.
    struct Student {
        id: i64,
        name: String,
        spans: Vec<Span>,
    }
    let mut students: Vec<Student> = Vec::new();
    {
        let mut stmt = conn.prepare(
            "SELECT s.id, s.last_name, s.first_name, s.middle_name, e.from_date, e.to_date
             FROM enrolments e JOIN students s ON s.id = e.student_id
             WHERE e.class_id = ?1 AND e.from_date <= ?3 AND (e.to_date IS NULL OR e.to_date >= ?2)
             ORDER BY s.last_name COLLATE RU, s.first_name COLLATE RU, s.middle_name COLLATE RU, s.birth_date, e.from_date",
        )?;
        let rows = stmt.query_map(params![class.id, iso(from), iso(to)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, String>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, String>(3)?,
                r.get::<_, String>(4)?,
                r.get::<_, Option<String>>(5)?,
            ))
        })?;
        for row in rows {
            let (id, l, f, m, a, b) = row?;
            let span = (from_iso(&a), b.map(|b| from_iso(&b)));
            match students.iter_mut().find(|s| s.id == id) {
                Some(s) => s.spans.push(span),
                None => students.push(Student {
                    id,
                    name: short_name(&l, &f, &m),
                    spans: vec![span],
                }),
            }
        }
    }
    let note = |spans: &[Span]| -> String {
        let mut parts = Vec::new();
        for (a, b) in spans {
            if *a > from {
                parts.push(format!("в классе с {}", a.format("%d.%m")));
            }
            if let Some(b) = b {
                if *b < to {
                    parts.push(format!("в классе по {}", b.format("%d.%m")));
                }
            }
        }
        parts.join(", ")
    };

    // Courses, and who is in each group.
    let courses: Vec<(i64, String, String, String)> = {
        let mut stmt = conn.prepare(
            "SELECT c.id, s.name, c.group_name, st.last_name || ' ' || st.first_name || ' ' || st.middle_name
             FROM courses c JOIN subjects s ON s.id = c.subject_id JOIN staff st ON st.id = c.teacher_id
             WHERE c.class_id = ?1 ORDER BY s.name COLLATE RU, c.group_name COLLATE RU",
        )?;
        let rows = stmt.query_map([class.id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })?;
        rows.collect::<rusqlite::Result<_>>()?
    };
    let mut members: HashMap<i64, Vec<i64>> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT gm.course_id, gm.student_id FROM group_members gm JOIN courses c ON c.id = gm.course_id WHERE c.class_id = ?1",
        )?;
        for row in stmt.query_map([class.id], |r| {
            Ok((r.get::<_, i64>(0)?, r.get::<_, i64>(1)?))
        })? {
            let (c, s) = row?;
            members.entry(c).or_default().push(s);
        }
    }
    // Lessons, marks and absences of the class in the period: one query each.
    let mut lessons: HashMap<i64, Vec<LessonInfo>> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT l.course_id, l.id, l.date, l.lesson_no, l.topic, l.homework,
                    coalesce(st.last_name || ' ' || st.first_name || ' ' || st.middle_name, '')
             FROM lessons l JOIN courses c ON c.id = l.course_id LEFT JOIN staff st ON st.id = l.teacher_id
             WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY l.date, l.lesson_no",
        )?;
        let rows = stmt.query_map(params![class.id, iso(from), iso(until)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                (
                    r.get::<_, i64>(1)?,
                    from_iso(&r.get::<_, String>(2)?),
                    r.get::<_, i64>(3)?,
                    r.get::<_, String>(4)?,
                    r.get::<_, String>(5)?,
                    r.get::<_, String>(6)?,
                ),
            ))
        })?;
        for row in rows {
            let (course, lesson) = row?;
            lessons.entry(course).or_default().push(lesson);
        }
    }
    let mut marks: HashMap<(i64, i64), Vec<String>> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT m.lesson_id, m.student_id, m.value FROM marks m JOIN lessons l ON l.id = m.lesson_id
             JOIN courses c ON c.id = l.course_id
             WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3 ORDER BY m.id",
        )?;
        for row in stmt.query_map(params![class.id, iso(from), iso(until)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (l, s, v) = row?;
            marks.entry((l, s)).or_default().push(v);
        }
    }
    let mut absences: HashMap<(i64, i64), String> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT a.lesson_id, a.student_id, a.code FROM absences a JOIN lessons l ON l.id = a.lesson_id
             JOIN courses c ON c.id = l.course_id
             WHERE c.class_id = ?1 AND l.date BETWEEN ?2 AND ?3",
        )?;
        for row in stmt.query_map(params![class.id, iso(from), iso(until)], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (l, s, c) = row?;
            absences.insert((l, s), c);
        }
    }
    let mut finals: HashMap<(i64, i64), String> = HashMap::new();
    {
        let mut stmt = conn.prepare(
            "SELECT f.course_id, f.student_id, f.value FROM final_marks f JOIN courses c ON c.id = f.course_id
             WHERE c.class_id = ?1 AND f.period = ?2",
        )?;
        for row in stmt.query_map(params![class.id, period.code()], |r| {
            Ok((
                r.get::<_, i64>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
            ))
        })? {
            let (c, s, v) = row?;
            finals.insert((c, s), v);
        }
    }

    let (mut n_marks, mut n_absences, mut n_finals) = (0, 0, 0);
    let mut grids = Vec::new();
    for (course_id, subject, group, teacher) in &courses {
        let course_lessons = lessons.remove(course_id).unwrap_or_default();
        let in_course = |s: &Student| {
            group.is_empty() || members.get(course_id).is_some_and(|m| m.contains(&s.id))
        };
        let mut rows = Vec::new();
        for s in students.iter().filter(|s| in_course(s)) {
            let cells: Vec<GridCell> = course_lessons
                .iter()
                .map(|(lesson_id, date, ..)| {
                    let key = (*lesson_id, s.id);
                    let m = marks.get(&key);
                    let a = absences.get(&key);
                    n_marks += m.map(Vec::len).unwrap_or(0);
                    n_absences += usize::from(a.is_some());
                    let mut text = a.cloned().unwrap_or_default();
                    if let Some(m) = m {
                        if !text.is_empty() {
                            text.push(' ');
                        }
                        text.push_str(&m.join("/"));
                    }
                    GridCell {
                        text,
                        outside: !in_span(&s.spans, *date),
                    }
                })
                .collect();
            let final_mark = finals.get(&(*course_id, s.id)).cloned().unwrap_or_default();
            n_finals += usize::from(!final_mark.is_empty());
            rows.push(GridRow {
                no: rows.len() + 1,
                name: s.name.clone(),
                note: note(&s.spans),
                cells,
                final_mark,
            });
        }
        grids.push(CourseGrid {
            subject: subject.clone(),
            group: group.clone(),
            teacher: teacher.trim().to_string(),
            columns: course_lessons.iter().map(|l| (l.1, l.2)).collect(),
            rows,
            register: course_lessons
                .iter()
                .map(|l| RegisterRow {
                    date: l.1,
                    lesson_no: l.2,
                    topic: l.3.clone(),
                    homework: l.4.clone(),
                    substitute: l.5.trim().to_string(),
                })
                .collect(),
        });
    }

    // The summary sheet: a column per subject (a student's group course gives his mark).
    let mut subjects: Vec<String> = courses.iter().map(|c| c.1.clone()).collect();
    subjects.dedup();
    let mut missed: HashMap<i64, (u32, u32)> = HashMap::new();
    for ((_, s), code) in &absences {
        if code != "О" {
            let e = missed.entry(*s).or_default();
            e.0 += 1;
            if code == "Б" {
                e.1 += 1;
            }
        }
    }
    let summary_rows = students
        .iter()
        .enumerate()
        .map(|(i, s)| {
            let finals_row = subjects
                .iter()
                .map(|subject| {
                    courses
                        .iter()
                        .filter(|c| &c.1 == subject)
                        .find_map(|c| finals.get(&(c.0, s.id)).cloned())
                        .unwrap_or_default()
                })
                .collect();
            let (m, ill) = missed.get(&s.id).copied().unwrap_or_default();
            SummaryRow {
                no: i + 1,
                name: s.name.clone(),
                finals: finals_row,
                missed: m,
                missed_ill: ill,
            }
        })
        .collect();

    Ok(PaperCopy {
        school: setting("school_name")?,
        year: setting("academic_year")?,
        class: class.name.clone(),
        grade: class.grade,
        period,
        from,
        to,
        class_teacher: class_teacher.trim().to_string(),
        director: by_role("директор")?.trim().to_string(),
        deputy: by_role("заместитель")?.trim().to_string(),
        printed_on: today,
        courses: grids,
        summary: Summary {
            subjects: if !Grade(class.grade).has_marks() {
                Vec::new()
            } else {
                subjects
            },
            rows: summary_rows,
        },
        marks: n_marks,
        absences: n_absences,
        finals: n_finals,
    })
}

impl PaperCopy {
    /// The file name, sorting well in a folder: `5А_Q1_2023-2024`.
    pub fn file_stem(&self) -> String {
        format!(
            "{}_{}_{}",
            self.class,
            self.period.code(),
            self.year.replace('/', "-")
        )
    }

    /// "I четверть (01.09.2023 – 27.10.2023)"
    pub fn period_label(&self) -> String {
        format!("{} ({} – {})", self.period.ru(), ru(self.from), ru(self.to))
    }
}
