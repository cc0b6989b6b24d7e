//! `ejournal course list`.

use anyhow::Result;

use crate::context::Ctx;
use crate::db::classes::class_required;
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
        let today = crate::domain::date::iso(ctx.today.clamp(start, end));
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
        let mut stmt = ctx.conn.prepare(
            "SELECT cl.name, s.name, c.group_name,
                    st.last_name || ' ' || st.first_name || ' ' || st.middle_name, c.hours_per_week,
                    CASE WHEN c.group_name = '' THEN
                        (SELECT count(DISTINCT e.student_id) FROM enrolments e WHERE e.class_id = c.class_id
                         AND e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?2))
                    ELSE (SELECT count(*) FROM group_members gm JOIN enrolments e ON e.student_id = gm.student_id
                         AND e.class_id = c.class_id AND e.from_date <= ?2 AND (e.to_date IS NULL OR e.to_date >= ?2)
                         WHERE gm.course_id = c.id) END,
                    (SELECT count(*) FROM plan_items p WHERE p.course_id = c.id),
                    (SELECT coalesce(sum(hours), 0) FROM plan_items p WHERE p.course_id = c.id),
                    (SELECT count(*) FROM timetable t WHERE t.course_id = c.id)
             FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
             JOIN staff st ON st.id = c.teacher_id
             WHERE ?1 IS NULL OR c.class_id = ?1
             ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU",
        )?;
        let list = stmt.query_map(rusqlite::params![class_id, today], |r| {
            Ok(vec![
                Cell::text(r.get::<_, String>(0)?),
                Cell::text(r.get::<_, String>(1)?),
                Cell::opt_text(r.get::<_, String>(2)?),
                Cell::text(r.get::<_, String>(3)?.trim()),
                Cell::Num(r.get(4)?),
                Cell::Int(r.get(5)?),
                Cell::Int(r.get(6)?),
                Cell::Int(r.get(7)?),
                Cell::Int(r.get(8)?),
            ])
        })?;
        for r in list {
            rows.push(r?);
        }
        ctx.print(&rows)
    }
}
