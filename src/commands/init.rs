//! `ejournal init`: a new journal file with the default calendar, work types and settings.

use std::path::Path;

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::Connection;

use crate::db;
use crate::db::periods::Period;
use crate::domain::calendar::{federal_calendar, AcademicYear};
use crate::domain::date::iso;
use crate::domain::journal::JournalKind;
use crate::domain::work_types::{DEFAULT_SETTINGS, DEFAULT_WORK_TYPES};

#[derive(Debug, clap::Args)]
pub struct Init {
    /// The school's name, as documents print it
    #[arg(long)]
    pub school: String,
    /// The academic year, like 2023/2024
    #[arg(long, value_parser = AcademicYear::parse)]
    pub year: AcademicYear,
    /// The school works six days a week (Monday–Saturday)
    #[arg(long)]
    pub six_day_week: bool,
    /// A training journal (учебный журнал), for rehearsal: only there may EJOURNAL_TODAY fix
    /// today, and every output says it is not a document. Set once, never changed.
    #[arg(long)]
    pub training: bool,
}

impl Init {
    /// The kind of journal this makes.
    pub fn kind(&self) -> JournalKind {
        if self.training {
            JournalKind::Training
        } else {
            JournalKind::Real
        }
    }

    pub fn run(&self, path: &Path, actor: &str, quiet: bool, today: NaiveDate) -> Result<()> {
        let conn = create_journal(
            path,
            &self.school,
            self.year,
            self.six_day_week,
            self.kind(),
            actor,
            today,
        )?;
        if !quiet {
            let size = db::periods::calendar_size(&conn)?;
            eprintln!(
                "{}",
                crate::t!(
                    "init-created",
                    path = path.display().to_string(),
                    school = self.school.as_str(),
                    year = self.year.label(),
                    periods = size.periods,
                    holidays = size.holidays,
                    work_types = DEFAULT_WORK_TYPES.len()
                )
            );
        }
        Ok(())
    }
}

/// Create a journal: schema, settings, the federal calendar for the year, work types.
pub fn create_journal(
    path: &Path,
    school: &str,
    year: AcademicYear,
    six_day_week: bool,
    kind: JournalKind,
    actor: &str,
    today: NaiveDate,
) -> Result<Connection> {
    let school = school.trim();
    if school.is_empty() {
        return Err(crate::error::usage(crate::t!("init-school-empty")));
    }
    // Every document prints it.
    crate::domain::limits::check_text(school, crate::domain::limits::CELL)
        .map_err(|e| crate::error::usage(crate::t!("init-school-invalid", error = e)))?;
    let mut conn = db::create(path)?;
    let result = fill_defaults(&mut conn, school, year, six_day_week, kind, actor, today);
    if let Err(e) = result {
        drop(conn);
        // A half-made journal is worse than none.
        for suffix in ["", "-wal", "-shm"] {
            let mut p = path.as_os_str().to_owned();
            p.push(suffix);
            let _ = std::fs::remove_file(p);
        }
        return Err(e);
    }
    Ok(conn)
}

fn fill_defaults(
    conn: &mut Connection,
    school: &str,
    year: AcademicYear,
    six_day_week: bool,
    kind: JournalKind,
    actor: &str,
    today: NaiveDate,
) -> Result<()> {
    let tx = db::begin_write(conn, &db::Who::himself(actor), Some("init"), today)?;
    db::journal_kind::set_kind(&tx, kind)?;
    let (start, end) = year.default_bounds();
    let mut settings: Vec<(&str, String)> = vec![
        ("school_name", school.to_string()),
        ("academic_year", year.label()),
        ("year_start", iso(start)),
        ("year_end", iso(end)),
        ("created_by", actor.to_string()),
    ];
    for (k, v) in DEFAULT_SETTINGS {
        let v = if k == "week_days" && six_day_week {
            "6"
        } else {
            v
        };
        settings.push((k, v.to_string()));
    }
    for (k, v) in &settings {
        db::settings::add_setting(&tx, k, v)?;
    }
    let cal = federal_calendar(year);
    for &(code, starts_on, ends_on) in &cal.periods {
        db::periods::add_period(
            &tx,
            &Period {
                code,
                starts_on,
                ends_on,
            },
        )?;
    }
    for h in &cal.holidays {
        db::periods::add_holiday(&tx, h.from, h.to, h.grades.as_deref(), &h.name)?;
    }
    for (i, (name, weight, grace)) in DEFAULT_WORK_TYPES.iter().enumerate() {
        db::work_types::add_work_type(&tx, name, *weight, *grace, i as i64 + 1)?;
    }
    db::commit(tx).context(crate::t!("init-writing"))
}
