//! Marks (отметки) from a file: one row a mark. Streams: every lookup is cached per class
//! and course, and rows go through prepared statements in the one transaction.

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Transaction;

use super::{outside_reach, parse_int, Cells, Importer, Outcome, RowCourse};
use crate::commands::roles::Reach;
use crate::db::marks::{existing_marks, insert_mark, write_time};
use crate::db::permits::{Admission, SessionPermit};
use crate::db::requests::MarkRequest;
use crate::db::resolve::Index;
use crate::domain::date::parse_date;
use crate::domain::limits;
use crate::domain::marks::Mark;
use crate::error::Misses;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("date", "Дата", "date", true),
    Column::new("class", "Класс", "class", true),
    Column::new("subject", "Предмет", "subject", true)
        .max(limits::SUBJECT)
        .aka(&["учебный предмет", "дисциплина"]),
    Column::new("student", "Ученик", "student", true).aka(&[
        "фио",
        "фио ученика",
        "учащийся",
        "обучающийся",
    ]),
    Column::new("mark", "Отметка", "mark", true).aka(&["оценка"]),
    Column::new("work_type", "Вид работы", "work_type", false).aka(&["тип работы", "вид"]),
    Column::new("lesson_no", "Урок", "lesson_no", false).aka(&["№ урока", "номер урока"]),
    Column::new("group", "Группа", "group", false).aka(&["подгруппа"]),
];

/// (lesson, student, work type, value)
type MarkKey = (i64, i64, i64, crate::domain::marks::Mark);

pub struct Marks {
    index: Index,
    actor: String,
    /// what the actor may write: rows of other courses are refused (77)
    reach: Reach,
    /// per course: marks already in the journal
    existing: HashMap<i64, HashMap<MarkKey, u32>>,
    /// marks of this file so far, counted only in courses that had marks before (a row
    /// can be "already in the journal" only there; a first import holds no map of its rows)
    in_file: HashMap<MarkKey, u32>,
    /// the entry time of this import's marks
    at: Option<String>,
    /// the permit the rows being written are late under (named in the session)
    permit: SessionPermit,
}

impl Marks {
    pub fn new(
        tx: &rusqlite::Connection,
        today: NaiveDate,
        actor: &str,
        reach: Reach,
    ) -> Result<Marks> {
        Ok(Marks {
            index: Index::new(tx, today)?,
            actor: actor.to_string(),
            reach,
            existing: HashMap::new(),
            in_file: HashMap::new(),
            at: None,
            permit: SessionPermit::default(),
        })
    }
}

/// Report what a lookup found wrong, each at its column.
pub fn report(c: &Cells, p: &mut Problems, misses: Misses) {
    for miss in misses {
        c.problem(miss.column(), p, miss.message());
    }
}

impl Importer for Marks {
    fn kind(&self) -> &'static str {
        "marks"
    }

    fn columns(&self) -> &'static [Column] {
        COLUMNS
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
        let student = c.required("student", p);
        let mark = c.parsed("mark", true, p, Mark::parse).flatten();
        let lesson_no = c
            .parsed("lesson_no", false, p, |s| parse_int(s, 1, 12))
            .flatten();
        if let (Some(date), Some(class), Some(subject)) = (date, &class, subject) {
            let row = RowCourse {
                class,
                subject,
                group: c.text("group"),
                lesson: Some((date, lesson_no)),
            };
            if let Some(course) = outside_reach(tx, &mut self.index, &self.reach, &row, false)? {
                c.not_allowed("subject", p, self.reach.not_teaching(&course.name()));
            }
        }
        let (Some(date), Some(class), Some(subject), Some(student), Some(mark)) =
            (date, class, subject, student, mark)
        else {
            return Ok(Outcome::Bad);
        };
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        let req = MarkRequest {
            date,
            class: &class,
            subject,
            group: c.text("group"),
            student,
            mark,
            work_type: c.text("work_type"),
            lesson_no,
        };
        let m = match self.index.resolve_mark(tx, &req)? {
            Ok(m) => m,
            Err(misses) => {
                report(&c, p, misses);
                return Ok(Outcome::Bad);
            }
        };
        if let std::collections::hash_map::Entry::Vacant(slot) = self.existing.entry(m.course.id) {
            slot.insert(existing_marks(tx, m.course.id)?);
        }
        // The same mark again (the n-th of its kind in this lesson): already in the journal.
        let existing = &self.existing[&m.course.id];
        if !existing.is_empty() {
            let key = (m.lesson_id, m.student_id, m.work_type_id, mark);
            let nth = self.in_file.entry(key).or_insert(0);
            *nth += 1;
            if existing.get(&key).copied().unwrap_or(0) >= *nth {
                return Ok(Outcome::Unchanged);
            }
        }
        if let Some(why) = m.locked {
            c.problem("date", p, why);
            return Ok(Outcome::Bad);
        }
        // The lesson-day rule, row by row: a late row goes in only under a covering permit,
        // which the session names for the triggers and the audit trail.
        let permit = match m.admission {
            Admission::OnTime => None,
            Admission::Permit(id) => Some(id),
            Admission::Late(why) => {
                c.problem("date", p, why);
                return Ok(Outcome::Bad);
            }
        };
        if self.at.is_none() {
            self.at = Some(write_time(tx)?);
            // The file's marks are audited as one batch: one record, not one per mark.
            crate::db::open_mark_batch(tx)?;
        }
        self.permit.set(tx, permit)?;
        let at = self.at.as_deref().unwrap_or_default();
        insert_mark(
            tx,
            m.lesson_id,
            m.student_id,
            mark.as_str(),
            m.work_type_id,
            &self.actor,
            at,
        )?;
        Ok(Outcome::Added)
    }
}
