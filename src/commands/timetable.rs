//! `ejournal timetable show`.

use anyhow::Result;

use crate::commands::import::timetable_weekday_name;
use crate::context::Ctx;
use crate::db::classes::class_required;
use crate::db::timetable::class_timetable;
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::render::{Cell, Rows};

#[derive(Debug, clap::Subcommand)]
pub enum TimetableCmd {
    /// Show a class's weekly timetable, day by day
    ///
    /// Example: ejournal timetable show --class 5А
    Show {
        #[arg(long, value_parser = parse_class_arg)]
        class: ClassName,
    },
}

impl TimetableCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let TimetableCmd::Show { class } = self;
        let class = class_required(&ctx.conn, class)?;
        let mut rows = Rows::new(&[
            ("weekday", "День"),
            ("weekday_no", "№ дня"),
            ("lesson_no", "Урок"),
            ("subject", "Предмет"),
            ("group", "Группа"),
            ("teacher", "Учитель"),
        ]);
        for t in class_timetable(&ctx.conn, class.id)? {
            rows.push(vec![
                Cell::text(timetable_weekday_name(t.weekday)),
                Cell::Int(t.weekday as i64),
                Cell::Int(t.lesson_no),
                Cell::text(t.subject),
                Cell::opt_text(t.group),
                Cell::text(t.teacher.trim()),
            ]);
        }
        ctx.print(&rows)
    }
}
