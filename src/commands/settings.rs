//! `ejournal settings`: the values a school's local act sets (rounding threshold,
//! accumulation minimum, study days a week), shown and changed.

use anyhow::Result;

use crate::context::Ctx;
use crate::db;
use crate::error::usage;
use crate::render::{Cell, Rows};

#[derive(Debug, clap::Subcommand)]
pub enum SettingsCmd {
    /// Show every setting
    ///
    /// Example: ejournal settings show
    Show,
    /// Change a setting: rounding_threshold, accumulation_per_hour, accumulation_base, week_days, school_name
    ///
    /// Example: ejournal settings set rounding_threshold 0.6
    Set {
        key: String,
        value: String,
        /// Why (kept in the audit trail)
        #[arg(long)]
        reason: Option<String>,
    },
}

/// What each changeable setting means, and the check its value must pass.
const EDITABLE: [(&str, &str); 6] = [
    (
        "rounding_threshold",
        "the suggested mark rounds up from this fraction (0.5: 3.5 → 4)",
    ),
    (
        "accumulation_per_hour",
        "minimum marks per quarter = this × hours a week + base",
    ),
    (
        "accumulation_base",
        "minimum marks per quarter = per_hour × hours a week + this",
    ),
    ("week_days", "study days a week: 5 or 6"),
    ("school_name", "the school's name, as documents print it"),
    (
        "entry_window_days",
        "days after the lesson day that entries are accepted (plus a work type's checking grace); later: a deputy's permit",
    ),
];

fn check(key: &str, value: &str) -> Result<String, String> {
    let num = |lo: f64, hi: f64| -> Result<String, String> {
        let v: f64 = value
            .replace(',', ".")
            .parse()
            .map_err(|_| format!("\"{value}\" is not a number"))?;
        if !(lo..=hi).contains(&v) {
            return Err(format!("{key} must be between {lo} and {hi}"));
        }
        Ok(v.to_string())
    };
    match key {
        "rounding_threshold" => num(0.01, 0.99),
        "accumulation_per_hour" => num(0.0, 10.0),
        "accumulation_base" => num(0.0, 20.0),
        "week_days" => match value.trim() {
            "5" | "6" => Ok(value.trim().to_string()),
            _ => Err("week_days is 5 or 6".into()),
        },
        "school_name" if !value.trim().is_empty() => Ok(value.trim().to_string()),
        "school_name" => Err("the school's name cannot be empty".into()),
        "entry_window_days" => match value.trim().parse::<i64>() {
            Ok(n) if (0..=365).contains(&n) => Ok(n.to_string()),
            _ => Err("entry_window_days is a number of days, 0–365".into()),
        },
        "locked_until" | "lock_older_than" => {
            Err("the lock is moved with `ejournal lock` and `ejournal unlock`".into())
        }
        _ => Err(format!(
            "\"{key}\" is not a setting that can be changed (one of: {})",
            EDITABLE.iter().map(|e| e.0).collect::<Vec<_>>().join(", ")
        )),
    }
}

impl SettingsCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            SettingsCmd::Show => {
                let mut rows = Rows::new(&[
                    ("key", "Параметр"),
                    ("value", "Значение"),
                    ("meaning", "Что значит"),
                ]);
                for setting in db::settings::all_settings(&ctx.conn)? {
                    let meaning = EDITABLE
                        .iter()
                        .find(|e| e.0 == setting.key)
                        .map(|e| e.1)
                        .unwrap_or("");
                    rows.push(vec![
                        Cell::text(setting.key),
                        Cell::text(setting.value),
                        Cell::opt_text(meaning),
                    ]);
                }
                ctx.print(&rows)
            }
            SettingsCmd::Set { key, value, reason } => {
                let value = check(key, value).map_err(usage)?;
                // The window decides what is a late entry: only a deputy moves it.
                if key == "entry_window_days" {
                    super::roles::require_deputy(ctx, "change the entry window")?;
                }
                let tx = db::begin_write(&mut ctx.conn, &ctx.who, reason.as_deref(), ctx.today)?;
                db::settings::set_setting(&tx, key, &value)?;
                db::commit(tx)?;
                ctx.say(format!("{key} = {value}"));
                Ok(())
            }
        }
    }
}
