//! Staff (сотрудники): teachers and others, their roles, and the class a class teacher leads.

use std::collections::HashMap;

use anyhow::Result;
use rusqlite::Transaction;

use super::names::{read_name, FIO, NAME_PARTS};
use super::{Cells, Importer, Outcome};
use crate::db::classes::{ensure_class, set_class_teacher};
use crate::db::staff::{insert_staff, staff_by_key, update_staff};
use crate::domain::class_name::ClassName;
use crate::domain::limits;
use crate::domain::roles::{is_deputy, parse_roles};
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    // The whole name in one cell, instead of Фамилия, Имя, Отчество.
    Column::new(FIO, "ФИО", "full_name", false)
        .aka(&[
            "ф.и.о.",
            "ф. и. о.",
            "фамилия имя отчество",
            "фамилия, имя, отчество",
            "фио сотрудника",
            "фио педагога",
            "фио учителя",
            "фио работника",
        ])
        .stands_for(NAME_PARTS)
        .excludes(NAME_PARTS),
    Column::new("last_name", "Фамилия", "last_name", true).max(limits::NAME_PART),
    Column::new("first_name", "Имя", "first_name", true).max(limits::NAME_PART),
    Column::new("middle_name", "Отчество", "middle_name", false).max(limits::NAME_PART),
    Column::new("role", "Роль", "role", false).aka(&["должность", "роли", "roles", "position"]),
    Column::new("class", "Класс", "class", false).aka(&["классное руководство", "кл. руководство"]),
];

#[derive(Default)]
pub struct Staff {
    seen: HashMap<String, u64>,
    classes: HashMap<ClassName, u64>,
    /// Whether this import may give or take a deputy's or the director's role: only a deputy
    /// or the director may (the technician imports staff too, and must not make himself one).
    grants_deputies: bool,
}

impl Staff {
    /// An import by someone who may (`true`: a deputy, the director, or anyone while the
    /// journal has no staff yet) or may not give and take deputies' roles.
    pub fn granting(grants_deputies: bool) -> Staff {
        Staff {
            grants_deputies,
            ..Staff::default()
        }
    }
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
        let name = read_name(&c, p);
        if let Some((_, Some(_))) = &name {
            c.problem(
                FIO,
                p,
                crate::t!("staff-no-birth-dates", value = c.text(FIO)),
            );
        }
        // No roles in the file: a new person is a teacher, a known one keeps his roles.
        let given_roles = c
            .parsed("role", false, p, parse_roles)
            .flatten()
            .filter(|r| !r.is_empty());
        let class = c.parsed("class", false, p, ClassName::parse).flatten();
        let Some((fio, _)) = name.filter(|_| p.len() == before) else {
            return Ok(Outcome::Bad);
        };
        let key = fio.key();
        if let Some(line) = self.seen.insert(key.clone(), rec.line) {
            p.at(
                rec.line,
                None,
                crate::t!("staff-duplicate", name = fio.full(), line = line),
            );
            return Ok(Outcome::Bad);
        }
        if let Some(cl) = &class {
            if let Some(line) = self.classes.insert(cl.clone(), rec.line) {
                c.problem(
                    "class",
                    p,
                    crate::t!(
                        "staff-class-teacher-twice",
                        class = cl.to_string(),
                        line = line
                    ),
                );
                return Ok(Outcome::Bad);
            }
        }
        let existing = staff_by_key(tx, &key)?;
        let mut roles: Vec<&str> = match (&given_roles, &existing) {
            (Some(r), _) => r.clone(),
            (None, Some(old)) => old
                .roles
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
        let was_deputy = existing.as_ref().is_some_and(|old| is_deputy(&old.roles));
        if is_deputy(&roles) != was_deputy && !self.grants_deputies {
            c.not_allowed(
                "role",
                p,
                crate::t!("staff-deputy-roles", name = fio.full()),
            );
            return Ok(Outcome::Bad);
        }
        let (id, mut outcome) = match existing {
            None => (insert_staff(tx, &fio, &roles)?, Outcome::Added),
            Some(old) if old.fio == fio && old.roles == roles => (old.id, Outcome::Unchanged),
            Some(old) => {
                update_staff(tx, old.id, &fio, &roles)?;
                (old.id, Outcome::Updated)
            }
        };
        if let Some(cl) = class {
            let (class_id, _) = ensure_class(tx, &cl)?;
            if set_class_teacher(tx, class_id, id)? && outcome == Outcome::Unchanged {
                outcome = Outcome::Updated;
            }
        }
        Ok(outcome)
    }
}
