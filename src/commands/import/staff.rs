//! Staff (сотрудники): teachers and others, their roles, and the class a class teacher leads.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::{params, OptionalExtension, Transaction};

use super::{Cells, Importer, Outcome};
use crate::db::classes::ensure_class;
use crate::domain::class_name::ClassName;
use crate::domain::fio::{check_name_part, Fio};
use crate::domain::roles::parse_roles;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("last_name", "Фамилия", "last_name", true),
    Column::new("first_name", "Имя", "first_name", true),
    Column::new("middle_name", "Отчество", "middle_name", false),
    Column::new("role", "Роль", "role", false).aka(&["должность", "роли", "roles", "position"]),
    Column::new("class", "Класс", "class", false).aka(&["классное руководство", "кл. руководство"]),
];

#[derive(Default)]
pub struct Staff {
    seen: HashMap<String, u64>,
    classes: HashMap<ClassName, u64>,
}

impl Importer for Staff {
    fn kind(&self) -> &'static str {
        "staff"
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
        for key in ["last_name", "first_name", "middle_name"] {
            let v = c.text(key);
            if !(v.is_empty() && key == "middle_name") {
                if let Err(e) = check_name_part(v) {
                    c.problem(key, p, e);
                }
            }
        }
        // No roles in the file: a new person is a teacher, a known one keeps his roles.
        let given_roles = c
            .parsed("role", false, p, parse_roles)
            .flatten()
            .filter(|r| !r.is_empty());
        let class = c.parsed("class", false, p, ClassName::parse).flatten();
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        let fio = Fio::from_parts(
            c.text("last_name"),
            c.text("first_name"),
            c.text("middle_name"),
        );
        let key = fio.key();
        if let Some(line) = self.seen.insert(key.clone(), rec.line) {
            p.at(
                rec.line,
                None,
                format!("duplicate: {} is already on line {line}", fio.full()),
            );
            return Ok(Outcome::Bad);
        }
        if let Some(cl) = &class {
            if let Some(line) = self.classes.insert(cl.clone(), rec.line) {
                c.problem(
                    "class",
                    p,
                    format!("{cl} already has its class teacher on line {line}"),
                );
                return Ok(Outcome::Bad);
            }
        }
        let existing: Option<(i64, String, String, String, String)> = tx
            .query_row(
                "SELECT id, last_name, first_name, middle_name, roles FROM staff WHERE fio_key = ?1",
                [&key],
                |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?, r.get(3)?, r.get(4)?)),
            )
            .optional()?;
        let mut roles: Vec<&str> = match (&given_roles, &existing) {
            (Some(r), _) => r.clone(),
            (None, Some((.., old))) => old
                .split(", ")
                .filter_map(crate::domain::roles::parse_role)
                .collect(),
            (None, None) => vec!["учитель"],
        };
        if class.is_some() && !roles.contains(&"классный руководитель") {
            // A class named against a person means he leads it.
            roles.push("классный руководитель");
            roles.sort_by_key(|r| crate::domain::roles::ROLES.iter().position(|x| x == r));
        }
        let roles = roles.join(", ");
        let (id, mut outcome) = match existing {
            None => {
                tx.execute(
                    "INSERT INTO staff (last_name, first_name, middle_name, roles, fio_key) VALUES (?1, ?2, ?3, ?4, ?5)",
                    params![fio.last, fio.first, fio.middle, roles, key],
                )?;
                (tx.last_insert_rowid(), Outcome::Added)
            }
            Some((id, l, f, m, r))
                if [&l, &f, &m, &r] == [&fio.last, &fio.first, &fio.middle, &roles] =>
            {
                (id, Outcome::Unchanged)
            }
            Some((id, ..)) => {
                tx.execute(
                    "UPDATE staff SET last_name = ?2, first_name = ?3, middle_name = ?4, roles = ?5 WHERE id = ?1",
                    params![id, fio.last, fio.first, fio.middle, roles],
                )?;
                (id, Outcome::Updated)
            }
        };
        if let Some(cl) = class {
            let (class_id, _) = ensure_class(tx, &cl)?;
            let n = tx.execute(
                "UPDATE classes SET class_teacher_id = ?2 WHERE id = ?1 AND class_teacher_id IS NOT ?2",
                params![class_id, id],
            )?;
            if n > 0 && outcome == Outcome::Unchanged {
                outcome = Outcome::Updated;
            }
        }
        Ok(outcome)
    }
}
