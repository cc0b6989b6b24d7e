//! `ejournal class list`.

use crate::domain::class_name::Grade;
use anyhow::Result;

use crate::context::Ctx;
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
        let today = crate::domain::date::iso(ctx.today.clamp(start, end));
        let mut stmt = ctx.conn.prepare(
            "SELECT c.name, c.grade,
                    coalesce(st.last_name || ' ' || st.first_name || ' ' || st.middle_name, ''),
                    (SELECT count(DISTINCT e.student_id) FROM enrolments e
                     WHERE e.class_id = c.id AND e.from_date <= ?1 AND (e.to_date IS NULL OR e.to_date >= ?1)),
                    (SELECT count(*) FROM courses co WHERE co.class_id = c.id)
             FROM classes c LEFT JOIN staff st ON st.id = c.class_teacher_id
             ORDER BY c.grade, c.letter COLLATE RU",
        )?;
        let list = stmt.query_map([&today], |r| {
            Ok((
                r.get::<_, String>(0)?,
                r.get::<_, i64>(1)?,
                r.get::<_, String>(2)?,
                r.get::<_, i64>(3)?,
                r.get::<_, i64>(4)?,
            ))
        })?;
        for c in list {
            let (name, grade, teacher, students, courses) = c?;
            let periods = if Grade(grade as u8).by_semesters() {
                "H1–H2, Y"
            } else {
                "Q1–Q4, Y"
            };
            rows.push(vec![
                Cell::text(name),
                Cell::Int(grade),
                Cell::opt_text(teacher.trim()),
                Cell::Int(students),
                Cell::Int(courses),
                Cell::text(periods),
            ]);
        }
        ctx.print(&rows)
    }
}
