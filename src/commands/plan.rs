//! `ejournal plan show`: a course's КТП.

use anyhow::Result;
use rusqlite::Connection;

use crate::context::Ctx;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::plans::plan_of_course;
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::render::{Cell, Rows};
use crate::t;

/// Names one course: class, subject and (for a split subject) group.
#[derive(Debug, Clone, clap::Args)]
pub struct CourseArgs {
    /// The class, like 5А
    #[arg(long, value_parser = parse_class_arg)]
    pub class: ClassName,
    /// The subject, like Математика
    #[arg(long)]
    pub subject: String,
    /// The group, for a subject taught in groups
    #[arg(long, default_value = "")]
    pub group: String,
}

impl CourseArgs {
    /// The course's id; a name that does not resolve (exit 2) says what exists instead.
    pub fn course_id(&self, conn: &Connection) -> Result<i64> {
        let class = class_required(conn, &self.class)?;
        Ok(find_course(conn, &class, &self.subject, &self.group)??)
    }
}

#[derive(Debug, clap::Subcommand)]
pub enum PlanCmd {
    /// Show a course's thematic plan in lesson order
    ///
    /// Example: ejournal plan show --class 5А --subject "Английский язык" --group 1
    Show(CourseArgs),
}

impl PlanCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let PlanCmd::Show(course) = self;
        let course_id = course.course_id(&ctx.conn)?;
        let mut rows = Rows::new(&[
            ("lesson_no", "№"),
            ("topic", "Тема"),
            ("hours", "Часов"),
            ("planned_date", "Дата"),
            ("homework", "Домашнее задание"),
            ("control_work", "КР"),
        ]);
        for item in plan_of_course(&ctx.conn, course_id)? {
            rows.push(vec![
                Cell::Int(item.lesson_no),
                Cell::text(item.topic),
                Cell::Int(item.hours),
                Cell::opt_date(item.planned_date),
                Cell::opt_text(item.homework),
                Cell::Bool(item.control_work),
            ]);
        }
        if rows.rows.is_empty() {
            ctx.say(t!("plan-none"));
        }
        ctx.print(&rows)
    }
}
