//! `ejournal staff list`.

use anyhow::Result;

use crate::context::Ctx;
use crate::render::{Cell, Rows};

#[derive(Debug, clap::Subcommand)]
pub enum StaffCmd {
    /// List staff in Russian alphabetical order with roles, class and teaching hours
    ///
    /// Example: ejournal staff list --format csv
    List,
}

impl StaffCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        let mut rows = Rows::new(&[
            ("last_name", "Фамилия"),
            ("first_name", "Имя"),
            ("middle_name", "Отчество"),
            ("roles", "Роли"),
            ("class", "Кл. руководитель"),
            ("courses", "Курсов"),
            ("hours_per_week", "Часов в неделю"),
        ]);
        let mut stmt = ctx.conn.prepare(
            "SELECT st.last_name, st.first_name, st.middle_name, st.roles,
                    coalesce((SELECT group_concat(name, ', ') FROM classes WHERE class_teacher_id = st.id), ''),
                    (SELECT count(*) FROM courses WHERE teacher_id = st.id),
                    (SELECT coalesce(sum(hours_per_week), 0) FROM courses WHERE teacher_id = st.id)
             FROM staff st ORDER BY st.last_name COLLATE RU, st.first_name COLLATE RU, st.middle_name COLLATE RU",
        )?;
        let list = stmt.query_map([], |r| {
            Ok(vec![
                Cell::text(r.get::<_, String>(0)?),
                Cell::text(r.get::<_, String>(1)?),
                Cell::text(r.get::<_, String>(2)?),
                Cell::text(r.get::<_, String>(3)?),
                Cell::opt_text(r.get::<_, String>(4)?),
                Cell::Int(r.get(5)?),
                Cell::Num(r.get(6)?),
            ])
        })?;
        for r in list {
            rows.push(r?);
        }
        ctx.print(&rows)
    }
}
