//! `ejournal timetable show`.

use anyhow::Result;

use crate::commands::import::timetable_weekday_name;
use crate::context::Ctx;
use crate::db::classes::class_required;
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
        let mut stmt = ctx.conn.prepare(
            "SELECT t.weekday, t.lesson_no, s.name, c.group_name,
                    st.last_name || ' ' || st.first_name || ' ' || st.middle_name
             FROM timetable t JOIN courses c ON c.id = t.course_id JOIN subjects s ON s.id = c.subject_id
             JOIN staff st ON st.id = c.teacher_id
             WHERE t.class_id = ?1 ORDER BY t.weekday, t.lesson_no, c.group_name COLLATE RU",
        )?;
        let list = stmt.query_map([class.id], |r| {
            let wd: u32 = r.get(0)?;
            Ok(vec![
                Cell::text(timetable_weekday_name(wd)),
                Cell::Int(wd as i64),
                Cell::Int(r.get(1)?),
                Cell::text(r.get::<_, String>(2)?),
                Cell::opt_text(r.get::<_, String>(3)?),
                Cell::text(r.get::<_, String>(4)?.trim()),
            ])
        })?;
        for r in list {
            rows.push(r?);
        }
        ctx.print(&rows)
    }
}
