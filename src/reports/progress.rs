//! `report progress` (успеваемость и качество знаний): from the period's final marks, per
//! school, class and course — how many students were assessed, the count of each mark, the
//! share passing (успеваемость), the share with only 4 and 5 (качество знаний), the СОУ and
//! the average — and the lists a deputy keeps: отличники, хорошисты, with one «4» or one «3»,
//! неуспевающие.

use std::collections::{BTreeMap, HashMap, HashSet};

use anyhow::{Context, Result};
use rusqlite::Connection;

use crate::domain::calendar::PeriodCode;
use crate::domain::class_name::Grade;
use crate::domain::date::in_span;
use crate::domain::marks::FinalMark;
use crate::domain::text::ru_compare;
use crate::error::stored;
use crate::reports::scope::{courses_by_id, lessons, members, Course, Scope};

/// СОУ (степень обученности учащихся, the "degree of learning"): the marks weighted by these
/// shares of a «5», averaged and shown in per cent. Weights of В. П. Симонов's scale; н/а
/// counts as a mark with weight 0.
pub const SOU_WEIGHT_5: f64 = 1.00;
pub const SOU_WEIGHT_4: f64 = 0.64;
pub const SOU_WEIGHT_3: f64 = 0.36;
pub const SOU_WEIGHT_2: f64 = 0.16;
pub const SOU_WEIGHT_1: f64 = 0.08;

/// How many of each final mark (зч and нз are counted by no column).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct MarkCounts {
    pub fives: u64,
    pub fours: u64,
    pub threes: u64,
    pub twos: u64,
    pub ones: u64,
    /// н/а: not assessed.
    pub not_assessed: u64,
}

impl MarkCounts {
    fn add(&mut self, mark: FinalMark) {
        match mark {
            FinalMark::Points(5) => self.fives += 1,
            FinalMark::Points(4) => self.fours += 1,
            FinalMark::Points(3) => self.threes += 1,
            FinalMark::Points(2) => self.twos += 1,
            FinalMark::Points(1) => self.ones += 1,
            FinalMark::NotAssessed => self.not_assessed += 1,
            _ => {}
        }
    }

    /// Marks that count towards the СОУ: 5 to 1 and н/а.
    pub fn total(&self) -> u64 {
        self.fives + self.fours + self.threes + self.twos + self.ones + self.not_assessed
    }
}

/// The counts of one line (the school, a class, a course).
#[derive(Debug, Clone, Default)]
pub struct Tally {
    pub marks: MarkCounts,
    /// Students assessed (аттестовано): every course they study has its final mark.
    pub students: u64,
    /// Students without the final mark of some course they study (без отметки): neither
    /// passing nor failing, and not in the shares — a blank is never a pass.
    pub no_final: u64,
    /// Of them, with no failing mark (успевающие).
    pub passing: u64,
    /// Of them, passing with numeric marks all 4 or 5 (качество знаний).
    pub quality: u64,
    points_sum: f64,
    points_count: u64,
}

impl Tally {
    fn add_mark(&mut self, mark: FinalMark) {
        self.marks.add(mark);
        if let Some(p) = mark.points() {
            self.points_sum += p as f64;
            self.points_count += 1;
        }
    }

    /// A student with these marks: passing when none fails; quality when, besides, every
    /// numeric mark is good.
    fn add_student(&mut self, marks: &[FinalMark]) {
        self.students += 1;
        if !marks.iter().any(|m| m.is_failing()) {
            self.passing += 1;
            let mut numeric = marks.iter().filter(|m| m.points().is_some()).peekable();
            if numeric.peek().is_some() && numeric.all(|m| m.is_good()) {
                self.quality += 1;
            }
        }
    }

    /// The СОУ in per cent; None without marks.
    pub fn sou(&self) -> Option<f64> {
        let m = &self.marks;
        let total = m.total();
        (total > 0).then(|| {
            (SOU_WEIGHT_5 * m.fives as f64
                + SOU_WEIGHT_4 * m.fours as f64
                + SOU_WEIGHT_3 * m.threes as f64
                + SOU_WEIGHT_2 * m.twos as f64
                + SOU_WEIGHT_1 * m.ones as f64)
                / total as f64
                * 100.0
        })
    }

    /// The average of the numeric marks; None without any.
    pub fn average(&self) -> Option<f64> {
        (self.points_count > 0).then(|| self.points_sum / self.points_count as f64)
    }
}

/// The lists of students by their final marks, in the order a deputy reads them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum List {
    /// Only 5.
    Excellent,
    /// Only 4 and 5, with more than one 4.
    Good,
    /// Only 5 but one 4.
    OneFour,
    /// One 3, the rest 4 and 5.
    OneThree,
    /// A failing mark (неуспевающие).
    Failing,
}

impl List {
    pub fn ru(self) -> &'static str {
        match self {
            List::Excellent => "отличники",
            List::Good => "хорошисты",
            List::OneFour => "с одной «4»",
            List::OneThree => "с одной «3»",
            List::Failing => "неуспевающие",
        }
    }
}

/// A class's line.
#[derive(Debug, Clone)]
pub struct ClassLine {
    pub class: String,
    pub tally: Tally,
}

/// A course's line.
#[derive(Debug, Clone)]
pub struct CourseLine {
    pub class: String,
    pub subject: String,
    pub group: String,
    pub teacher: String,
    pub tally: Tally,
}

/// A student on one of the lists, with the subjects that put him there.
#[derive(Debug, Clone)]
pub struct Listed {
    pub class: String,
    pub list: List,
    pub student: String,
    /// Subjects joined with ", " (empty for отличники and хорошисты).
    pub subjects: String,
}

/// The report.
#[derive(Debug, Clone)]
pub struct Progress {
    pub label: String,
    pub school: Tally,
    pub classes: Vec<ClassLine>,
    pub subjects: Vec<CourseLine>,
    pub lists: Vec<Listed>,
    /// The period has ended (today is its last day or later): a missing final mark is then
    /// a shortfall, not just one not set yet.
    pub finals_due: bool,
}

impl Progress {
    /// Students failing, and students without a final mark due (for --fail-on-issues).
    pub fn issues(&self) -> usize {
        self.lists
            .iter()
            .filter(|l| l.list == List::Failing)
            .count()
            + if self.finals_due {
                self.school.no_final as usize
            } else {
                0
            }
    }
}

/// A student's final marks: (course, mark).
type Marks = Vec<(i64, FinalMark)>;

/// Each student's marks by (grade, class, student), in that order.
type ByStudent = BTreeMap<(u8, String, i64), Marks>;

/// Every (course, student) with a final mark of the period, exempt (осв) included.
type Present = HashSet<(i64, i64)>;

/// The assessed final marks of the period per (grade, class, student), with names, and
/// which (course, student) have any final mark at all.
fn final_marks(
    conn: &Connection,
    courses: &HashMap<i64, Course>,
    period: PeriodCode,
) -> Result<(ByStudent, HashMap<i64, String>, Present)> {
    let mut stmt = conn.prepare(
        "SELECT f.id, f.course_id, f.student_id, f.value, sn.full_name
         FROM final_marks f JOIN student_names sn ON sn.id = f.student_id WHERE f.period = ?1",
    )?;
    let rows = stmt.query_map([period.code()], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, i64>(1)?,
            r.get::<_, i64>(2)?,
            r.get::<_, String>(3)?,
            r.get::<_, String>(4)?,
        ))
    })?;
    let mut by_student = ByStudent::new();
    let mut names = HashMap::new();
    let mut present = Present::new();
    for row in rows {
        let (id, course, student, value, name) =
            row.with_context(|| crate::t!("err-reading-final-marks"))?;
        let Some(c) = courses.get(&course) else {
            continue;
        };
        let mark = FinalMark::from_stored(&value).ok_or_else(|| {
            stored(
                "final_marks",
                id,
                format!("\"{value}\" is not a final mark"),
            )
        })?;
        present.insert((course, student));
        if !mark.is_assessed() {
            continue; // exempt: not assessed in that subject
        }
        names.insert(student, name.trim().to_string());
        by_student
            .entry((c.grade, c.class.clone(), student))
            .or_default()
            .push((course, mark));
    }
    Ok((by_student, names, present))
}

/// student → (grade, class) and the courses whose final mark of the period he lacks.
type Missing = HashMap<i64, ((u8, String), Vec<i64>)>;

/// Per student of a class with marks in the period, in the class on its last day: (grade,
/// class) and the courses he studies whose final mark of the period is missing.
fn missing_finals(
    conn: &Connection,
    scope: &Scope,
    courses: &HashMap<i64, Course>,
    period: PeriodCode,
    present: &Present,
) -> Result<Missing> {
    let mut out = Missing::new();
    // A course with no lesson in the period was not taught in it: no final mark is due.
    let taught = lessons(conn, scope)?;
    for (course_id, students) in members(conn, scope)? {
        let Some(c) = courses.get(&course_id) else {
            continue;
        };
        if !taught.contains_key(&course_id) {
            continue;
        }
        if !Grade(c.grade).has_marks() || !period.applies_to_grade(c.grade) {
            continue;
        }
        for (student, spans) in students {
            let entry = out
                .entry(student)
                .or_insert_with(|| ((c.grade, c.class.clone()), Vec::new()));
            if in_span(&spans, scope.to) && !present.contains(&(course_id, student)) {
                entry.1.push(course_id);
            }
        }
    }
    out.retain(|_, (_, missing)| !missing.is_empty());
    Ok(out)
}

/// Which list a student's marks put him on, with the subjects that did.
fn list_of(marks: &Marks, courses: &HashMap<i64, Course>) -> Option<(List, String)> {
    let subjects_with = |want: &dyn Fn(FinalMark) -> bool| -> String {
        marks
            .iter()
            .filter(|(_, m)| want(*m))
            .filter_map(|(c, _)| courses.get(c).map(|c| c.subject.clone()))
            .collect::<Vec<_>>()
            .join(", ")
    };
    let numeric: Vec<u8> = marks.iter().filter_map(|(_, m)| m.points()).collect();
    let count = |p: u8| numeric.iter().filter(|x| **x == p).count();
    let failing = subjects_with(&|m| m.is_failing());
    if !failing.is_empty() {
        Some((List::Failing, failing))
    } else if numeric.is_empty() {
        None
    } else if count(5) == numeric.len() {
        Some((List::Excellent, String::new()))
    } else if count(3) == 0 && count(4) == 1 {
        Some((List::OneFour, subjects_with(&|m| m == FinalMark::Points(4))))
    } else if count(3) == 0 {
        Some((List::Good, String::new()))
    } else if count(3) == 1 {
        Some((
            List::OneThree,
            subjects_with(&|m| m == FinalMark::Points(3)),
        ))
    } else {
        None
    }
}

/// `report progress`: успеваемость, качество знаний and СОУ from final marks.
pub fn compute(conn: &Connection, scope: &Scope, period: PeriodCode) -> Result<Progress> {
    let courses = courses_by_id(conn, scope)?;
    let (by_student, names, present) = final_marks(conn, &courses, period)?;
    let missing = missing_finals(conn, scope, &courses, period, &present)?;
    let mut subject_tally: BTreeMap<i64, Tally> = BTreeMap::new();
    let mut class_tally: BTreeMap<(u8, String), Tally> = BTreeMap::new();
    let mut school = Tally::default();
    let mut lists = Vec::new();
    for ((grade, class, student), marks) in &by_student {
        let values: Vec<FinalMark> = marks.iter().map(|(_, m)| *m).collect();
        let ct = class_tally.entry((*grade, class.clone())).or_default();
        for (course, m) in marks {
            ct.add_mark(*m);
            school.add_mark(*m);
            let st = subject_tally.entry(*course).or_default();
            st.add_mark(*m);
            st.add_student(&[*m]);
        }
        if missing.contains_key(student) {
            continue; // counted below, without a verdict
        }
        ct.add_student(&values);
        school.add_student(&values);
        if let Some((list, subjects)) = list_of(marks, &courses) {
            let name = names.get(student).cloned().unwrap_or_default();
            lists.push((*grade, class.clone(), list, name, subjects));
        }
    }
    // Students with a blank where a final mark is due: no verdict for them, a count.
    for (key, missing_courses) in missing.values() {
        class_tally.entry(key.clone()).or_default().no_final += 1;
        school.no_final += 1;
        for course in missing_courses {
            subject_tally.entry(*course).or_default().no_final += 1;
        }
    }
    // Every class that reports by this period has its row, with or without final marks.
    for c in courses
        .values()
        .filter(|c| Grade(c.grade).has_marks() && period.applies_to_grade(c.grade))
    {
        class_tally.entry((c.grade, c.class.clone())).or_default();
    }
    let classes = class_tally
        .into_iter()
        .map(|((_, class), tally)| ClassLine { class, tally })
        .collect();
    let mut ordered: Vec<(&Course, Tally)> = subject_tally
        .into_iter()
        .filter_map(|(id, t)| courses.get(&id).map(|c| (c, t)))
        .collect();
    ordered.sort_by(|a, b| {
        (a.0.grade, &a.0.class)
            .cmp(&(b.0.grade, &b.0.class))
            .then(ru_compare(&a.0.subject, &b.0.subject))
            .then(ru_compare(&a.0.group, &b.0.group))
    });
    let subjects = ordered
        .into_iter()
        .map(|(c, tally)| CourseLine {
            class: c.class.clone(),
            subject: c.subject.clone(),
            group: c.group.clone(),
            teacher: c.teacher.clone(),
            tally,
        })
        .collect();
    lists.sort_by(|a, b| {
        (a.0, &a.1, a.2)
            .cmp(&(b.0, &b.1, b.2))
            .then(ru_compare(&a.3, &b.3))
    });
    let lists = lists
        .into_iter()
        .map(|(_, class, list, student, subjects)| Listed {
            class,
            list,
            student,
            subjects,
        })
        .collect();
    Ok(Progress {
        label: scope.label.clone(),
        school,
        classes,
        subjects,
        lists,
        finals_due: scope.today >= scope.to,
    })
}
