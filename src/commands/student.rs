//! `ejournal student list` and `ejournal student leave`.

use anyhow::Result;
use chrono::NaiveDate;

use crate::context::Ctx;
use crate::db::classes::class_required;
use crate::db::enrolments::{end_enrolment, entries_from, open_enrolment};
use crate::db::students::{student_list, Enrolled};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date_arg, ru};
use crate::error::{refused, usage};
use crate::render::{Cell, Rows};
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum StudentCmd {
    /// List students in Russian alphabetical order, as of today (or --on D)
    ///
    /// Example: ejournal student list --class 5А --format json
    List {
        /// Only this class
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
        /// As of this date [default: today]
        #[arg(long, value_parser = parse_date_arg, conflicts_with = "all")]
        on: Option<NaiveDate>,
        /// Every enrolment of the year, including students who left or moved
        #[arg(long)]
        all: bool,
    },
    /// Record that a student left his class (the school): from --date on he is not in it
    ///
    /// Example: ejournal student leave --class 5А --student "Жуков Матвей" --date 16.10.2023
    Leave {
        #[arg(long, value_parser = parse_class_arg)]
        class: ClassName,
        #[arg(long)]
        student: String,
        /// The first day he is no longer in the class
        #[arg(long, value_parser = parse_date_arg)]
        date: NaiveDate,
        /// Why (kept in the audit trail), like "переведён в другую школу"
        #[arg(long)]
        reason: Option<String>,
    },
}

impl StudentCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let (class, on, all) = match self {
            StudentCmd::List { class, on, all } => (class, on, all),
            StudentCmd::Leave {
                class,
                student,
                date,
                reason,
            } => return leave(ctx, class, student, *date, reason.as_deref()),
        };
        let class_id = match class {
            Some(c) => Some(class_required(&ctx.conn, c)?.id),
            None => None,
        };
        let (start, end) = crate::db::settings::year_bounds(&ctx.conn)?;
        let on = on.unwrap_or(ctx.today).clamp(start, end);
        let mut rows = Rows::new(&[
            ("class", "Класс"),
            ("last_name", "Фамилия"),
            ("first_name", "Имя"),
            ("middle_name", "Отчество"),
            ("birth_date", "Дата рождения"),
            ("enrolled_on", "В классе с"),
            ("left_on", "По"),
            ("guardian", "Родитель"),
            ("phone", "Телефон"),
            ("email", "Email"),
            ("paper_only", "Без эл. доступа"),
        ]);
        let which = if *all {
            Enrolled::Ever
        } else {
            Enrolled::On(on)
        };
        for st in student_list(&ctx.conn, class_id, which)? {
            rows.push(vec![
                Cell::text(st.class),
                Cell::text(st.fio.last),
                Cell::text(st.fio.first),
                Cell::text(st.fio.middle),
                Cell::Date(st.birth_date),
                Cell::Date(st.enrolled_on),
                Cell::opt_date(st.left_on),
                Cell::opt_text(st.guardian),
                Cell::opt_text(st.phone),
                Cell::opt_text(st.email),
                Cell::Bool(st.paper_only),
            ]);
        }
        ctx.print(&rows)
    }
}

fn leave(
    ctx: &mut Ctx,
    class: &ClassName,
    student: &str,
    date: NaiveDate,
    reason: Option<&str>,
) -> Result<()> {
    let class = class_required(&ctx.conn, class)?;
    let student_id = crate::db::resolve::Index::new(&ctx.conn, ctx.today)?
        .student(&ctx.conn, &class, student)??;
    let Some(open) = open_enrolment(&ctx.conn, student_id, class.id)? else {
        return Err(usage(t!(
            "student-not-in-class",
            student = student,
            class = class.name.as_str()
        )));
    };
    if date <= open.from {
        return Err(usage(t!(
            "student-leave-before-join",
            student = student,
            class = class.name.as_str(),
            date = ru(open.from)
        )));
    }
    let (start, end) = crate::db::settings::year_bounds(&ctx.conn)?;
    if date > end || date < start {
        return Err(usage(t!(
            "student-leave-outside-year",
            date = ru(date),
            start = ru(start),
            end = ru(end)
        )));
    }
    let lock = crate::db::lock::LockState::load(&ctx.conn, ctx.today)?;
    if let Some(why) = lock.why_locked(date, 0) {
        return Err(refused(t!("student-leave-locked", why = why)));
    }
    // Entries after he left would belong to nobody's class.
    let entries = entries_from(&ctx.conn, student_id, class.id, date)?;
    if entries > 0 {
        return Err(refused(t!(
            "student-leave-entries",
            student = student,
            count = entries,
            class = class.name.as_str(),
            date = ru(date)
        )));
    }
    let tx = crate::db::begin_write(&mut ctx.conn, &ctx.who, reason, ctx.today)?;
    end_enrolment(&tx, open.id, date - chrono::Duration::days(1))?;
    crate::db::commit(tx)?;
    ctx.say(t!(
        "student-left",
        student = student,
        class = class.name.as_str(),
        date = ru(date)
    ));
    Ok(())
}
