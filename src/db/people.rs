//! People: students and staff as the journal holds them, and finding the one person a name
//! written in a file or on the command line refers to; and reading back the dates stored
//! with them.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::Connection;

use super::decode::{date, lift_stored, row_id};
use crate::domain::fio::{Fio, PersonRef};
use crate::domain::text::{closest, fold_key, ru_compare};
use crate::error::{NameKind, Unresolved};

/// A student or a member of staff, as names in files and on the command line are matched
/// against (staff have no birth date here).
#[derive(Debug, Clone)]
pub struct Person {
    pub id: i64,
    pub fio: Fio,
    pub birth_date: Option<NaiveDate>,
}

/// Every member of staff, for matching names written in files.
pub fn all_staff(conn: &Connection) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare("SELECT id, last_name, first_name, middle_name FROM staff")?;
    let rows = stmt.query_map([], |r| {
        Ok(Person {
            id: r.get(0)?,
            fio: Fio {
                last: r.get(1)?,
                first: r.get(2)?,
                middle: r.get(3)?,
            },
            birth_date: None,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-staff"))
}

/// Students who belong to a class at any time in the year.
pub fn students_of_class(conn: &Connection, class_id: i64) -> Result<Vec<Person>> {
    let mut stmt = conn.prepare(
        "SELECT DISTINCT s.id, s.last_name, s.first_name, s.middle_name, s.birth_date
         FROM students s JOIN enrolments e ON e.student_id = s.id
         WHERE e.class_id = ?1",
    )?;
    let rows = stmt.query_map([class_id], |r| {
        Ok(Person {
            id: r.get(0)?,
            fio: Fio {
                last: r.get(1)?,
                first: r.get(2)?,
                middle: r.get(3)?,
            },
            birth_date: Some(date(r, 4, "students", row_id(r.get(0)?))?),
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .map_err(lift_stored)
        .with_context(|| crate::t!("db-reading-students"))
}

/// Find the one person a file's name refers to; the error says why not (nobody, or
/// several namesakes and how to tell them apart).
pub fn find_person<'a>(
    people: &'a [Person],
    who: &PersonRef,
    kind: NameKind,
    what: &str,
) -> Result<&'a Person, Unresolved> {
    let mut found: Vec<&Person> = people
        .iter()
        .filter(|p| who.matches(&p.fio))
        .filter(|p| who.birth_date.is_none() || who.birth_date == p.birth_date)
        .collect();
    // A full ФИО that matches someone exactly wins over looser matches.
    if found.len() > 1 && !who.initials && !who.middle.is_empty() {
        found.retain(|p| fold_key(&p.fio.middle) == fold_key(&who.middle));
    }
    match found.len() {
        1 => Ok(found[0]),
        0 => {
            let said = who_text(who);
            // Each person written as the name was (surname and first name, initials, the
            // full ФИО), so that what is compared is what differs.
            let shaped: Vec<String> = people
                .iter()
                .map(|p| {
                    let f = &p.fio;
                    let initial = |s: &str| s.chars().next().map(String::from).unwrap_or_default();
                    match (who.initials, who.middle.is_empty()) {
                        (true, true) => format!("{} {}.", f.last, initial(&f.first)),
                        (true, false) => {
                            format!("{} {}.{}.", f.last, initial(&f.first), initial(&f.middle))
                        }
                        (false, true) => format!("{} {}", f.last, f.first),
                        (false, false) => f.full(),
                    }
                })
                .collect();
            let near = closest(&said, shaped.iter().map(String::as_str))
                .and_then(|n| shaped.iter().position(|s| s == n))
                .map(|i| people[i].fio.full());
            Err(Unresolved::new(
                kind,
                crate::t!("people-not-found", what = what, name = said.as_str()),
            )
            .did_you_mean(near.as_deref()))
        }
        _ => {
            found.sort_by(|a, b| ru_compare(&a.fio.full(), &b.fio.full()));
            let names: Vec<String> = found
                .iter()
                .map(|p| match p.birth_date {
                    Some(d) => format!("{} {}", p.fio.full(), crate::domain::date::ru(d)),
                    None => p.fio.full(),
                })
                .collect();
            Err(Unresolved::new(
                kind,
                if found.iter().any(|p| p.birth_date.is_some()) {
                    crate::t!(
                        "people-ambiguous-birth-date",
                        name = who_text(who),
                        count = found.len(),
                        what = what,
                        names = names.join("; ")
                    )
                } else {
                    crate::t!(
                        "people-ambiguous-fio",
                        name = who_text(who),
                        count = found.len(),
                        what = what,
                        names = names.join("; ")
                    )
                },
            ))
        }
    }
}

fn who_text(who: &PersonRef) -> String {
    let mut s = if who.initials {
        format!(
            "{} {}.{}",
            who.last,
            who.first,
            if who.middle.is_empty() {
                String::new()
            } else {
                format!("{}.", who.middle)
            }
        )
    } else {
        Fio::from_parts(&who.last, &who.first, &who.middle).full()
    };
    if let Some(d) = who.birth_date {
        s.push(' ');
        s.push_str(&crate::domain::date::ru(d));
    }
    s
}
