//! The roster (список учащихся): students, their class and enrolment date, and a parent.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::Transaction;

use super::names::{read_name, FIO, NAME_PARTS};
use super::{Cells, Env, Importer, Outcome};
use crate::db::classes::ensure_class;
use crate::db::enrolments::{
    end_enrolment, insert_enrolment, latest_enrolment, set_enrolment_class, set_enrolment_from,
    Latest,
};
use crate::db::guardians::{guardian_of, put_guardian, GuardianRow};
use crate::db::students::{insert_student, rename_student, student_by_key};
use crate::domain::class_name::ClassName;
use crate::domain::date::{parse_date, ru};
use crate::domain::fio::Fio;
use crate::domain::limits;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("class", "Класс", "class", true),
    // The whole name in one cell, instead of Фамилия, Имя, Отчество; a birth date may follow
    // the name there.
    Column::new(FIO, "ФИО", "full_name", false)
        .aka(&[
            "ф.и.о.",
            "ф. и. о.",
            "фамилия имя отчество",
            "фамилия, имя, отчество",
            "фио обучающегося",
            "фио ученика",
            "фио учащегося",
        ])
        .stands_for(&["last_name", "first_name", "middle_name", "birth_date"])
        .excludes(NAME_PARTS),
    Column::new("last_name", "Фамилия", "last_name", true).max(limits::NAME_PART),
    Column::new("first_name", "Имя", "first_name", true).max(limits::NAME_PART),
    Column::new("middle_name", "Отчество", "middle_name", false).max(limits::NAME_PART),
    Column::new("birth_date", "Дата рождения", "birth_date", true).aka(&[
        "дата рожд",
        "д р",
        "birthday",
    ]),
    Column::new("enrolled_on", "Дата зачисления", "enrolled_on", false)
        .aka(&["зачислен", "дата прибытия"]),
    Column::new("guardian", "Родитель", "guardian", false).aka(&[
        "законный представитель",
        "родитель (законный представитель)",
        "фио родителя",
        "фио законного представителя",
        "фио родителя (законного представителя)",
        "parent",
    ]),
    Column::new("phone", "Телефон", "phone", false)
        .max(limits::PHONE)
        .aka(&[
            "телефон родителя",
            "контактный телефон",
            "телефон законного представителя",
            "телефон родителя (законного представителя)",
        ]),
    Column::new("email", "Email", "email", false)
        .max(limits::EMAIL)
        .aka(&[
            "e-mail",
            "эл. почта",
            "электронная почта",
            "email родителя",
            "e-mail родителя",
            "эл. почта родителя",
            "электронная почта родителя",
        ]),
    Column::new(
        "paper_only",
        "Без электронного доступа",
        "paper_only",
        false,
    )
    .aka(&[
        "отказ от электронного доступа",
        "отказ от электронного дневника",
        "бумажный дневник",
        "только бумажный",
        "только бумажный дневник",
    ]),
];

pub struct Roster {
    env: Env,
    /// (ФИО key, birth date) → line, to catch a student listed twice.
    seen: HashMap<(String, NaiveDate), u64>,
}

impl Roster {
    pub fn new(env: &Env) -> Roster {
        Roster {
            env: env.clone(),
            seen: HashMap::new(),
        }
    }
}

/// `да`/`нет` and the other ways a spreadsheet says yes or no.
pub fn parse_yes_no(s: &str) -> Result<bool, String> {
    match crate::domain::text::fold_key(s).as_str() {
        "да" | "yes" | "y" | "true" | "1" | "+" | "x" | "х" | "v" | "истина" => Ok(true),
        "нет" | "no" | "n" | "false" | "0" | "-" | "ложь" => Ok(false),
        _ => Err(crate::t!("import-not-yes-no", value = s)),
    }
}

/// A roster row that passed its checks.
struct Checked<'a> {
    class: ClassName,
    fio: Fio,
    birth: NaiveDate,
    enrolled: Option<NaiveDate>,
    guardian: Guardian<'a>,
}

impl Roster {
    /// Check one row's cells; None when it has problems (they are in `p`).
    fn check<'a>(&mut self, c: &Cells<'a>, p: &mut Problems) -> Option<Checked<'a>> {
        let before = p.len();
        let class = c.class(p);
        let name = read_name(c, p);
        let birth = match &name {
            Some((_, in_name)) => self.birth_date(c, *in_name, p),
            // A wrong ФИО cell (reported) may have held the date: an empty date column is
            // not reported beside it. With separate name columns the date is required.
            None => c
                .parsed("birth_date", !c.map.has(FIO), p, parse_date)
                .flatten(),
        };
        if let Some(b) = birth {
            let age = self.env.year_start.year() - b.year();
            if !(5..=25).contains(&age) {
                let key = if c.map.has("birth_date") {
                    "birth_date"
                } else {
                    FIO
                };
                c.problem(
                    key,
                    p,
                    crate::t!("roster-implausible-birth-date", date = ru(b)),
                );
            }
        }
        let enrolled = c.parsed("enrolled_on", false, p, parse_date).flatten();
        if let Some(e) = enrolled {
            if e > self.env.year_end {
                c.problem(
                    "enrolled_on",
                    p,
                    crate::t!(
                        "roster-enrolled-after-year",
                        date = ru(e),
                        end = ru(self.env.year_end)
                    ),
                );
            }
        }
        let paper_only = c
            .parsed("paper_only", false, p, parse_yes_no)
            .flatten()
            .unwrap_or(false);
        let email = c.text("email");
        let looks_like_email = email.contains('@') && email.contains('.');
        if !email.is_empty() && !looks_like_email {
            c.problem("email", p, crate::t!("roster-not-email", value = email));
        }
        let (Some(class), Some((fio, _)), Some(birth)) = (class, name, birth) else {
            return None;
        };
        if let Some(line) = self.seen.insert((fio.key(), birth), c.rec.line) {
            p.at(
                c.rec.line,
                None,
                crate::t!(
                    "roster-duplicate-student",
                    name = fio.full(),
                    date = ru(birth),
                    line = line
                ),
            );
            return None;
        }
        if p.len() > before {
            return None;
        }
        // Only the parent's columns the file has are written; a roster without them keeps
        // what the journal knows.
        let given = |key: &str| c.map.has(key).then(|| c.text(key));
        let guardian = Guardian {
            name: given("guardian"),
            phone: given("phone"),
            email: given("email"),
            paper_only: c.map.has("paper_only").then_some(paper_only),
        };
        Some(Checked {
            class,
            fio,
            birth,
            enrolled,
            guardian,
        })
    }

    /// The birth date: from its column, or written after the name in a `ФИО` cell; both
    /// given must agree. None when it is missing or wrong (the problem is in `p`).
    fn birth_date(
        &self,
        c: &Cells,
        in_name: Option<NaiveDate>,
        p: &mut Problems,
    ) -> Option<NaiveDate> {
        if !c.map.has("birth_date") {
            // The ФИО column stands for it: the date must follow the name.
            if in_name.is_none() && c.map.has(FIO) && !c.text(FIO).is_empty() {
                c.problem(FIO, p, crate::t!("roster-no-birth-date"));
            }
            return in_name;
        }
        if in_name.is_none() && c.text("birth_date").is_empty() && c.map.has(FIO) {
            c.problem(
                "birth_date",
                p,
                crate::t!("roster-birth-date-empty", column = c.map.label(FIO)),
            );
            return None;
        }
        match (
            c.parsed("birth_date", in_name.is_none(), p, parse_date),
            in_name,
        ) {
            (None, _) => None, // a bad or missing date: reported
            (Some(Some(col)), Some(cell)) if col != cell => {
                c.problem(
                    "birth_date",
                    p,
                    crate::t!(
                        "roster-birth-dates-disagree",
                        date = ru(col),
                        column = c.map.label(FIO),
                        other = ru(cell)
                    ),
                );
                None
            }
            (Some(col), cell) => col.or(cell),
        }
    }

    /// Bring a known student's enrolments in line with the row: a move, a correction of
    /// the class or of the first day, a return after leaving. Some(true) when something
    /// changed; None when the row is refused (the problem is in `p`).
    fn enrol(
        &self,
        tx: &Transaction,
        c: &Cells,
        p: &mut Problems,
        student_id: i64,
        class_id: i64,
        enrolled: Option<NaiveDate>,
    ) -> Result<Option<bool>> {
        let Latest {
            enrolment: cur,
            count,
        } = latest_enrolment(tx, student_id)?;
        if cur.class_id != class_id {
            // A move: the old class keeps him until the day before, the new one from then on.
            let move_on = enrolled
                .unwrap_or_else(|| self.env.effective_today())
                .max(self.env.year_start);
            if let Some(left) = cur.to {
                if move_on <= left {
                    c.problem(
                        "enrolled_on",
                        p,
                        crate::t!(
                            "roster-not-after-leaving",
                            date = ru(move_on),
                            left = ru(left)
                        ),
                    );
                    return Ok(None);
                }
                insert_enrolment(tx, student_id, class_id, move_on)?;
            } else if move_on <= cur.from {
                // Before his enrolment even began: a correction of the class, not a move.
                set_enrolment_class(tx, cur.id, class_id)?;
            } else {
                end_enrolment(tx, cur.id, move_on - Duration::days(1))?;
                insert_enrolment(tx, student_id, class_id, move_on)?;
            }
            return Ok(Some(true));
        }
        let Some(e) = enrolled else {
            return Ok(Some(false));
        };
        let e = e.max(self.env.year_start);
        if cur.to.is_some_and(|left| e > left) {
            insert_enrolment(tx, student_id, class_id, e)?; // back after leaving
            Ok(Some(true))
        } else if count == 1 && cur.to.is_none() && e != cur.from {
            set_enrolment_from(tx, cur.id, e)?;
            Ok(Some(true))
        } else {
            Ok(Some(false))
        }
    }
}

impl Importer for Roster {
    fn kind(&self) -> &'static str {
        "roster"
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
        let Some(row) = self.check(&c, p) else {
            return Ok(Outcome::Bad);
        };
        let (class_id, _) = ensure_class(tx, &row.class)?;
        let Some(existing) = student_by_key(tx, &row.fio.key(), row.birth)? else {
            let from = row
                .enrolled
                .unwrap_or(self.env.year_start)
                .max(self.env.year_start);
            let student_id = insert_student(tx, &row.fio, row.birth)?;
            insert_enrolment(tx, student_id, class_id, from)?;
            upsert_guardian(tx, student_id, row.guardian)?;
            return Ok(Outcome::Added);
        };
        let renamed = existing.fio != row.fio;
        if renamed {
            rename_student(tx, existing.id, &row.fio)?;
        }
        let Some(moved) = self.enrol(tx, &c, p, existing.id, class_id, row.enrolled)? else {
            return Ok(Outcome::Bad);
        };
        let guardian = upsert_guardian(tx, existing.id, row.guardian)?;
        Ok(if renamed || moved || guardian {
            Outcome::Updated
        } else {
            Outcome::Unchanged
        })
    }
}

/// The parent's fields a roster row gives (None: the file has no such column).
struct Guardian<'a> {
    name: Option<&'a str>,
    phone: Option<&'a str>,
    email: Option<&'a str>,
    paper_only: Option<bool>,
}

/// Write the roster's parent for a student; true when something changed.
fn upsert_guardian(tx: &Transaction, student_id: i64, given: Guardian) -> Result<bool> {
    let old = guardian_of(tx, student_id)?;
    let base = old.clone().unwrap_or_default();
    let new = GuardianRow {
        name: given.name.unwrap_or(&base.name).to_string(),
        phone: given.phone.unwrap_or(&base.phone).to_string(),
        email: given.email.unwrap_or(&base.email).to_string(),
        paper_only: given.paper_only.unwrap_or(base.paper_only),
    };
    let empty = new == GuardianRow::default();
    if old.as_ref().map_or(empty, |o| *o == new) {
        return Ok(false);
    }
    put_guardian(tx, student_id, &new)?;
    Ok(true)
}
