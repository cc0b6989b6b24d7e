//! Queries about the school's people and courses, shared by imports and listings.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension};

use crate::db::collation::{fold_key, ru_compare};
use crate::domain::class_name::ClassName;
use crate::domain::date::from_iso;
use crate::domain::fio::{Fio, PersonRef};

/// The academic year's first and last day.
pub fn year_bounds(conn: &Connection) -> Result<(NaiveDate, NaiveDate)> {
    let start = from_iso(&super::setting(conn, "year_start")?);
    let end = from_iso(&super::setting(conn, "year_end")?);
    Ok((start, end))
}

#[derive(Debug, Clone)]
pub struct ClassRow {
    pub id: i64,
    pub grade: u8,
    pub name: String,
}

pub fn class_by_name(conn: &Connection, name: &ClassName) -> Result<Option<ClassRow>> {
    conn.query_row(
        "SELECT id, grade, name FROM classes WHERE grade = ?1 AND letter = ?2",
        params![name.grade, name.letter],
        |r| {
            Ok(ClassRow {
                id: r.get(0)?,
                grade: r.get(1)?,
                name: r.get(2)?,
            })
        },
    )
    .optional()
    .context("looking up a class")
}

/// What is said of a class the journal does not have.
pub fn unknown_class(name: &ClassName) -> String {
    format!("unknown class {name}: no such class in the journal (classes come from the roster)")
}

/// The class, or an error naming it as unknown.
pub fn class_required(conn: &Connection, name: &ClassName) -> Result<ClassRow> {
    class_by_name(conn, name)?.ok_or_else(|| {
        crate::error::usage(format!(
            "there is no class {name} in the journal (see `ejournal class list`)"
        ))
    })
}

/// The class's id, creating it when new; the flag says whether it was created.
pub fn ensure_class(conn: &Connection, name: &ClassName) -> Result<(i64, bool)> {
    if let Some(c) = class_by_name(conn, name)? {
        return Ok((c.id, false));
    }
    conn.execute(
        "INSERT INTO classes (grade, letter, name) VALUES (?1, ?2, ?3)",
        params![name.grade, name.letter, name.to_string()],
    )
    .with_context(|| format!("adding class {name}"))?;
    Ok((conn.last_insert_rowid(), true))
}

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
        .context("reading staff")
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
            birth_date: Some(from_iso(&r.get::<_, String>(4)?)),
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading students")
}

/// Find the one person a file's name refers to; the error says why not (nobody, or
/// several namesakes and how to tell them apart).
pub fn find_person<'a>(
    people: &'a [Person],
    who: &PersonRef,
    what: &str,
) -> Result<&'a Person, String> {
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
        0 => Err(format!("no {what} named \"{}\"", who_text(who))),
        _ => {
            found.sort_by(|a, b| ru_compare(&a.fio.full(), &b.fio.full()));
            let names: Vec<String> = found
                .iter()
                .map(|p| match p.birth_date {
                    Some(d) => format!("{} {}", p.fio.full(), crate::domain::date::ru(d)),
                    None => p.fio.full(),
                })
                .collect();
            Err(format!(
                "\"{}\" could be any of {} people ({what}): {}{}",
                who_text(who),
                found.len(),
                names.join("; "),
                if found.iter().any(|p| p.birth_date.is_some()) {
                    " — add the birth date after the name"
                } else {
                    " — give the full ФИО"
                }
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

/// A subject's id by name (case, `ё` and spaces ignored), creating it when `create`.
pub fn subject_id(conn: &Connection, name: &str, create: bool) -> Result<Option<i64>> {
    let key = fold_key(name);
    let found: Option<i64> = conn
        .query_row("SELECT id FROM subjects WHERE key = ?1", [&key], |r| {
            r.get(0)
        })
        .optional()?;
    if found.is_some() || !create {
        return Ok(found);
    }
    let clean = name.split_whitespace().collect::<Vec<_>>().join(" ");
    conn.execute(
        "INSERT INTO subjects (name, key) VALUES (?1, ?2)",
        params![clean, key],
    )?;
    Ok(Some(conn.last_insert_rowid()))
}

#[derive(Debug, Clone)]
pub struct CourseRow {
    pub id: i64,
    pub group: String,
}

/// The courses of a subject in a class: one whole-class course, or one per group.
pub fn courses_of(conn: &Connection, class_id: i64, subject_id: i64) -> Result<Vec<CourseRow>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, group_name FROM courses WHERE class_id = ?1 AND subject_id = ?2
         ORDER BY group_name COLLATE RU",
    )?;
    let rows = stmt.query_map([class_id, subject_id], |r| {
        Ok(CourseRow {
            id: r.get(0)?,
            group: r.get(1)?,
        })
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .context("reading courses")
}

/// Find one course from what a user or file says: class, subject, group. The error says
/// what exists instead.
pub fn find_course(
    conn: &Connection,
    class: &ClassRow,
    subject: &str,
    group: &str,
) -> Result<std::result::Result<i64, String>> {
    let Some(subject_id) = subject_id(conn, subject, false)? else {
        return Ok(Err(format!(
            "{} has no subject \"{subject}\" in the teaching load",
            class.name
        )));
    };
    let courses = courses_of(conn, class.id, subject_id)?;
    if courses.is_empty() {
        return Ok(Err(format!(
            "{} has no subject \"{subject}\" in the teaching load",
            class.name
        )));
    }
    let want = fold_key(group);
    if let Some(c) = courses.iter().find(|c| fold_key(&c.group) == want) {
        return Ok(Ok(c.id));
    }
    let groups: Vec<&str> = courses.iter().map(|c| c.group.as_str()).collect();
    Ok(Err(if group.is_empty() {
        format!(
            "{} {subject} is taught in groups ({}): name the group",
            class.name,
            groups.join(", ")
        )
    } else if groups == [""] {
        format!(
            "{} {subject} is taught to the whole class, not in groups",
            class.name
        )
    } else {
        format!(
            "{} {subject} has no group \"{group}\" (groups: {})",
            class.name,
            groups.join(", ")
        )
    }))
}
