//! A timetable kept as a grid (day and lesson down, a column per class): every cell's
//! subject resolved against its class's teaching load and turned into the rows of the flat
//! timetable, which the timetable import then takes as it takes its own file.

use anyhow::Result;
use rusqlite::Connection;

use super::ImportOpts;
use crate::db::classes::{class_by_name, unknown_class, ClassRow};
use crate::db::courses::{courses_of, subject_id, subjects_of_class};
use crate::domain::text::fold_key;
use crate::input::grid::{find_header, read_grid, resolve_subject, SubjectMatch};
use crate::input::raw::{read_raw, HEADER_SEARCH_ROWS};
use crate::input::{Column, HeaderMap, Problems, Record, TableReader};

/// The grid in `opts.file` as records of `columns` (the flat timetable's), or None when the
/// file is no grid (the flat timetable, or a file whose header says nothing of either).
pub fn reshape(
    conn: &Connection,
    opts: &ImportOpts,
    columns: &'static [Column],
) -> Result<Option<(TableReader, Problems)>> {
    let Some(raw) = read_raw(&opts.file, &opts.read_options())? else {
        return Ok(None);
    };
    // The flat timetable's header first: a file that has it is read as such.
    if raw
        .rows
        .iter()
        .take(HEADER_SEARCH_ROWS)
        .any(|r| HeaderMap::try_map(columns, &r.cells).is_some())
    {
        return Ok(None);
    }
    let Some(header) = find_header(&raw) else {
        return Ok(None);
    };
    let mut p = Problems::new(&raw.label);
    let grid = read_grid(&raw, header, &mut p);
    if grid.classes.is_empty() {
        p.at(grid.header_line, None, crate::t!("grid-no-class-column"));
    }
    // Each class of the grid with the subjects of its load.
    let mut classes: Vec<Option<(ClassRow, Vec<String>)>> = Vec::new();
    for c in &grid.classes {
        classes.push(match class_by_name(conn, &c.name)? {
            Some(row) => {
                let subjects = subjects_of_class(conn, row.id)?;
                if subjects.is_empty() {
                    p.at(
                        grid.header_line,
                        Some(&c.header),
                        crate::t!("grid-no-load", class = row.name.as_str()),
                    );
                    None
                } else {
                    Some((row, subjects))
                }
            }
            None => {
                p.at(
                    grid.header_line,
                    Some(&c.header),
                    unknown_class(conn, &c.name)?,
                );
                None
            }
        });
    }
    let names: Vec<String> = columns.iter().map(|c| c.ru.to_string()).collect();
    let map = HeaderMap::try_map(columns, &names).expect("the columns' own names map onto them");
    let mut records = Vec::new();
    for e in &grid.entries {
        let Some((class, subjects)) = &classes[e.class] else {
            continue;
        };
        for part in &e.parts {
            let subject = match resolve_subject(&part.subject, subjects) {
                SubjectMatch::One(s) => s,
                SubjectMatch::None => {
                    p.at(
                        e.line,
                        Some(&e.label),
                        crate::t!(
                            "grid-not-a-subject",
                            value = part.subject.as_str(),
                            class = class.name.as_str(),
                            subjects = subjects.join(", ")
                        ),
                    );
                    continue;
                }
                SubjectMatch::Many(found) => {
                    p.at(
                        e.line,
                        Some(&e.label),
                        crate::t!(
                            "grid-may-be",
                            value = part.subject.as_str(),
                            subjects = found
                                .iter()
                                .map(|s| s.to_string())
                                .reduce(|a, b| crate::t!("grid-or", first = a, second = b))
                                .unwrap_or_default()
                        ),
                    );
                    continue;
                }
            };
            let group = part.group.clone().unwrap_or_default();
            if !group.is_empty() {
                let groups: Vec<String> = match subject_id(conn, subject, false)? {
                    Some(sid) => courses_of(conn, class.id, sid)?
                        .into_iter()
                        .map(|c| c.group)
                        .collect(),
                    None => Vec::new(),
                };
                if !groups.iter().any(|g| fold_key(g) == fold_key(&group)) {
                    let why = if groups.iter().all(String::is_empty) {
                        crate::t!(
                            "grid-whole-class",
                            class = class.name.as_str(),
                            subject = subject
                        )
                    } else {
                        crate::t!(
                            "grid-has-groups",
                            class = class.name.as_str(),
                            subject = subject,
                            groups = groups.join(", ")
                        )
                    };
                    p.at(
                        e.line,
                        Some(&e.label),
                        crate::t!(
                            "grid-names-group",
                            value = e.text.as_str(),
                            group = group.as_str(),
                            why = why
                        ),
                    );
                    continue;
                }
            }
            records.push(Record {
                line: e.line,
                cells: vec![
                    class.name.clone(),
                    e.weekday.to_string(),
                    e.lesson_no.to_string(),
                    subject.to_string(),
                    group,
                ],
            });
        }
    }
    Ok(Some((
        TableReader::from_records(&raw.label, map, records),
        p,
    )))
}
