//! `ejournal class list`.

use anyhow::Result;

use crate::context::Ctx;
use crate::db::classes::class_summaries;
use crate::domain::class_name::Grade;
use crate::render::{Cell, Rows};

#[derive(Debug, clap::Subcommand)]
pub enum ClassCmd {
    /// List classes by grade and letter, with class teacher and students today
    ///
    /// Example: ejournal class list --format csv
    List,
}

impl ClassCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let ClassCmd::List = self;
        let mut rows = Rows::new(&[
            ("class", "Класс"),
            ("grade", "Параллель"),
            ("class_teacher", "Классный руководитель"),
            ("students", "Учащихся"),
            ("courses", "Предметов"),
            ("periods", "Периоды"),
        ]);
        let (start, end) = crate::db::settings::year_bounds(&ctx.conn)?;
        for c in class_summaries(&ctx.conn, ctx.today.clamp(start, end))? {
            let periods = if Grade(c.grade).by_semesters() {
                "H1–H2, Y"
            } else {
                "Q1–Q4, Y"
            };
            rows.push(vec![
                Cell::text(c.name),
                Cell::Int(c.grade.into()),
                // A teacher without a middle name ends in a space.
                Cell::opt_text(c.class_teacher.trim()),
                Cell::Int(c.students),
                Cell::Int(c.courses),
                Cell::text(periods),
            ]);
        }
        ctx.print(&rows)
    }
}
