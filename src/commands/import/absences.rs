//! Absences (пропуски) from a file: a row is one lesson (with a subject) or a whole day.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Transaction;

use super::marks::report;
use super::{outside_reach, parse_int, Cells, Importer, Outcome, RowCourse};
use crate::commands::roles::Reach;
use crate::db::absences::{upsert_absence, Written};
use crate::db::permits::{Admission, SessionPermit};
use crate::db::requests::{AbsenceRequest, ResolvedAbsence};
use crate::db::resolve::Index;
use crate::domain::date::parse_date;
use crate::domain::limits;
use crate::domain::marks::AbsenceCode;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("date", "Дата", "date", true),
    Column::new("class", "Класс", "class", true),
    Column::new("student", "Ученик", "student", true).aka(&[
        "фио",
        "фио ученика",
        "учащийся",
        "обучающийся",
    ]),
    Column::new("code", "Код", "code", true).aka(&["пропуск", "причина", "отметка"]),
    Column::new("subject", "Предмет", "subject", false)
        .max(limits::SUBJECT)
        .aka(&["учебный предмет", "дисциплина"]),
    Column::new("lesson_no", "Урок", "lesson_no", false).aka(&["№ урока", "номер урока"]),
    Column::new("group", "Группа", "group", false).aka(&["подгруппа"]),
];

pub struct Absences {
    index: Index,
    /// what the actor may write: other courses' lessons and, but for a class teacher, the
    /// reasons Б and У are refused (77)
    reach: Reach,
    /// (lesson, student) → line, to refuse one lesson given twice
    seen: std::collections::HashMap<(i64, i64), u64>,
    /// the permit the rows being written are late under (named in the session)
    permit: SessionPermit,
}

impl Absences {
    pub fn new(conn: &rusqlite::Connection, today: NaiveDate, reach: Reach) -> Result<Absences> {
        Ok(Absences {
            index: Index::new(conn, today)?,
            reach,
            seen: std::collections::HashMap::new(),
            permit: SessionPermit::default(),
        })
    }
}

impl Absences {
    /// A resolved row against the actor's reach: a whole day must be all his lessons (or
    /// his class), and a reason set or taken away needs the class teacher.
    fn check_reach(
        &mut self,
        tx: &Transaction,
        c: &Cells,
        p: &mut Problems,
        a: &ResolvedAbsence,
        whole_day: bool,
        code: AbsenceCode,
    ) -> Result<()> {
        if self.reach.is_all() {
            return Ok(());
        }
        if whole_day {
            for (course, lesson_id) in &a.lessons {
                if !self
                    .reach
                    .absence(tx, course.class_id, course.id, Some(*lesson_id))?
                {
                    c.not_allowed("class", p, self.reach.not_absences(&course.name()));
                    return Ok(());
                }
            }
        }
        for (course, lesson_id) in &a.lessons {
            if self.reach.reasons(course.class_id) {
                continue;
            }
            let old = self
                .index
                .absence(tx, course.id, *lesson_id, a.student_id)?;
            if AbsenceCode::changes_reason(old, Some(code)) {
                c.not_allowed("code", p, self.reach.not_reasons(&course.class));
                break;
            }
        }
        Ok(())
    }
}

impl Importer for Absences {
    fn kind(&self) -> &'static str {
        "absences"
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
        let student = c.required("student", p);
        let code = c.parsed("code", true, p, AbsenceCode::parse).flatten();
        let lesson_no = c
            .parsed("lesson_no", false, p, |s| parse_int(s, 1, 12))
            .flatten();
        let subject = c.text("subject");
        if let (Some(date), Some(class), false) = (date, &class, subject.is_empty()) {
            let row = RowCourse {
                class,
                subject,
                group: c.text("group"),
                lesson: Some((date, lesson_no)),
            };
            if let Some(course) = outside_reach(tx, &mut self.index, &self.reach, &row, true)? {
                c.not_allowed("subject", p, self.reach.not_absences(&course.name()));
            }
        }
        let (Some(date), Some(class), Some(student), Some(code)) = (date, class, student, code)
        else {
            return Ok(Outcome::Bad);
        };
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        let req = AbsenceRequest {
            date,
            class: &class,
            student,
            code,
            subject,
            group: c.text("group"),
            lesson_no,
        };
        let whole_day = subject.is_empty();
        let a = match self.index.resolve_absence(tx, &req)? {
            Ok(a) => a,
            Err(misses) => {
                report(&c, p, misses);
                return Ok(Outcome::Bad);
            }
        };
        self.check_reach(tx, &c, p, &a, whole_day, code)?;
        for (_, lesson_id) in &a.lessons {
            if let Some(line) = self.seen.insert((*lesson_id, a.student_id), rec.line) {
                c.problem(
                    "student",
                    p,
                    crate::t!("import-duplicate-absence", line = line),
                );
                return Ok(Outcome::Bad);
            }
        }
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        // A locked date, or a late one no permit covers: only what is already there may stand.
        let blocked = match (&a.locked, &a.admission) {
            (Some(why), _) | (None, Admission::Late(why)) => Some(why),
            _ => None,
        };
        if let Some(why) = blocked {
            for (course, lesson_id) in &a.lessons {
                if self
                    .index
                    .absence(tx, course.id, *lesson_id, a.student_id)?
                    != Some(code)
                {
                    c.problem("date", p, why.clone());
                    return Ok(Outcome::Bad);
                }
            }
            return Ok(Outcome::Unchanged);
        }
        let permit = match a.admission {
            Admission::Permit(id) => Some(id),
            _ => None,
        };
        self.permit.set(tx, permit)?;
        let mut outcome = Outcome::Unchanged;
        for (course, lesson_id) in &a.lessons {
            match upsert_absence(tx, *lesson_id, a.student_id, code.as_str())? {
                Written::Added => outcome = Outcome::Added,
                Written::Updated if outcome == Outcome::Unchanged => outcome = Outcome::Updated,
                _ => {}
            }
            self.index
                .note_absence(course.id, *lesson_id, a.student_id, code);
        }
        Ok(outcome)
    }
}
