//! `ejournal audit`: the audit trail — who changed what, when, the value before and after,
//! and why. Written by triggers only; nothing can rewrite it.

use anyhow::Result;
use chrono::NaiveDate;
use serde_json::Value;

use crate::context::Ctx;
use crate::db::audit::{action_label, each_audit_record, entity_label, AuditFilter, AuditRow};
use crate::db::classes::class_required;
use crate::db::resolve::Index;
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date_arg, parse_iso, ru};
use crate::error::{stored, usage};
use crate::render::stream::RowStream;
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
    /// Only this kind: mark, absence, lesson, final_mark, lock, enrolment, period, holiday,
    /// setting, permit, staff
    #[arg(long)]
    pub entity: Option<String>,
}

impl Audit {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        const ENTITIES: [&str; 11] = [
            "mark",
            "absence",
            "lesson",
            "final_mark",
            "lock",
            "enrolment",
            "period",
            "holiday",
            "setting",
            "permit",
            "staff",
        ];
        if let Some(e) = &self.entity {
            if !ENTITIES.contains(&e.as_str()) {
                return Err(usage(crate::t!(
                    "audit-entity-unknown",
                    entity = e.as_str(),
                    entities = ENTITIES.join(", ")
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
        let rows = Rows::new(&[
            ("id", "№"),
            ("at", "Когда"),
            ("actor", "Кто"),
            ("entered_by", "Внёс за него"),
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
        let filter = AuditFilter {
            class_id: class.as_ref().map(|c| c.id),
            student_id,
            since: self.since,
            entity: self.entity.as_deref(),
        };
        // A million marks' trail is written as it is read, never held (CSV, JSON).
        ctx.notice_for(ctx.format)?;
        crate::db::reading_through(&ctx.conn)?;
        let stdout = std::io::stdout();
        let mut out = stdout.lock();
        let mut stream = RowStream::new(rows, ctx.format, &mut out)?;
        each_audit_record(&ctx.conn, &filter, |record| {
            stream.push(audit_cells(record)?)
        })?;
        stream.finish()
    }
}

/// A stored date in an audit record, or an error naming the record.
fn stored_date(id: i64, s: &str) -> Result<NaiveDate> {
    parse_iso(s).map_err(|e| stored("audit_log", format_args!("id {id}"), e).into())
}

/// One audit record as a row of the listing.
fn audit_cells(r: AuditRow) -> Result<Vec<Cell>> {
    // A mark's insert keeps ids only: show it named.
    let after = if r.entity == "mark" && r.after.as_deref().is_some_and(|a| a.contains("lesson_id"))
    {
        Some(r.named_mark.clone())
    } else {
        r.after.clone()
    };
    // The triggers write JSON: anything else was written outside the tool.
    let parse = |s: &Option<String>| -> Result<Option<Value>> {
        s.as_deref()
            .map(|s| {
                serde_json::from_str::<Value>(s).map_err(|e| {
                    stored("audit_log", format_args!("id {}", r.id), e.to_string()).into()
                })
            })
            .transpose()
    };
    let (b, a) = (parse(&r.before)?, parse(&after)?);
    let either = a.as_ref().or(b.as_ref());
    let field = |k: &str| {
        either
            .and_then(|v| v.get(k))
            .and_then(Value::as_str)
            .unwrap_or("")
            .to_string()
    };
    let date = field("date");
    let describe = |v: Option<Value>| -> Result<String> {
        Ok(match v {
            Some(v) => describe(r.id, &r.entity, &v)?,
            None => String::new(),
        })
    };
    Ok(vec![
        Cell::Int(r.id),
        Cell::text(&r.at),
        Cell::text(&r.actor),
        Cell::opt_text(&r.entered_by),
        Cell::coded(&r.entity, entity_label(&r.entity)),
        Cell::coded(&r.action, action_label(&r.action)),
        Cell::opt_text(&r.class),
        Cell::opt_text(r.student.trim()),
        Cell::opt_text(field("subject")),
        if date.is_empty() {
            Cell::Null
        } else {
            Cell::Date(stored_date(r.id, &date)?)
        },
        Cell::opt_text(describe(b)?),
        Cell::opt_text(describe(a)?),
        Cell::opt_text(&r.reason),
    ])
}

/// The value part of an audit record, as a deputy reads it.
fn describe(id: i64, entity: &str, v: &Value) -> Result<String> {
    let s = |k: &str| {
        v.get(k)
            .map(|x| match x {
                Value::String(s) => s.clone(),
                Value::Null => String::new(),
                other => other.to_string(),
            })
            .unwrap_or_default()
    };
    Ok(match entity {
        "mark" => format!("{} ({})", s("mark"), s("work_type")),
        "absence" => format!("{} (урок {})", s("code"), s("lesson_no")),
        // The record of a lesson as given (`lesson confirm`): before, not recorded.
        "lesson" if v.get("recorded").is_some() => match s("recorded") {
            r if r.is_empty() => "не записан".to_string(),
            r => format!(
                "записан как проведённый {}; тема: {}; д/з: {}",
                r.replace('T', " "),
                s("topic"),
                s("homework")
            ),
        },
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
                ru(stored_date(id, &s("from"))?),
                if to.is_empty() {
                    String::new()
                } else {
                    format!(" по {}", ru(stored_date(id, &to)?))
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
    })
}
