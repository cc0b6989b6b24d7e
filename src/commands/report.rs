//! `ejournal report`: the deputies' control reports, for people and for cron — `--out FILE`
//! writes a file (the format from its extension), `--fail-on-issues` exits with 3 when a
//! report found shortfalls. `ejournal remark`: a deputy's remarks on a course's journal.

use crate::error::NameKind;
use std::path::PathBuf;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::params;

use crate::context::Ctx;
use crate::db::calendar::SchoolCalendar;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::people::{all_staff, find_person};
use crate::db::{self};
use crate::domain::calendar::{parse_period_arg, PeriodCode};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{from_iso, iso, parse_date_arg, ru};
use crate::domain::fio::PersonRef;
use crate::error::{usage, EXIT_ISSUES, EXIT_OK};
use crate::render::{Cell, Rows};
use crate::reports::control::{self, month_range, Scope};

/// The range and the filters every report takes.
#[derive(Debug, Clone, clap::Args)]
pub struct ReportArgs {
    /// A calendar month, like 2023-10
    #[arg(long, conflicts_with_all = ["period", "from", "to"])]
    pub month: Option<String>,
    /// A reporting period: Q1–Q4, H1, H2, Y
    #[arg(long, value_parser = parse_period_arg, conflicts_with_all = ["from", "to"])]
    pub period: Option<PeriodCode>,
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
        let (from, to, label, period) = match (&self.month, self.period, self.from, self.to) {
            (Some(m), ..) => {
                let (a, b) = month_range(m).map_err(usage)?;
                (a, b, a.format("%m.%Y").to_string(), None)
            }
            (None, Some(p), ..) => {
                let (a, b) = cal.period(p)?;
                (a, b, format!("{} ({} – {})", p.ru(), ru(a), ru(b)), Some(p))
            }
            (None, None, Some(a), Some(b)) => {
                if a > b {
                    return Err(usage(format!("--from {} is after --to {}", ru(a), ru(b))));
                }
                (a, b, format!("{} – {}", ru(a), ru(b)), None)
            }
            _ => {
                return Err(usage(
                    "give the range: --month 2023-10, --period Q1, or --from D --to D",
                ))
            }
        };
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
                Some(
                    find_person(&staff, &who, NameKind::Teacher, "member of staff")
                        .map_err(usage)?
                        .id,
                )
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
            | ReportCmd::Accumulation(a)
            | ReportCmd::Progress(a)
            | ReportCmd::Attendance(a) => a,
            ReportCmd::Forecast { args, .. } => args,
        };
        let scope = args.scope(ctx)?;
        let need_period = |name: &str| -> Result<PeriodCode> {
            scope.period.ok_or_else(|| {
                usage(format!(
                    "report {name} is for a period: give --period Q1|…|Y"
                ))
            })
        };
        let report = match self {
            ReportCmd::FillRate(_) => control::fill_rate(&ctx.conn, &scope)?,
            ReportCmd::Accumulation(_) => {
                control::accumulation(&ctx.conn, &scope, need_period("accumulation")?)?
            }
            ReportCmd::Progress(_) => {
                control::progress(&ctx.conn, &scope, need_period("progress")?)?
            }
            ReportCmd::Attendance(_) => control::attendance(&ctx.conn, &scope)?,
            ReportCmd::Forecast { as_of, .. } => control::forecast(
                &ctx.conn,
                &scope,
                need_period("forecast")?,
                as_of.unwrap_or(ctx.today),
            )?,
        };
        report.emit(ctx.format_given, args.out.as_deref())?;
        if let Some(out) = &args.out {
            ctx.say(format!(
                "{}: {} shortfall(s) found",
                out.display(),
                report.issues
            ));
        }
        Ok(if args.fail_on_issues && report.issues > 0 {
            EXIT_ISSUES
        } else {
            EXIT_OK
        })
    }
}

#[derive(Debug, clap::Subcommand)]
pub enum RemarkCmd {
    /// A deputy's remark on how a course's journal is kept, with a deadline
    ///
    /// Example: ejournal remark add --class 5А --subject Математика --text "нет тем уроков за октябрь" --due 10.11.2023
    Add {
        #[arg(long, value_parser = parse_class_arg)]
        class: ClassName,
        #[arg(long)]
        subject: String,
        #[arg(long, default_value = "")]
        group: String,
        #[arg(long)]
        text: String,
        #[arg(long, value_parser = parse_date_arg)]
        due: NaiveDate,
    },
    /// List remarks
    ///
    /// Example: ejournal remark list --overdue
    List {
        /// Only those not resolved yet
        #[arg(long)]
        open: bool,
        /// Only those not resolved by their deadline
        #[arg(long)]
        overdue: bool,
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
    },
    /// Mark a remark resolved
    ///
    /// Example: ejournal remark resolve 3
    Resolve { id: i64 },
}

impl RemarkCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            RemarkCmd::Add {
                class,
                subject,
                group,
                text,
                due,
            } => {
                if text.trim().is_empty() {
                    return Err(usage("--text must say what to fix"));
                }
                let class = class_required(&ctx.conn, class)?;
                let course = find_course(&ctx.conn, &class, subject, group)??;
                let tx = db::begin_write(&mut ctx.conn, &ctx.actor, None, ctx.today)?;
                tx.execute(
                    "INSERT INTO remarks (course_id, text, due, created_at, created_by)
                     VALUES (?1, ?2, ?3, (SELECT coalesce(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')) FROM session), ?4)",
                    params![course, text.trim(), iso(*due), ctx.actor],
                )?;
                let id = tx.last_insert_rowid();
                db::commit(tx)?;
                ctx.say(format!(
                    "remark {id}: {} {subject}, due {}",
                    class.name,
                    ru(*due)
                ));
                Ok(())
            }
            RemarkCmd::List {
                open,
                overdue,
                class,
            } => {
                let class_id = match class {
                    Some(c) => Some(class_required(&ctx.conn, c)?.id),
                    None => None,
                };
                let mut rows = Rows::new(&[
                    ("id", "№"),
                    ("class", "Класс"),
                    ("subject", "Предмет"),
                    ("group", "Группа"),
                    ("teacher", "Учитель"),
                    ("text", "Замечание"),
                    ("due", "Срок"),
                    ("created_by", "Кто"),
                    ("resolved_on", "Устранено"),
                    ("overdue", "Просрочено"),
                ]);
                let today = iso(ctx.today);
                let mut stmt = ctx.conn.prepare(
                    "SELECT r.id, cl.name, s.name, c.group_name, st.last_name || ' ' || st.first_name || ' ' || st.middle_name,
                            r.text, r.due, r.created_by, r.resolved_at
                     FROM remarks r JOIN courses c ON c.id = r.course_id JOIN classes cl ON cl.id = c.class_id
                     JOIN subjects s ON s.id = c.subject_id JOIN staff st ON st.id = c.teacher_id
                     WHERE (?1 IS NULL OR c.class_id = ?1) AND (NOT ?2 OR r.resolved_at IS NULL)
                       AND (NOT ?3 OR (r.resolved_at IS NULL AND r.due < ?4))
                     ORDER BY r.due, r.id",
                )?;
                let list = stmt.query_map(params![class_id, open, overdue, today], |r| {
                    let due: String = r.get(6)?;
                    let resolved: Option<String> = r.get(8)?;
                    Ok(vec![
                        Cell::Int(r.get(0)?),
                        Cell::text(r.get::<_, String>(1)?),
                        Cell::text(r.get::<_, String>(2)?),
                        Cell::text(r.get::<_, String>(3)?),
                        Cell::text(r.get::<_, String>(4)?.trim()),
                        Cell::text(r.get::<_, String>(5)?),
                        Cell::Date(from_iso(&due)),
                        Cell::text(r.get::<_, String>(7)?),
                        Cell::opt_date(
                            resolved.as_deref().map(|s| from_iso(&s[..10.min(s.len())])),
                        ),
                        Cell::Bool(resolved.is_none() && due < today),
                    ])
                })?;
                for r in list {
                    rows.push(r?);
                }
                ctx.print(&rows)
            }
            RemarkCmd::Resolve { id } => {
                let tx = db::begin_write(&mut ctx.conn, &ctx.actor, None, ctx.today)?;
                let n = tx.execute(
                    "UPDATE remarks SET resolved_at = (SELECT coalesce(now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')) FROM session),
                            resolved_by = ?2 WHERE id = ?1 AND resolved_at IS NULL",
                    params![id, ctx.actor],
                )?;
                if n == 0 {
                    return Err(usage(format!(
                        "there is no open remark {id} (see `ejournal remark list --open`)"
                    )));
                }
                db::commit(tx)?;
                ctx.say(format!("remark {id} resolved"));
                Ok(())
            }
        }
    }
}
