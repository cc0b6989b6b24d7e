//! `ejournal plan show`: a course's КТП.

use anyhow::Result;
use rusqlite::Connection;

use crate::context::Ctx;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::from_iso;
use crate::error::usage;
use crate::render::{Cell, Rows};

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
    /// The course's id; a usage error says what exists instead.
    pub fn course_id(&self, conn: &Connection) -> Result<i64> {
        let class = class_required(conn, &self.class)?;
        find_course(conn, &class, &self.subject, &self.group)?.map_err(usage)
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
        ]);
        let mut stmt = ctx.conn.prepare(
            "SELECT lesson_no, topic, hours, planned_date, homework FROM plan_items
             WHERE course_id = ?1 ORDER BY lesson_no",
        )?;
        let list = stmt.query_map([course_id], |r| {
            Ok(vec![
                Cell::Int(r.get(0)?),
                Cell::text(r.get::<_, String>(1)?),
                Cell::Int(r.get(2)?),
                Cell::opt_date(r.get::<_, Option<String>>(3)?.map(|s| from_iso(&s))),
                Cell::opt_text(r.get::<_, String>(4)?),
            ])
        })?;
        for r in list {
            rows.push(r?);
        }
        if rows.rows.is_empty() {
            ctx.say("this course has no КТП yet: ejournal import plan FILE --class … --subject …");
        }
        ctx.print(&rows)
    }
}
