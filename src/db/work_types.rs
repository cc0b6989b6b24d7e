//! Work types (виды работ): what a mark was given for, with its weight in the weighted
//! average and the days a written work may take to be checked.

use anyhow::{Context, Result};
use rusqlite::{params, Connection};

/// Add a work type at a position in the list (a new journal's defaults).
pub fn add_work_type(
    conn: &Connection,
    name: &str,
    weight: f64,
    grace_days: i64,
    position: i64,
) -> Result<()> {
    conn.execute(
        "INSERT INTO work_types (name, weight, grace_days, position) VALUES (?1, ?2, ?3, ?4)",
        params![name, weight, grace_days, position],
    )
    .with_context(|| crate::t!("db-adding-work-type", name = name.to_string()))?;
    Ok(())
}
