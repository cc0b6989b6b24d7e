//! `ejournal settings`: the values a school's local act sets (rounding threshold,
//! accumulation minimum, study days a week), shown and changed.

use anyhow::Result;

use crate::context::Ctx;
use crate::db;
use crate::error::usage;
use crate::render::{Cell, Rows};
use crate::t;

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
/// The settings that can be changed, and what each means (a message id).
const EDITABLE: [&str; 6] = [
    "rounding_threshold",
    "accumulation_per_hour",
    "accumulation_base",
    "week_days",
    "school_name",
    "entry_window_days",
];

/// What a setting means, in the user's language.
fn meaning(key: &str) -> Option<String> {
    Some(match key {
        "rounding_threshold" => t!("settings-meaning-rounding-threshold"),
        "accumulation_per_hour" => t!("settings-meaning-accumulation-per-hour"),
        "accumulation_base" => t!("settings-meaning-accumulation-base"),
        "week_days" => t!("settings-meaning-week-days"),
        "school_name" => t!("settings-meaning-school-name"),
        "entry_window_days" => t!("settings-meaning-entry-window-days"),
        _ => return None,
    })
}

fn check(key: &str, value: &str) -> Result<String, String> {
    let num = |lo: f64, hi: f64| -> Result<String, String> {
        let v: f64 = value
            .replace(',', ".")
            .parse()
            .map_err(|_| t!("settings-not-a-number", value = value))?;
        if !(lo..=hi).contains(&v) {
            return Err(t!("settings-out-of-range", key = key, lo = lo, hi = hi));
        }
        Ok(v.to_string())
    };
    match key {
        "rounding_threshold" => num(0.01, 0.99),
        "accumulation_per_hour" => num(0.0, 10.0),
        "accumulation_base" => num(0.0, 20.0),
        "week_days" => match value.trim() {
            "5" | "6" => Ok(value.trim().to_string()),
            _ => Err(t!("settings-week-days")),
        },
        "school_name" if !value.trim().is_empty() => Ok(value.trim().to_string()),
        "school_name" => Err(t!("settings-school-name-empty")),
        "entry_window_days" => match value.trim().parse::<i64>() {
            Ok(n) if (0..=365).contains(&n) => Ok(n.to_string()),
            _ => Err(t!("settings-entry-window-days")),
        },
        "locked_until" | "lock_older_than" => Err(t!("settings-lock-elsewhere")),
        _ => Err(t!(
            "settings-unknown",
            key = key,
            keys = EDITABLE.join(", ")
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
                    let meaning = meaning(&setting.key).unwrap_or_default();
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
                    super::roles::require_deputy(ctx, &t!("settings-what-entry-window"))?;
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
