//! Final marks (итоговые отметки) from a file: class, subject, student, period, mark.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Transaction;

use super::{outside_reach, Cells, Importer, Outcome, RowCourse};
use crate::commands::roles::Reach;
use crate::db::finals::{final_mark, insert_final, update_final, FinalKey};
use crate::db::resolve::Index;
use crate::domain::calendar::PeriodCode;
use crate::domain::class_name::Grade;
use crate::domain::date::ru;
use crate::domain::limits;
use crate::domain::marks::FinalMark;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
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
    Column::new("period", "Период", "period", true).aka(&["четверть", "полугодие"]),
    Column::new("mark", "Отметка", "mark", true).aka(&["оценка", "итоговая отметка"]),
    Column::new("group", "Группа", "group", false).aka(&["подгруппа"]),
];

pub struct Finals {
    index: Index,
    /// what the actor may write: final marks of other courses are refused (77)
    reach: Reach,
    /// (course, student, period) → line, to refuse one final mark given twice
    seen: std::collections::HashMap<(i64, i64, PeriodCode), u64>,
}

impl Finals {
    pub fn new(conn: &rusqlite::Connection, today: NaiveDate, reach: Reach) -> Result<Finals> {
        Ok(Finals {
            index: Index::new(conn, today)?,
            reach,
            seen: std::collections::HashMap::new(),
        })
    }
}

impl Importer for Finals {
    fn kind(&self) -> &'static str {
        "finals"
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
        let period = c
            .parsed("period", true, p, |s| s.parse::<PeriodCode>())
            .flatten();
        let value = c.parsed("mark", true, p, FinalMark::parse).flatten();
        let class = c.class(p);
        if let Some(class) = &class {
            let row = RowCourse {
                class,
                subject: c.text("subject"),
                group: c.text("group"),
                lesson: None,
            };
            if let Some(course) = outside_reach(tx, &mut self.index, &self.reach, &row, false)? {
                c.not_allowed("subject", p, self.reach.not_teaching(&course.name()));
            }
        }
        let class = match class {
            Some(name) => match self.index.class(tx, &name)? {
                Ok(row) => Some(row),
                Err(e) => {
                    c.problem("class", p, e);
                    None
                }
            },
            None => None,
        };
        let (Some(period), Some(value), Some(class)) = (period, value, class) else {
            return Ok(Outcome::Bad);
        };
        if !Grade(class.grade).has_marks() {
            c.problem(
                "class",
                p,
                crate::t!("import-grade-one", class = class.name.as_str()),
            );
            return Ok(Outcome::Bad);
        }
        if let Err(e) = self
            .index
            .calendar
            .check_period_for_grade(period, class.grade, &class.name)
        {
            c.problem("period", p, e.to_string());
            return Ok(Outcome::Bad);
        }
        let Some(subject) = c.required("subject", p) else {
            return Ok(Outcome::Bad);
        };
        let course = match self.index.course(tx, &class, subject, c.text("group"))? {
            Ok(id) => self.index.course_info(tx, id)?,
            Err(e) => {
                c.problem("subject", p, e);
                return Ok(Outcome::Bad);
            }
        };
        let Some(student) = c.required("student", p) else {
            return Ok(Outcome::Bad);
        };
        let student_id = match self.index.student(tx, &class, student)? {
            Ok(id) => id,
            Err(e) => {
                c.problem("student", p, e);
                return Ok(Outcome::Bad);
            }
        };
        let (from, to) = self.index.calendar.period(period)?;
        if !self.index.attended(tx, &course, student_id, from, to)? {
            c.problem(
                "student",
                p,
                crate::t!(
                    "import-final-not-attended",
                    class = class.name.as_str(),
                    subject = course.subject.as_str(),
                    period = period.to_string()
                ),
            );
        }
        if let Some(line) = self.seen.insert((course.id, student_id, period), rec.line) {
            c.problem(
                "student",
                p,
                crate::t!("import-duplicate-final", line = line),
            );
        }
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        let key = FinalKey {
            course_id: course.id,
            student_id,
            period,
        };
        let old = final_mark(tx, key)?;
        // A locked period's final marks stand as they are.
        if old != Some(value) && self.index.lock.period_locked(to) {
            c.problem(
                "period",
                p,
                crate::t!(
                    "import-final-locked",
                    period = period.to_string(),
                    date = ru(to)
                ),
            );
            return Ok(Outcome::Bad);
        }
        Ok(match old {
            Some(v) if v == value => Outcome::Unchanged,
            Some(_) => {
                update_final(tx, key, value)?;
                Outcome::Updated
            }
            None => {
                insert_final(tx, key, value)?;
                Outcome::Added
            }
        })
    }
}
