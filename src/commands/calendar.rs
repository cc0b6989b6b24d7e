//! `ejournal calendar`: periods, holidays and days off.

use anyhow::Result;
use chrono::NaiveDate;

use crate::context::Ctx;
use crate::db;
use crate::db::lock::{calendar_message, LockState};
use crate::db::periods::grades_text;
use crate::domain::calendar::{parse_grades, parse_period_arg, CalendarKind, Grades, PeriodCode};
use crate::domain::date::{parse_date_arg, ru};
use crate::error::usage;
use crate::render::{Cell, Rows};
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum CalendarCmd {
    /// List the periods, holidays and days off
    ///
    /// Example: ejournal calendar show --format json
    Show,
    /// Change the dates of a period
    ///
    /// Example: ejournal calendar set-period Q1 --from 01.09.2023 --to 27.10.2023
    SetPeriod {
        /// Q1–Q4, H1, H2 or Y
        #[arg(value_parser = parse_period_arg)]
        period: PeriodCode,
        #[arg(long, value_parser = parse_date_arg)]
        from: NaiveDate,
        #[arg(long, value_parser = parse_date_arg)]
        to: NaiveDate,
    },
    /// Add holidays or a day off (a transferred day off: --from D --to D)
    ///
    /// Example: ejournal calendar add-holiday --from 17.02.2024 --to 25.02.2024 --grades 1
    AddHoliday {
        #[arg(long, value_parser = parse_date_arg)]
        from: NaiveDate,
        #[arg(long, value_parser = parse_date_arg)]
        to: NaiveDate,
        /// Only for these grades, like 1 or 1-4 [default: every grade]
        #[arg(long, value_parser = parse_grades)]
        grades: Option<Grades>,
        /// What it is, like "перенос выходного дня"
        #[arg(long, default_value = "")]
        name: String,
    },
    /// Remove a holiday by the id `calendar show` prints
    ///
    /// Example: ejournal calendar remove-holiday 7
    RemoveHoliday { id: i64 },
}

fn grades_label(code: PeriodCode) -> &'static str {
    if code.is_quarter() {
        "1–9"
    } else if code.is_semester() {
        "10–11"
    } else {
        "1–11"
    }
}

impl CalendarCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            CalendarCmd::Show => show(ctx),
            CalendarCmd::SetPeriod { period, from, to } => set_period(ctx, *period, *from, *to),
            CalendarCmd::AddHoliday {
                from,
                to,
                grades,
                name,
            } => add_holiday(
                ctx,
                *from,
                *to,
                grades.as_ref().map(|g| g.0.as_slice()),
                name,
            ),
            CalendarCmd::RemoveHoliday { id } => {
                let lock = LockState::load(&ctx.conn, ctx.today)?;
                let tx = db::begin_write(&mut ctx.conn, &ctx.who, None, ctx.today)?;
                let removed = db::periods::remove_holiday(&tx, *id).map_err(|e| {
                    calendar_message(e, &t!("calendar-what-remove-holiday", id = *id), &lock)
                })?;
                if !removed {
                    return Err(usage(t!("calendar-no-such-holiday", id = *id)));
                }
                db::commit(tx)?;
                ctx.say(t!("calendar-holiday-removed", id = *id));
                Ok(())
            }
        }
    }
}

fn show(ctx: &mut Ctx) -> Result<()> {
    let mut rows = Rows::new(&[
        ("kind", "Что"),
        ("id", "№"),
        ("code", "Код"),
        ("name", "Название"),
        ("from", "С"),
        ("to", "По"),
        ("grades", "Классы"),
    ]);
    let (start, end) = db::settings::year_bounds(&ctx.conn)?;
    rows.push(vec![
        kind_cell(CalendarKind::Year),
        Cell::Null,
        Cell::Null,
        Cell::text(crate::t!(
            "calendar-year-name",
            year = db::settings::setting(&ctx.conn, "academic_year")?
        )),
        Cell::Date(start),
        Cell::Date(end),
        Cell::text("1–11"),
    ]);
    let mut periods = db::periods::periods(&ctx.conn)?;
    periods.sort_by_key(|p| p.code);
    for p in periods {
        rows.push(vec![
            kind_cell(CalendarKind::Period),
            Cell::Null,
            Cell::text(p.code.code()),
            Cell::text(p.code.ru()),
            Cell::Date(p.starts_on),
            Cell::Date(p.ends_on),
            Cell::text(grades_label(p.code)),
        ]);
    }
    for h in db::periods::holidays(&ctx.conn)? {
        let kind = if h.is_day_off() {
            CalendarKind::DayOff
        } else {
            CalendarKind::Holiday
        };
        rows.push(vec![
            kind_cell(kind),
            Cell::Int(h.id),
            Cell::Null,
            Cell::text(h.name),
            Cell::Date(h.starts_on),
            Cell::Date(h.ends_on),
            Cell::text(grades_text(h.grades.as_deref()).unwrap_or_else(|| "1–11".into())),
        ]);
    }
    ctx.print(&rows)
}

/// A row's kind: its code for scripts, its label for people.
fn kind_cell(kind: CalendarKind) -> Cell {
    Cell::coded(kind.code(), kind.label())
}

fn check_in_year(ctx: &Ctx, from: NaiveDate, to: NaiveDate) -> Result<()> {
    if from > to {
        return Err(usage(t!(
            "calendar-from-after-to",
            from = ru(from),
            to = ru(to)
        )));
    }
    let (start, end) = db::settings::year_bounds(&ctx.conn)?;
    if from < start || to > end {
        return Err(usage(t!(
            "calendar-range-outside-year",
            from = ru(from),
            to = ru(to),
            start = ru(start),
            end = ru(end)
        )));
    }
    Ok(())
}

fn set_period(ctx: &mut Ctx, code: PeriodCode, from: NaiveDate, to: NaiveDate) -> Result<()> {
    check_in_year(ctx, from, to)?;
    let lock = LockState::load(&ctx.conn, ctx.today)?;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, None, ctx.today)?;
    db::periods::set_period_dates(&tx, code, from, to).map_err(|e| {
        let what = t!(
            "calendar-what-period",
            period = code.to_string(),
            from = ru(from),
            to = ru(to)
        );
        calendar_message(e, &what, &lock)
    })?;
    // Quarters within a grade level must not overlap.
    let overlaps = db::periods::overlapping_periods(&tx, code, from, to)?;
    // Quarters and semesters lie within the year period.
    let outside = db::periods::periods_outside_year(&tx)?;
    if !outside.is_empty() {
        return Err(usage(t!(
            "calendar-outside-year-period",
            periods = outside.join(", ")
        )));
    }
    if !overlaps.is_empty() {
        return Err(usage(t!(
            "calendar-periods-overlap",
            period = code.to_string(),
            from = ru(from),
            to = ru(to),
            others = overlaps.join(", ")
        )));
    }
    db::commit(tx)?;
    ctx.say(t!(
        "calendar-period-set",
        period = code.to_string(),
        name = code.ru().to_string(),
        from = ru(from),
        to = ru(to)
    ));
    Ok(())
}

fn add_holiday(
    ctx: &mut Ctx,
    from: NaiveDate,
    to: NaiveDate,
    grades: Option<&[u8]>,
    name: &str,
) -> Result<()> {
    check_in_year(ctx, from, to)?;
    let lock = LockState::load(&ctx.conn, ctx.today)?;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, None, ctx.today)?;
    let id = db::periods::add_holiday(&tx, from, to, grades, name.trim()).map_err(|e| {
        let what = t!("calendar-what-holiday", from = ru(from), to = ru(to));
        calendar_message(e, &what, &lock)
    })?;
    db::commit(tx)?;
    let who = match grades {
        Some(g) => t!(
            "calendar-holiday-grades",
            count = g.len(),
            grades = grades_text(Some(g)).unwrap_or_default()
        ),
        None => String::new(),
    };
    ctx.say(t!(
        "calendar-holiday-added",
        id = id,
        from = ru(from),
        to = ru(to),
        grades = who
    ));
    Ok(())
}
