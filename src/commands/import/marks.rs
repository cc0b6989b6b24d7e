//! Marks (отметки) from a file: one row a mark. Streams: every lookup is cached per class
//! and course, each row is checked as it is read and kept as a few numbers; after the last
//! row the marks go in through one prepared statement, in the one transaction, as an import
//! batch (migration 018: the journal's rules judge them as a set when it closes).

use std::collections::HashMap;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Transaction;

use super::{outside_reach, parse_int, Cells, Importer, Outcome, RowCourse};
use crate::commands::import::Tally;
use crate::commands::roles::Reach;
use crate::db::marks::{entry, existing_marks, insert_mark, write_time};
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
    /// the rows checked, to be written after the last one
    pending: Vec<Pending>,
    /// the permit the rows being written are late under (named in the session)
    permit: SessionPermit,
}

/// A checked mark waiting for the write, as compact as its ids allow (a million rows hold
/// 16 MB). Ordered by permit, then lesson: the session names each permit once, and the
/// lookups and the index of the insert walk the journal in order.
#[derive(Debug, Clone, Copy)]
struct Pending {
    /// 0: on time
    permit: u32,
    lesson: u32,
    student: u32,
    work_type: u16,
    mark: Mark,
}

impl Pending {
    fn new(
        permit: Option<i64>,
        lesson: i64,
        student: i64,
        work_type: i64,
        mark: Mark,
    ) -> Result<Pending> {
        let id = |n: i64| u32::try_from(n).map_err(|_| anyhow::anyhow!("id {n} out of range"));
        Ok(Pending {
            permit: permit.map(id).transpose()?.unwrap_or(0),
            lesson: id(lesson)?,
            student: id(student)?,
            work_type: u16::try_from(work_type)
                .map_err(|_| anyhow::anyhow!("id {work_type} out of range"))?,
            mark,
        })
    }
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
            pending: Vec::new(),
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
        self.pending.push(Pending::new(
            permit,
            m.lesson_id,
            m.student_id,
            m.work_type_id,
            mark,
        )?);
        Ok(Outcome::Added)
    }

    /// The file's marks, every row checked: written in order, as one import batch whose
    /// audit record is one (the marks' history keeps each) and whose rules the journal checks
    /// once, over the batch, when the write commits.
    fn finish(
        &mut self,
        tx: &Transaction,
        _problems: &mut Problems,
        _warnings: &mut Vec<String>,
        _tally: &mut Tally,
    ) -> Result<()> {
        if self.pending.is_empty() {
            return Ok(());
        }
        // Stable: rows of one lesson and student keep the file's order.
        self.pending
            .sort_by_key(|p| (p.permit, p.lesson, p.student));
        let entry = entry(tx, &self.actor, &write_time(tx)?)?;
        crate::db::open_mark_batch(tx)?;
        for p in std::mem::take(&mut self.pending) {
            self.permit
                .set(tx, (p.permit != 0).then_some(i64::from(p.permit)))?;
            insert_mark(
                tx,
                i64::from(p.lesson),
                i64::from(p.student),
                p.mark.as_str(),
                i64::from(p.work_type),
                entry,
            )?;
        }
        Ok(())
    }
}
