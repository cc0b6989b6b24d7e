//! `ejournal staff`: the staff list, and the link between a member of staff and his
//! operating-system login (who is at the keyboard: see [`crate::identity`]).

use anyhow::Result;

use crate::context::Ctx;
use crate::db;
use crate::db::people::{all_staff, find_person};
use crate::db::staff::{any_login, deputy_has_login, login_holder, set_login, staff_summaries};
use crate::domain::fio::PersonRef;
use crate::error::{refused, usage, NameKind};
use crate::render::{Cell, Rows};
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum StaffCmd {
    /// List staff in Russian alphabetical order with roles, class, teaching hours and login
    ///
    /// Example: ejournal staff list --format csv
    List,
    /// Link a member of staff to his operating-system login (deputy or director only)
    ///
    /// From then on he writes as himself from that login, whatever --actor says; once any
    /// login is linked, writes from unlinked logins are refused.
    ///
    /// Example: ejournal staff set-login "Белова Т.Н." --login belova
    SetLogin {
        /// The member of staff (ФИО or "Фамилия И.О.")
        #[arg(value_name = "ФИО")]
        name: String,
        /// The login (as `id -un` prints it)
        #[arg(long, required_unless_present = "remove", conflicts_with = "remove")]
        login: Option<String>,
        /// Unlink his login instead
        #[arg(long)]
        remove: bool,
    },
}

impl StaffCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            StaffCmd::List => list(ctx),
            StaffCmd::SetLogin {
                name,
                login,
                remove: _,
            } => link(ctx, name, login.as_deref()),
        }
    }
}

fn list(ctx: &Ctx) -> Result<()> {
    let mut rows = Rows::new(&[
        ("last_name", "Фамилия"),
        ("first_name", "Имя"),
        ("middle_name", "Отчество"),
        ("roles", "Роли"),
        ("class", "Кл. руководитель"),
        ("courses", "Курсов"),
        ("hours_per_week", "Часов в неделю"),
        ("login", "Логин"),
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
            Cell::opt_text(st.login),
        ]);
    }
    ctx.print(&rows)
}

/// Link `name` to `login` (None: unlink).
fn link(ctx: &mut Ctx, name: &str, login: Option<&str>) -> Result<()> {
    let login = login.map(str::trim);
    if login.is_some_and(|l| l.is_empty() || l.chars().any(char::is_control)) {
        return Err(usage(t!("staff-login-invalid")));
    }
    let who = PersonRef::parse(name).map_err(|e| usage(format!("{name}: {e}")))?;
    let staff = all_staff(&ctx.conn)?;
    let person = find_person(&staff, &who, NameKind::Teacher, &t!("people-what-staff"))?;
    let full = person.fio.full();
    if let Some(l) = login {
        if let Some(holder) = login_holder(&ctx.conn, l)? {
            if holder != person.id {
                return Err(refused(t!("staff-login-taken", login = l)));
            }
        }
    }
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, None, ctx.today)?;
    set_login(&tx, person.id, login)?;
    // Once a login is linked, only linked logins write: with no deputy among them, nobody
    // could link or unlink anyone any more.
    if any_login(&tx)? && !deputy_has_login(&tx)? {
        return Err(refused(t!(
            "staff-no-deputy-login",
            login = crate::identity::os_login()
        )));
    }
    db::commit(tx)?;
    ctx.say(match login {
        Some(l) => t!("staff-login-set", name = full.as_str(), login = l),
        None => t!("staff-login-removed", name = full.as_str()),
    });
    Ok(())
}
