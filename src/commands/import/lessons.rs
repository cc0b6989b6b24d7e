//! A teacher's register (lessons given) from a file: one row a dated lesson. The row's
//! Тема and Домашнее задание, when written, replace the lesson's as the teacher's own words
//! (as `lesson set` does); empty cells keep what the КТП planned. Then the lesson is recorded
//! as given (`lesson_records`, written once by this write). A row is refused when its
//! lesson is not the actor's, is in the future, is on a locked date, or is late without a
//! permit — the same rules, row by row, as marks.

use std::collections::{HashMap, HashSet};

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Transaction;

use super::{outside_reach, parse_int, Cells, Importer, Outcome, RowCourse, Tally};
use crate::commands::roles::Reach;
use crate::db::lesson_records::recorded_lessons;
use crate::db::lessons::{lesson_record, record_given, record_lesson, LessonRecord};
use crate::db::permits::{Admission, SessionPermit};
use crate::db::resolve::Index;
use crate::domain::date::parse_date;
use crate::domain::limits;
use crate::error::NameKind;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("date", "Дата", "date", true).aka(&["дата урока"]),
    Column::new("class", "Класс", "class", true),
    Column::new("subject", "Предмет", "subject", true)
        .max(limits::SUBJECT)
        .aka(&["учебный предмет", "дисциплина"]),
    Column::new("group", "Группа", "group", false).aka(&["подгруппа"]),
    Column::new("lesson_no", "Урок", "lesson_no", false).aka(&["№ урока", "номер урока"]),
    Column::new("topic", "Тема", "topic", false)
        .max(limits::TOPIC)
        .aka(&["тема урока"]),
    Column::new("homework", "Домашнее задание", "homework", false)
        .max(limits::HOMEWORK)
        .aka(&["дз", "д/з", "задание на дом"]),
];

pub struct Lessons {
    index: Index,
    /// what the actor may write: rows of other courses are refused (77)
    reach: Reach,
    /// per course: lessons already recorded as given (kept true as rows record more)
    recorded: HashMap<i64, HashSet<i64>>,
    /// the permit the rows being written are late under (named in the session)
    permit: SessionPermit,
    /// rows whose topic or homework replaced the lesson's
    pub words_changed: u64,
}

impl Lessons {
    pub fn new(conn: &rusqlite::Connection, today: NaiveDate, reach: Reach) -> Result<Lessons> {
        Ok(Lessons {
            index: Index::new(conn, today)?,
            reach,
            recorded: HashMap::new(),
            permit: SessionPermit::default(),
            words_changed: 0,
        })
    }
}

impl Importer for Lessons {
    fn kind(&self) -> &'static str {
        "lessons"
    }

    fn columns(&self) -> &'static [Column] {
        COLUMNS
    }

    /// The counts in the register's words: an added row is a lesson recorded now; an updated
    /// or unchanged one was recorded already.
    fn details(&self, tally: &Tally) -> Option<String> {
        Some(crate::t!(
            "import-lessons-details",
            recorded = tally.added,
            already = tally.updated + tally.unchanged,
            words = self.words_changed
        ))
    }

    fn row(
        &mut self,
        tx: &Transaction,
        rec: &Record,
        map: &HeaderMap,
        p: &mut Problems,
    ) -> Result<Outcome> {
        let c = Cells::new(rec, map);
        let before = p.len();
        let date = c.parsed("date", true, p, parse_date).flatten();
        let class = c.class(p);
        let subject = c.required("subject", p);
        let lesson_no = c
            .parsed("lesson_no", false, p, |s| parse_int(s, 1, 12))
            .flatten();
        let group = c.text("group");
        // Whose lesson it is is said first, whatever else is wrong with the row.
        if let (Some(date), Some(class), Some(subject)) = (date, &class, subject) {
            let row = RowCourse {
                class,
                subject,
                group,
                lesson: Some((date, lesson_no)),
            };
            if let Some(course) = outside_reach(tx, &mut self.index, &self.reach, &row, false)? {
                c.not_allowed("subject", p, self.reach.not_teaching(&course.name()));
            }
        }
        let (Some(date), Some(class), Some(subject)) = (date, class, subject) else {
            return Ok(Outcome::Bad);
        };
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        // A lesson is recorded on its day or later (the triggers hold the same line).
        if let Err(e) = self.index.check_not_future(date) {
            c.problem(
                "date",
                p,
                crate::t!("import-lesson-not-yet", why = e.to_string()),
            );
            return Ok(Outcome::Bad);
        }
        let class = match self.index.class(tx, &class)? {
            Ok(class) => class,
            Err(e) => {
                c.problem("class", p, e.message);
                return Ok(Outcome::Bad);
            }
        };
        let course = match self.index.course(tx, &class, subject, group)? {
            Ok(id) => self.index.course_info(tx, id)?,
            Err(e) => {
                let column = if e.kind == NameKind::Group {
                    "group"
                } else {
                    "subject"
                };
                c.problem(column, p, e.message);
                return Ok(Outcome::Bad);
            }
        };
        let lesson_id = match self.index.lesson(tx, &course, date, lesson_no)? {
            Ok(id) => id,
            Err(e) => {
                let column = if lesson_no.is_some() {
                    "lesson_no"
                } else {
                    "date"
                };
                c.problem(column, p, e.message);
                return Ok(Outcome::Bad);
            }
        };
        let recorded = match self.recorded.entry(course.id) {
            std::collections::hash_map::Entry::Occupied(e) => e.into_mut(),
            std::collections::hash_map::Entry::Vacant(e) => {
                e.insert(recorded_lessons(tx, course.id)?)
            }
        };
        let already = recorded.contains(&lesson_id);
        let old = lesson_record(tx, lesson_id)?.unwrap_or_default();
        let topic = c.text("topic").trim();
        let homework = c.text("homework").trim();
        let new = LessonRecord {
            topic: if topic.is_empty() { &old.topic } else { topic }.to_string(),
            homework: if homework.is_empty() {
                &old.homework
            } else {
                homework
            }
            .to_string(),
            teacher_id: old.teacher_id,
        };
        let words = new.topic != old.topic || new.homework != old.homework;
        if already && !words {
            // Recorded before (by this file or earlier): the first record stands.
            return Ok(Outcome::Unchanged);
        }
        if let Some(why) = self.index.lock.why_locked(date, 0) {
            c.problem(
                "date",
                p,
                crate::t!("import-lesson-locked", why = why.to_string()),
            );
            return Ok(Outcome::Bad);
        }
        // The lesson-day rule: a late record goes in only under a covering permit, which the
        // session names for the triggers and the audit trail.
        let permit = match self
            .index
            .window
            .judge(date, 0, &[(course.class_id, course.id)])
        {
            Admission::OnTime => None,
            Admission::Permit(id) => Some(id),
            Admission::Late(why) => {
                c.problem("date", p, why);
                return Ok(Outcome::Bad);
            }
        };
        self.permit.set(tx, permit)?;
        if words {
            // What the teacher writes is his: the lesson no longer follows the КТП.
            record_lesson(tx, lesson_id, &new, true)?;
            self.words_changed += 1;
        }
        if already {
            return Ok(Outcome::Updated);
        }
        record_given(tx, lesson_id)?;
        recorded.insert(lesson_id);
        Ok(Outcome::Added)
    }
}
