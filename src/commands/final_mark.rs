//! `ejournal final`: final marks (итоговые отметки) of a period — the suggestion from the
//! weighted average, setting them one by one or accepting the suggestions, and listing.

use anyhow::Result;
use rusqlite::Connection;

use super::roles::{require_course, Reach};
use crate::context::Ctx;
use crate::db;
use crate::db::calendar::SchoolCalendar;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::finals::{list_finals, write_final, FinalKey};
use crate::db::lock::{lock_message, LockState};
use crate::db::resolve::{group_label, Index};
use crate::domain::calendar::{parse_period_arg, PeriodCode};
use crate::domain::class_name::{parse_class_arg, ClassName, Grade};
use crate::domain::date::ru;
use crate::domain::marks::FinalMark;
use crate::error::{refused, usage};
use crate::render::{Cell, Rows};
use crate::reports::suggestions::{compute, Scope, Suggestion};
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum FinalCmd {
    /// Suggest period marks: marks, weighted average and the mark it rounds to (or н/а)
    ///
    /// Example: ejournal final suggest --period Q1 --class 5А --subject Математика
    Suggest {
        #[arg(long, value_parser = parse_period_arg)]
        period: PeriodCode,
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
        #[arg(long, requires = "class")]
        subject: Option<String>,
        #[arg(long, default_value = "", requires = "subject")]
        group: String,
    },
    /// Set one student's final mark: 5 4 3 2 1 зч нз н/а осв
    ///
    /// Example: ejournal final set --period Q1 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 4
    Set {
        #[arg(long, value_parser = parse_period_arg)]
        period: PeriodCode,
        #[arg(long, value_parser = parse_class_arg)]
        class: ClassName,
        #[arg(long)]
        subject: String,
        #[arg(long, default_value = "")]
        group: String,
        #[arg(long)]
        student: String,
        #[arg(long, value_parser = FinalMark::parse)]
        mark: FinalMark,
        /// Why, when changing a mark already set (kept in the audit trail)
        #[arg(long)]
        reason: Option<String>,
    },
    /// Set the suggested marks that are not set yet
    ///
    /// Example: ejournal final accept --period Q1 --class 5А
    Accept {
        #[arg(long, value_parser = parse_period_arg)]
        period: PeriodCode,
        #[arg(long, value_parser = parse_class_arg)]
        class: ClassName,
        #[arg(long)]
        subject: Option<String>,
        #[arg(long, default_value = "", requires = "subject")]
        group: String,
    },
    /// List final marks
    ///
    /// Example: ejournal final list --period Q1 --class 5А --format csv
    List {
        #[arg(long, value_parser = parse_period_arg)]
        period: Option<PeriodCode>,
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
        #[arg(long, requires = "class")]
        subject: Option<String>,
        #[arg(long, default_value = "", requires = "subject")]
        group: String,
    },
}

/// The scope of a command, checking that the class reports by the period.
fn scope(
    conn: &Connection,
    period: PeriodCode,
    class: Option<&ClassName>,
    subject: Option<&str>,
    group: &str,
) -> Result<Scope> {
    let Some(class) = class else {
        return Ok(Scope::default());
    };
    let class = class_required(conn, class)?;
    SchoolCalendar::load(conn)?.check_period_for_grade(period, class.grade, &class.name)?;
    if !Grade(class.grade).has_marks() {
        return Err(usage(t!("final-grade-one", class = class.name.as_str())));
    }
    let course_id = match subject {
        Some(s) => Some(find_course(conn, &class, s, group)??),
        None => None,
    };
    Ok(Scope {
        class_id: Some(class.id),
        course_id,
    })
}

impl FinalCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            FinalCmd::Suggest {
                period,
                class,
                subject,
                group,
            } => {
                let scope = scope(
                    &ctx.conn,
                    *period,
                    class.as_ref(),
                    subject.as_deref(),
                    group,
                )?;
                let list = compute(&ctx.conn, *period, &scope, ctx.today)?;
                ctx.print(&suggestion_rows(&list))
            }
            FinalCmd::Set {
                period,
                class,
                subject,
                group,
                student,
                mark,
                reason,
            } => {
                let scope = scope(&ctx.conn, *period, Some(class), Some(subject), group)?;
                let course_id = scope.course_id.unwrap_or_default();
                let class_row = class_required(&ctx.conn, class)?;
                let course = format!("{} {subject}{}", class_row.name, group_label(group));
                require_course(ctx, course_id, None, &course)?;
                let mut index = Index::new(&ctx.conn, ctx.today)?;
                let student_id = index.student(&ctx.conn, &class_row, student)??;
                let list = compute(&ctx.conn, *period, &scope, ctx.today)?;
                if !list.iter().any(|s| s.student_id == student_id) {
                    return Err(usage(t!(
                        "final-not-attended",
                        student = student.as_str(),
                        course = course.as_str(),
                        period = period.to_string()
                    )));
                }
                let current = list
                    .iter()
                    .find(|s| s.student_id == student_id)
                    .and_then(|s| s.current.as_deref())
                    .and_then(FinalMark::from_stored);
                if let Some(current) = current.filter(|c| c != mark) {
                    if reason.as_deref().is_none_or(|r| r.trim().is_empty()) {
                        return Err(usage(t!(
                            "final-change-needs-reason",
                            student = student.as_str(),
                            current = current.to_string(),
                            period = period.to_string()
                        )));
                    }
                }
                let written = write_finals(
                    ctx,
                    *period,
                    &[(course_id, student_id, mark.as_str().to_string())],
                    reason.as_deref(),
                    true,
                )?;
                ctx.say(t!(
                    "final-set",
                    period = period.to_string(),
                    course = course.as_str(),
                    student = student.as_str(),
                    mark = mark.to_string(),
                    written = written
                ));
                Ok(())
            }
            FinalCmd::Accept {
                period,
                class,
                subject,
                group,
            } => {
                let scope = scope(&ctx.conn, *period, Some(class), subject.as_deref(), group)?;
                let list = compute(&ctx.conn, *period, &scope, ctx.today)?;
                let todo: Vec<(i64, i64, String)> = list
                    .iter()
                    .filter(|s| s.current.is_none())
                    .filter_map(|s| s.suggested.clone().map(|v| (s.course_id, s.student_id, v)))
                    .collect();
                // Every course the marks would go to must be the actor's.
                let reach = Reach::of(ctx)?;
                let mut seen = std::collections::HashSet::new();
                for s in list.iter().filter(|s| seen.insert(s.course_id)) {
                    let course = format!("{} {}{}", s.class, s.subject, group_label(&s.group));
                    reach.require_course(&ctx.conn, s.course_id, None, &course)?;
                }
                let without = list
                    .iter()
                    .filter(|s| s.current.is_none() && s.suggested.is_none())
                    .count();
                let written = write_finals(ctx, *period, &todo, Some("final accept"), false)?;
                let without = if without > 0 {
                    t!("final-accepted-without", count = without)
                } else {
                    String::new()
                };
                ctx.say(t!(
                    "final-accepted",
                    period = period.to_string(),
                    class = class.to_string(),
                    count = written,
                    already = list.iter().filter(|s| s.current.is_some()).count(),
                    without = without
                ));
                Ok(())
            }
            FinalCmd::List {
                period,
                class,
                subject,
                group,
            } => list(ctx, *period, class.as_ref(), subject.as_deref(), group),
        }
    }
}

pub fn suggestion_rows(list: &[Suggestion]) -> Rows {
    let mut rows = Rows::new(&[
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("student", "Ученик"),
        ("marks", "Отметок"),
        ("average", "Средний балл"),
        ("minimum", "Минимум"),
        ("lessons", "Уроков"),
        ("missed", "Пропущено"),
        ("suggested", "Предлагается"),
        ("final", "Выставлено"),
    ]);
    for s in list {
        rows.push(vec![
            Cell::text(&s.class),
            Cell::text(&s.subject),
            Cell::text(&s.group),
            Cell::text(&s.student),
            Cell::Int(s.marks as i64),
            s.average
                .map(|a| Cell::Num((a * 100.0).round() / 100.0))
                .unwrap_or(Cell::Null),
            Cell::Int(s.minimum as i64),
            Cell::Int(s.lessons as i64),
            Cell::Int(s.missed as i64),
            s.suggested.clone().map(Cell::Text).unwrap_or(Cell::Null),
            s.current.clone().map(Cell::Text).unwrap_or(Cell::Null),
        ]);
    }
    rows
}

/// Write final marks (course, student, mark as stored) in one transaction; `replace` lets
/// a set value change. Returns how many were written.
pub fn write_finals(
    ctx: &mut Ctx,
    period: PeriodCode,
    finals: &[(i64, i64, String)],
    reason: Option<&str>,
    replace: bool,
) -> Result<usize> {
    let cal = SchoolCalendar::load(&ctx.conn)?;
    let (_, ends) = cal.period(period)?;
    let lock = LockState::load(&ctx.conn, ctx.today)?;
    if lock.period_locked(ends) {
        return Err(refused(t!(
            "final-period-locked",
            period = period.to_string(),
            ends = ru(ends),
            until = ru(lock.locked_until.unwrap_or(ends))
        )));
    }
    let finals = finals
        .iter()
        .map(|(course_id, student_id, value)| {
            let key = FinalKey {
                course_id: *course_id,
                student_id: *student_id,
                period,
            };
            Ok((key, FinalMark::parse(value).map_err(usage)?))
        })
        .collect::<Result<Vec<_>>>()?;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, reason, ctx.today)?;
    let mut n = 0;
    for (key, value) in finals {
        n += write_final(&tx, key, value, replace).map_err(|e| lock_message(e.into(), ends))?;
    }
    db::commit(tx)?;
    Ok(n)
}

fn list(
    ctx: &mut Ctx,
    period: Option<PeriodCode>,
    class: Option<&ClassName>,
    subject: Option<&str>,
    group: &str,
) -> Result<()> {
    let scope = match period {
        Some(p) => scope(&ctx.conn, p, class, subject, group)?,
        None => match class {
            Some(c) => {
                let cl = class_required(&ctx.conn, c)?;
                Scope {
                    class_id: Some(cl.id),
                    course_id: match subject {
                        Some(s) => Some(find_course(&ctx.conn, &cl, s, group)??),
                        None => None,
                    },
                }
            }
            None => Scope::default(),
        },
    };
    let mut rows = Rows::new(&[
        ("period", "Период"),
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("student", "Ученик"),
        ("mark", "Отметка"),
    ]);
    for f in list_finals(&ctx.conn, period, scope.class_id, scope.course_id)? {
        rows.push(vec![
            Cell::text(f.period),
            Cell::text(f.class),
            Cell::text(f.subject),
            Cell::text(f.group),
            Cell::text(f.student),
            Cell::text(f.value.as_str()),
        ]);
    }
    ctx.print(&rows)
}
