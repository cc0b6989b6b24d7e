//! `ejournal course list`.

use anyhow::Result;

use crate::context::Ctx;
use crate::db::classes::class_required;
use crate::db::courses::course_summaries;
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::render::{Cell, Rows};

#[derive(Debug, clap::Subcommand)]
pub enum CourseCmd {
    /// List courses: class, subject, group, teacher, hours, students, КТП and timetable
    ///
    /// Example: ejournal course list --class 5А
    List {
        /// Only this class
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
    },
}

impl CourseCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let CourseCmd::List { class } = self;
        let class_id = match class {
            Some(c) => Some(class_required(&ctx.conn, c)?.id),
            None => None,
        };
        let (start, end) = crate::db::settings::year_bounds(&ctx.conn)?;
        // Students are counted on today, or on the year's nearest day.
        let on = ctx.today.clamp(start, end);
        let mut rows = Rows::new(&[
            ("class", "Класс"),
            ("subject", "Предмет"),
            ("group", "Группа"),
            ("teacher", "Учитель"),
            ("hours_per_week", "Часов в неделю"),
            ("students", "Учащихся"),
            ("plan_lessons", "Тем в КТП"),
            ("plan_hours", "Часов в КТП"),
            ("timetable_slots", "Уроков в неделю"),
        ]);
        for c in course_summaries(&ctx.conn, class_id, on)? {
            rows.push(vec![
                Cell::text(c.class),
                Cell::text(c.subject),
                Cell::opt_text(c.group),
                Cell::text(c.teacher.trim()),
                Cell::Num(c.hours_per_week),
                Cell::Int(c.students),
                Cell::Int(c.plan_lessons),
                Cell::Int(c.plan_hours),
                Cell::Int(c.timetable_slots),
            ]);
        }
        ctx.print(&rows)
    }
}
