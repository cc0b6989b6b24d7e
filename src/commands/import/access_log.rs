//! The portal's access log: who (a student or a parent, by ФИО) looked at the electronic
//! diary of which class on which day. `report fill-rate` counts the shares.

use anyhow::Result;
use rusqlite::Transaction;

use super::{Cells, Importer, Outcome};
use crate::db::access_log::record_view;
use crate::domain::date::{iso, parse_date};
use crate::domain::fio::PersonRef;
use crate::input::{Column, HeaderMap, Problems, Record};

pub const COLUMNS: &[Column] = &[
    Column::new("date", "Дата", "date", true).aka(&["дата входа", "дата просмотра"]),
    Column::new("class", "Класс", "class", true),
    Column::new("who", "Кто", "who", true).aka(&["фио", "пользователь"]),
    Column::new("role", "Роль", "role", true),
];

#[derive(Default)]
pub struct AccessLog {
    /// (date, class, who, role) → line, to refuse a row given twice
    seen: std::collections::HashMap<(String, i64, String, &'static str), u64>,
    bounds: Option<(chrono::NaiveDate, chrono::NaiveDate)>,
}

fn parse_role(s: &str) -> Result<&'static str, String> {
    match crate::domain::text::fold_key(s).as_str() {
        "ученик" | "учащийся" | "обучающийся" | "student" => Ok("student"),
        "родитель" | "законный представитель" | "parent" | "мать" | "отец" => {
            Ok("parent")
        }
        _ => Err(crate::t!("import-access-not-a-role", value = s)),
    }
}

impl Importer for AccessLog {
    fn kind(&self) -> &'static str {
        "access-log"
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
        if self.bounds.is_none() {
            self.bounds = Some(crate::db::settings::year_bounds(tx)?);
        }
        let (start, end) = self.bounds.unwrap_or_default();
        let c = Cells::new(rec, map);
        let before = p.len();
        let date = c
            .parsed("date", true, p, |s| {
                let d = parse_date(s)?;
                if d < start || d > end {
                    return Err(crate::t!(
                        "import-outside-year",
                        date = crate::domain::date::ru(d)
                    ));
                }
                Ok(d)
            })
            .flatten();
        let role = c.parsed("role", true, p, parse_role).flatten();
        let who = c.parsed("who", true, p, PersonRef::parse).flatten();
        let class = c.known_class(tx, p)?;
        let (Some(date), Some(role), Some(_), Some(class)) = (date, role, who, class) else {
            return Ok(Outcome::Bad);
        };
        if p.len() > before {
            return Ok(Outcome::Bad);
        }
        let who = c
            .text("who")
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        let key = (
            iso(date),
            class.id,
            crate::domain::text::fold_key(&who),
            role,
        );
        if let Some(line) = self.seen.insert(key, rec.line) {
            p.at(
                rec.line,
                None,
                crate::t!("import-duplicate-view", line = line),
            );
            return Ok(Outcome::Bad);
        }
        let added = record_view(tx, date, class.id, &who, role)?;
        Ok(if added {
            Outcome::Added
        } else {
            Outcome::Unchanged
        })
    }
}
