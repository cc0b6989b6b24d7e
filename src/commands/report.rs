//! `ejournal report`: the deputies' control reports, for people and for cron — `--out FILE`
//! writes a file (the format from its extension), `--fail-on-issues` exits with 3 when a
//! report found shortfalls.

use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;

use crate::context::Ctx;
use crate::db::calendar::SchoolCalendar;
use crate::db::classes::class_required;
use crate::db::people::{all_staff, find_person};
use crate::domain::calendar::{parse_period_arg, PeriodCode};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date_arg, ru};
use crate::domain::fio::PersonRef;
use crate::error::{usage, NameKind, EXIT_ISSUES, EXIT_OK};
use crate::render::report::fill::TeachersReport;
use crate::render::report::Report;
use crate::render::Format;
use crate::reports::scope::{month_label, month_range, period_label, range_label, Scope};
use crate::reports::{accumulation, attendance, fill_rate, forecast, progress};
use crate::t;

/// The range and the filters every report takes.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportArgs {
    /// A calendar month, like 2023-10
    #[arg(long, conflicts_with_all = ["period", "from", "to"])]
    pub month: Option<String>,
    /// A reporting period: Q1–Q4, H1, H2, Y
    #[arg(long, value_parser = parse_period_arg, conflicts_with_all = ["from", "to"])]
    pub period: Option<PeriodCode>,
    /// The whole school year (as --period Y)
    #[arg(long, conflicts_with_all = ["month", "period", "from", "to"])]
    pub year: bool,
    #[arg(long, value_parser = parse_date_arg, requires = "to")]
    pub from: Option<NaiveDate>,
    #[arg(long, value_parser = parse_date_arg, requires = "from")]
    pub to: Option<NaiveDate>,
    /// Only this class
    #[arg(long, value_parser = parse_class_arg)]
    pub class: Option<ClassName>,
    /// Only this teacher's courses (ФИО)
    #[arg(long)]
    pub teacher: Option<String>,
    /// Write to this file (xlsx, csv, json, or a table in any other) instead of stdout
    #[arg(long)]
    pub out: Option<PathBuf>,
    /// Exit with 3 when the report found shortfalls (for cron alerts)
    #[arg(long)]
    pub fail_on_issues: bool,
}

impl ReportArgs {
    fn scope(&self, ctx: &Ctx) -> Result<Scope> {
        let cal = SchoolCalendar::load(&ctx.conn)?;
        let period = if self.year {
            Some(PeriodCode::Y)
        } else {
            self.period
        };
        let (from, to, label, period) = match (&self.month, period, self.from, self.to) {
            (Some(m), ..) => {
                let (a, b) = month_range(m).map_err(usage)?;
                (a, b, month_label(a), None)
            }
            (None, Some(p), ..) => {
                let (a, b) = cal.period(p)?;
                (a, b, period_label(p, a, b), Some(p))
            }
            (None, None, Some(a), Some(b)) => {
                if a > b {
                    return Err(usage(t!("report-from-after-to", from = ru(a), to = ru(b))));
                }
                (a, b, range_label(a, b), None)
            }
            _ => return Err(usage(t!("report-range-missing"))),
        };
        // A range with no day of this journal's year would report zeros: a false all-clear
        // for a cron job pointed at the wrong journal or month.
        let (year_from, year_to) = cal.period(PeriodCode::Y)?;
        if to < year_from || from > year_to {
            return Err(usage(t!(
                "report-outside-year",
                range = label.as_str(),
                from = ru(year_from),
                to = ru(year_to)
            )));
        }
        let class_id = match &self.class {
            Some(c) => {
                let row = class_required(&ctx.conn, c)?;
                if let Some(p) = period {
                    cal.check_period_for_grade(p, row.grade, &row.name)?;
                }
                Some(row.id)
            }
            None => None,
        };
        let teacher_id = match &self.teacher {
            Some(t) => {
                let staff = all_staff(&ctx.conn)?;
                let who = PersonRef::parse(t).map_err(usage)?;
                Some(find_person(&staff, &who, NameKind::Teacher, &t!("people-what-staff"))?.id)
            }
            None => None,
        };
        Ok(Scope {
            from,
            to,
            label,
            period,
            class_id,
            teacher_id,
            today: ctx.today,
        })
    }
}

#[derive(Debug, clap::Subcommand)]
pub enum ReportCmd {
    /// How the journal is kept: topics, homework, marks per student, marks on time, teachers
    ///
    /// Example: ejournal report fill-rate --month 2023-10 --out fill-rate.xlsx --fail-on-issues
    FillRate(#[command(flatten)] ReportArgs),
    /// Analysis of the teachers' work with the journal (Анализ работы с классным журналом):
    /// per teacher the lessons given and recorded on the lesson day, homework, marks and marks
    /// on time, students without marks, open and overdue remarks; the school's share of
    /// teachers who kept the journal
    ///
    /// Example: ejournal report teachers --month 2023-10 --out teachers.pdf
    Teachers(#[command(flatten)] ReportArgs),
    /// Students below the accumulation minimum of marks, per course (needs --period)
    ///
    /// Example: ejournal report accumulation --period Q1 --class 5А
    Accumulation(#[command(flatten)] ReportArgs),
    /// Progress from final marks: успеваемость, качество знаний, СОУ, and the lists (needs --period)
    ///
    /// Example: ejournal report progress --period Q1 --format json
    Progress(#[command(flatten)] ReportArgs),
    /// Attendance: missed lessons by code, lateness, whole days missed, per student and class
    ///
    /// Example: ejournal report attendance --from 01.10.2023 --to 14.10.2023 --class 5А
    Attendance(#[command(flatten)] ReportArgs),
    /// Forecast of period marks with who is at risk and why (needs --period)
    ///
    /// Example: ejournal report forecast --period Q1 --as-of 13.10.2023
    Forecast {
        #[command(flatten)]
        args: ReportArgs,
        /// The day to forecast from [default: today]
        #[arg(long, value_parser = parse_date_arg)]
        as_of: Option<NaiveDate>,
    },
}

impl ReportCmd {
    /// Returns the exit code: 3 when --fail-on-issues and shortfalls were found.
    pub fn run(&self, ctx: &mut Ctx) -> Result<i32> {
        let args = match self {
            ReportCmd::FillRate(a)
            | ReportCmd::Teachers(a)
            | ReportCmd::Accumulation(a)
            | ReportCmd::Progress(a)
            | ReportCmd::Attendance(a) => a,
            ReportCmd::Forecast { args, .. } => args,
        };
        let scope = args.scope(ctx)?;
        let need_period = |name: &str| -> Result<PeriodCode> {
            scope
                .period
                .ok_or_else(|| usage(t!("report-needs-period", report = name)))
        };
        let conn = &ctx.conn;
        let report = match self {
            ReportCmd::FillRate(_) => Report::from(&fill_rate::compute(conn, &scope)?),
            ReportCmd::Teachers(_) => {
                Report::from(TeachersReport(&fill_rate::compute(conn, &scope)?))
            }
            ReportCmd::Accumulation(_) => Report::from(&accumulation::compute(
                conn,
                &scope,
                need_period("accumulation")?,
            )?),
            ReportCmd::Progress(_) => {
                Report::from(&progress::compute(conn, &scope, need_period("progress")?)?)
            }
            ReportCmd::Attendance(_) => Report::from(&attendance::compute(conn, &scope)?),
            ReportCmd::Forecast { as_of, .. } => Report::from(&forecast::compute(
                conn,
                &scope,
                need_period("forecast")?,
                as_of.unwrap_or(ctx.today),
            )?),
        }
        .of_journal(ctx.kind);
        // A training journal's table and workbook carry the notice; CSV and JSON stay data
        // only, and the notice goes to stderr.
        let format = Report::format_for(ctx.format_given, args.out.as_deref())?;
        if matches!(format, Format::Csv | Format::Json) {
            ctx.notice_for(format)?;
        }
        report.emit(ctx.format_given, args.out.as_deref())?;
        if let Some(out) = &args.out {
            ctx.say(t!(
                "report-written",
                path = out.display().to_string(),
                count = report.issues
            ));
        }
        Ok(if args.fail_on_issues && report.issues > 0 {
            EXIT_ISSUES
        } else {
            EXIT_OK
        })
    }
}
