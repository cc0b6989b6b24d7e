//! `ejournal audit`: the audit trail — who changed what, when, the value before and after,
//! and why. Written by triggers only; nothing can rewrite it.

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;
use serde_json::Value;

use crate::context::Ctx;
use crate::db::classes::class_required;
use crate::db::journal::Index;
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{from_iso, iso, parse_date_arg, ru};
use crate::error::usage;
use crate::render::{Cell, Rows};

#[derive(Debug, clap::Args)]
pub struct Audit {
    /// Only changes in this class
    #[arg(long, value_parser = parse_class_arg)]
    pub class: Option<ClassName>,
    /// Only changes for this student (needs --class)
    #[arg(long, requires = "class")]
    pub student: Option<String>,
    /// Only changes made on or after this date
    #[arg(long, value_parser = parse_date_arg)]
    pub since: Option<NaiveDate>,
    /// Only this kind: mark, absence, lesson, final_mark, lock, enrolment, period, holiday, setting
    #[arg(long)]
    pub entity: Option<String>,
}

impl Audit {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        const ENTITIES: [&str; 9] = [
            "mark",
            "absence",
            "lesson",
            "final_mark",
            "lock",
            "enrolment",
            "period",
            "holiday",
            "setting",
        ];
        if let Some(e) = &self.entity {
            if !ENTITIES.contains(&e.as_str()) {
                return Err(usage(format!(
                    "\"{e}\" is not something the audit records (one of: {})",
                    ENTITIES.join(", ")
                )));
            }
        }
        let class = match &self.class {
            Some(c) => Some(class_required(&ctx.conn, c)?),
            None => None,
        };
        let student_id = match (&class, &self.student) {
            (Some(c), Some(s)) => {
                Some(Index::new(&ctx.conn, ctx.today)?.student(&ctx.conn, c, s)??)
            }
            _ => None,
        };
        let mut rows = Rows::new(&[
            ("id", "№"),
            ("at", "Когда"),
            ("actor", "Кто"),
            ("entity", "Что"),
            ("action", "Действие"),
            ("class", "Класс"),
            ("student", "Ученик"),
            ("subject", "Предмет"),
            ("date", "Дата"),
            ("before", "Было"),
            ("after", "Стало"),
            ("reason", "Причина"),
        ]);
        let mut stmt = ctx.conn.prepare(
            "SELECT a.id, a.at, a.actor, a.entity, a.action, coalesce(cl.name, ''),
                    coalesce(st.last_name || ' ' || st.first_name || ' ' || st.middle_name, ''),
                    a.before, a.after, coalesce(a.reason, ''),
                    -- a mark's insert keeps ids only: name them
                    json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name,
                                'work_type', w.name, 'mark', json_extract(a.after, '$.mark'))
             FROM audit_log a LEFT JOIN classes cl ON cl.id = a.class_id LEFT JOIN students st ON st.id = a.student_id
             LEFT JOIN lessons l ON a.entity = 'mark' AND a.action = 'insert' AND l.id = json_extract(a.after, '$.lesson_id')
             LEFT JOIN courses c ON c.id = l.course_id LEFT JOIN subjects sub ON sub.id = c.subject_id
             LEFT JOIN work_types w ON a.entity = 'mark' AND a.action = 'insert' AND w.id = json_extract(a.after, '$.work_type_id')
             WHERE (?1 IS NULL OR a.class_id = ?1) AND (?2 IS NULL OR a.student_id = ?2) AND a.at >= ?3
               AND (?4 IS NULL OR a.entity = ?4)
             ORDER BY a.id",
        )?;
        let list = stmt.query_map(
            params![
                class.as_ref().map(|c| c.id),
                student_id,
                self.since.map(iso).unwrap_or_default(),
                self.entity.as_deref()
            ],
            |r| {
                let entity: String = r.get(3)?;
                let before: Option<String> = r.get(7)?;
                let after: Option<String> = r.get(8)?;
                let named: String = r.get(10)?;
                let after = if entity == "mark"
                    && after.as_deref().is_some_and(|a| a.contains("lesson_id"))
                {
                    Some(named)
                } else {
                    after
                };
                let parse = |s: &Option<String>| {
                    s.as_deref()
                        .and_then(|s| serde_json::from_str::<Value>(s).ok())
                };
                let (b, a) = (parse(&before), parse(&after));
                let either = a.as_ref().or(b.as_ref());
                let field = |k: &str| {
                    either
                        .and_then(|v| v.get(k))
                        .and_then(Value::as_str)
                        .unwrap_or("")
                        .to_string()
                };
                let date = field("date");
                Ok(vec![
                    Cell::Int(r.get(0)?),
                    Cell::text(r.get::<_, String>(1)?),
                    Cell::text(r.get::<_, String>(2)?),
                    Cell::text(&entity),
                    Cell::text(r.get::<_, String>(4)?),
                    Cell::opt_text(r.get::<_, String>(5)?),
                    Cell::opt_text(r.get::<_, String>(6)?.trim()),
                    Cell::opt_text(field("subject")),
                    if date.is_empty() {
                        Cell::Null
                    } else {
                        Cell::Date(from_iso(&date))
                    },
                    Cell::opt_text(b.map(|v| describe(&entity, &v)).unwrap_or_default()),
                    Cell::opt_text(a.map(|v| describe(&entity, &v)).unwrap_or_default()),
                    Cell::opt_text(r.get::<_, String>(9)?),
                ])
            },
        )?;
        for r in list {
            rows.push(r?);
        }
        ctx.print(&rows)
    }
}

/// The value part of an audit record, as a deputy reads it.
fn describe(entity: &str, v: &Value) -> String {
    let s = |k: &str| {
        v.get(k)
            .map(|x| match x {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            })
            .unwrap_or_default()
    };
    match entity {
        "mark" => format!("{} ({})", s("mark"), s("work_type")),
        "absence" => format!("{} (урок {})", s("code"), s("lesson_no")),
        "lesson" => {
            let sub = s("substitute");
            format!(
                "тема: {}; д/з: {}{}",
                s("topic"),
                s("homework"),
                if sub.trim().is_empty() {
                    String::new()
                } else {
                    format!("; замена: {}", sub.trim())
                }
            )
        }
        "final_mark" => format!("{}: {}", s("period"), s("mark")),
        "enrolment" => {
            let to = s("to");
            format!(
                "{} с {}{}",
                s("class"),
                ru(from_iso(&s("from"))),
                if to.is_empty() {
                    String::new()
                } else {
                    format!(" по {}", ru(from_iso(&to)))
                }
            )
        }
        _ => v
            .as_object()
            .map(|o| {
                o.iter()
                    .map(|(k, x)| {
                        format!(
                            "{k}={}",
                            x.as_str()
                                .map(str::to_string)
                                .unwrap_or_else(|| x.to_string())
                        )
                    })
                    .collect::<Vec<_>>()
                    .join(", ")
            })
            .unwrap_or_default(),
    }
}
