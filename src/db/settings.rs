//! The school's settings (key/value, with the defaults a new journal starts with).

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

use crate::error::stored;

/// One setting.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Setting {
    pub key: String,
    pub value: String,
}

impl Setting {
    /// One row of `key, value`.
    fn from_row(r: &Row) -> rusqlite::Result<Setting> {
        Ok(Setting {
            key: r.get(0)?,
            value: r.get(1)?,
        })
    }
}

/// A setting's value.
pub fn setting(conn: &Connection, key: &str) -> Result<String> {
    conn.query_row("SELECT value FROM settings WHERE key = ?1", [key], |r| {
        r.get(0)
    })
    .with_context(|| crate::t!("db-reading-setting", key = key.to_string()))
}

/// Every setting, by key.
pub fn all_settings(conn: &Connection) -> Result<Vec<Setting>> {
    let mut stmt = conn.prepare("SELECT key, value FROM settings ORDER BY key")?;
    let rows = stmt.query_map([], Setting::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-settings"))
}

/// Add a setting (a new journal's defaults).
pub fn add_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "INSERT INTO settings (key, value) VALUES (?1, ?2)",
        params![key, value],
    )
    .with_context(|| crate::t!("db-adding-setting", key = key.to_string()))?;
    Ok(())
}

/// Change a setting's value (the caller has checked it).
pub fn set_setting(conn: &Connection, key: &str, value: &str) -> Result<()> {
    conn.execute(
        "UPDATE settings SET value = ?2 WHERE key = ?1",
        params![key, value],
    )
    .with_context(|| crate::t!("db-changing-setting", key = key.to_string()))?;
    Ok(())
}

/// A setting that holds a date; one that does not read back is an error naming it.
fn date_setting(conn: &Connection, key: &str) -> Result<NaiveDate> {
    let text = setting(conn, key)?;
    Ok(super::decode::parse(
        "settings",
        crate::t!("error-row-key", key = key),
        &text,
    )?)
}

/// The academic year's first and last day.
pub fn year_bounds(conn: &Connection) -> Result<(NaiveDate, NaiveDate)> {
    Ok((
        date_setting(conn, "year_start")?,
        date_setting(conn, "year_end")?,
    ))
}

/// Study days a week: 5 (Monday–Friday) or 6 (Monday–Saturday).
pub fn week_days(conn: &Connection) -> Result<u32> {
    let text = setting(conn, "week_days")?;
    match text.trim().parse() {
        Ok(n @ (5 | 6)) => Ok(n),
        _ => Err(stored(
            "settings",
            crate::t!("error-row-key", key = "week_days"),
            crate::t!("settings-stored-week-days", value = text.as_str()),
        )
        .into()),
    }
}
