//! The roster (список учащихся): students, their class and enrolment date, and a parent.

use std::collections::HashMap;

use anyhow::Result;
use chrono::{Datelike, Duration, NaiveDate};
use rusqlite::{params, OptionalExtension, Transaction};

use super::{Cells, Env, Importer, Outcome};
use crate::db::classes::ensure_class;
use crate::domain::date::{from_iso, iso, parse_date, ru};
use crate::domain::fio::{check_name_part, Fio};
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("class", "Класс", "class", true),
    Column::new("last_name", "Фамилия", "last_name", true),
    Column::new("first_name", "Имя", "first_name", true),
    Column::new("middle_name", "Отчество", "middle_name", false),
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
        "parent",
    ]),
    Column::new("phone", "Телефон", "phone", false),
    Column::new("email", "Email", "email", false).aka(&[
        "e-mail",
        "эл. почта",
        "электронная почта",
    ]),
    Column::new(
        "paper_only",
        "Без электронного доступа",
        "paper_only",
        false,
    )
    .aka(&["отказ от электронного доступа", "бумажный дневник"]),
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
        _ => Err(format!("\"{s}\" is not да or нет")),
    }
}

struct Current {
    id: i64,
    class_id: i64,
    from: NaiveDate,
    to: Option<NaiveDate>,
    count: i64,
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
        let before = p.len();
        let class = c.class(p);
        let mut name_part = |key: &str, required: bool| -> Option<String> {
            let v = c.text(key);
            if v.is_empty() && !required {
                return Some(String::new());
            }
            match check_name_part(v) {
                Ok(()) => Some(v.to_string()),
                Err(e) => {
                    c.problem(key, p, e);
                    None
                }
            }
        };
        let last = name_part("last_name", true);
        let first = name_part("first_name", true);
        let middle = name_part("middle_name", false);
        let birth = c.parsed("birth_date", true, p, parse_date).flatten();
        if let Some(b) = birth {
            let age = self.env.year_start.year() - b.year();
            if !(5..=25).contains(&age) {
                c.problem(
                    "birth_date",
                    p,
                    format!(
                        "{} is not a plausible birth date for this year's student",
                        ru(b)
                    ),
                );
            }
        }
        let enrolled = c.parsed("enrolled_on", false, p, parse_date).flatten();
        if let Some(e) = enrolled {
            if e > self.env.year_end {
                c.problem(
                    "enrolled_on",
                    p,
                    format!(
                        "{} is after the end of the academic year ({})",
                        ru(e),
                        ru(self.env.year_end)
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
            c.problem("email", p, format!("\"{email}\" is not an email address"));
        }
        let (Some(class), Some(last), Some(first), Some(middle), Some(birth)) =
            (class, last, first, middle, birth)
        else {
            return Ok(Outcome::Bad);
        };
        let fio = Fio::from_parts(&last, &first, &middle);
        let key = fio.key();
        if let Some(line) = self.seen.insert((key.clone(), birth), rec.line) {
            p.at(
                rec.line,
                None,
                format!(
                    "duplicate student: {} born {} is already on line {line}",
                    fio.full(),
                    ru(birth)
                ),
            );
            return Ok(Outcome::Bad);
        }
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        // Only the parent's columns the file has are written; a roster without them keeps
        // what the journal knows.
        let given = |key: &str| map.has(key).then(|| c.text(key));
        let guardian = Guardian {
            name: given("guardian"),
            phone: given("phone"),
            email: given("email"),
            paper_only: map.has("paper_only").then_some(paper_only),
        };
        let (class_id, _) = ensure_class(tx, &class)?;
        let from = enrolled
            .unwrap_or(self.env.year_start)
            .max(self.env.year_start);

        let existing: Option<(i64, String, String, String)> = tx
            .prepare_cached(
                "SELECT id, last_name, first_name, middle_name FROM students
                 WHERE fio_key = ?1 AND birth_date = ?2",
            )?
            .query_row(params![key, iso(birth)], |r| {
                Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
            })
            .optional()?;
        let Some((student_id, l, f, m)) = existing else {
            tx.prepare_cached(
                "INSERT INTO students (last_name, first_name, middle_name, birth_date, fio_key)
                 VALUES (?1, ?2, ?3, ?4, ?5)",
            )?
            .execute(params![fio.last, fio.first, fio.middle, iso(birth), key])?;
            let student_id = tx.last_insert_rowid();
            tx.prepare_cached(
                "INSERT INTO enrolments (student_id, class_id, from_date) VALUES (?1, ?2, ?3)",
            )?
            .execute(params![student_id, class_id, iso(from)])?;
            upsert_guardian(tx, student_id, guardian)?;
            return Ok(Outcome::Added);
        };

        let mut changed = false;
        if (l.as_str(), f.as_str(), m.as_str())
            != (fio.last.as_str(), fio.first.as_str(), fio.middle.as_str())
        {
            tx.execute(
                "UPDATE students SET last_name = ?2, first_name = ?3, middle_name = ?4 WHERE id = ?1",
                params![student_id, fio.last, fio.first, fio.middle],
            )?;
            changed = true;
        }
        let cur: Current = tx
            .prepare_cached(
                "SELECT id, class_id, from_date, to_date, (SELECT count(*) FROM enrolments WHERE student_id = ?1)
                 FROM enrolments WHERE student_id = ?1 ORDER BY from_date DESC LIMIT 1",
            )?
            .query_row([student_id], |r| {
                Ok(Current {
                    id: r.get(0)?,
                    class_id: r.get(1)?,
                    from: from_iso(&r.get::<_, String>(2)?),
                    to: r.get::<_, Option<String>>(3)?.map(|s| from_iso(&s)),
                    count: r.get(4)?,
                })
            })?;
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
                        format!(
                            "{} is not after the date he left his class ({})",
                            ru(move_on),
                            ru(left)
                        ),
                    );
                    return Ok(Outcome::Bad);
                }
                insert_enrolment(tx, student_id, class_id, move_on)?;
            } else if move_on <= cur.from {
                // Before his enrolment even began: a correction of the class, not a move.
                tx.execute(
                    "UPDATE enrolments SET class_id = ?2 WHERE id = ?1",
                    params![cur.id, class_id],
                )?;
            } else {
                tx.execute(
                    "UPDATE enrolments SET to_date = ?2 WHERE id = ?1",
                    params![cur.id, iso(move_on - Duration::days(1))],
                )?;
                insert_enrolment(tx, student_id, class_id, move_on)?;
            }
            changed = true;
        } else if let Some(e) = enrolled {
            let e = e.max(self.env.year_start);
            if cur.to.is_some_and(|left| e > left) {
                insert_enrolment(tx, student_id, class_id, e)?; // back after leaving
                changed = true;
            } else if cur.count == 1 && cur.to.is_none() && e != cur.from {
                tx.execute(
                    "UPDATE enrolments SET from_date = ?2 WHERE id = ?1",
                    params![cur.id, iso(e)],
                )?;
                changed = true;
            }
        }
        changed |= upsert_guardian(tx, student_id, guardian)?;
        Ok(if changed {
            Outcome::Updated
        } else {
            Outcome::Unchanged
        })
    }
}

fn insert_enrolment(
    tx: &Transaction,
    student_id: i64,
    class_id: i64,
    from: NaiveDate,
) -> Result<()> {
    tx.prepare_cached(
        "INSERT INTO enrolments (student_id, class_id, from_date) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![student_id, class_id, iso(from)])?;
    Ok(())
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
    let old: Option<(String, String, String, bool)> = tx
        .prepare_cached(
            "SELECT name, phone, email, paper_only FROM guardians WHERE student_id = ?1",
        )?
        .query_row([student_id], |r| {
            Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?))
        })
        .optional()?;
    let base = old.clone().unwrap_or_default();
    let name = given.name.unwrap_or(&base.0);
    let phone = given.phone.unwrap_or(&base.1);
    let email = given.email.unwrap_or(&base.2);
    let paper_only = given.paper_only.unwrap_or(base.3);
    let empty = name.is_empty() && phone.is_empty() && email.is_empty() && !paper_only;
    match &old {
        None if empty => Ok(false),
        Some((n, ph, em, po)) if n == name && ph == phone && em == email && *po == paper_only => {
            Ok(false)
        }
        _ => {
            tx.prepare_cached(
                "INSERT INTO guardians (student_id, name, phone, email, paper_only) VALUES (?1, ?2, ?3, ?4, ?5)
                 ON CONFLICT (student_id) DO UPDATE SET name = ?2, phone = ?3, email = ?4, paper_only = ?5",
            )?
            .execute(params![student_id, name, phone, email, paper_only])?;
            Ok(true)
        }
    }
}
