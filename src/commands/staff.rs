//! `ejournal staff list`.

use anyhow::Result;

use crate::context::Ctx;
use crate::db::staff::staff_summaries;
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
        for st in staff_summaries(&ctx.conn)? {
            rows.push(vec![
                Cell::text(st.fio.last),
                Cell::text(st.fio.first),
                Cell::text(st.fio.middle),
                Cell::text(st.roles),
                Cell::opt_text(st.classes),
                Cell::Int(st.courses),
                Cell::Num(st.hours_per_week),
            ]);
        }
        ctx.print(&rows)
    }
}
