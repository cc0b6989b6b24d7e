//! Who is at the keyboard. The operating system knows the login (from the process's user id,
//! not from an environment variable anyone can set); the staff list may link a login to a
//! member of staff (`ejournal staff set-login`). Once a login is linked, its owner writes
//! as himself whatever `--actor` says — except a deputy or the director, who may enter
//! something for someone else (a teacher's marks dictated by phone): the change is then the
//! named person's, and the audit trail records who entered it. Once any login is linked, a
//! write from a login linked to nobody is refused: a shared account cannot borrow names.
//! Reading is open to anyone (cron jobs run reports under a service account).

use anyhow::Result;
use rusqlite::Connection;

use crate::db::people::{all_staff, find_person};
use crate::db::staff::{any_login, staff_by_login};
use crate::db::Who;
use crate::domain::fio::PersonRef;
use crate::domain::roles::is_deputy;
use crate::error::NameKind;

/// The operating-system login of this process's real user.
pub fn os_login() -> String {
    let uid = uzers::get_current_uid();
    uzers::get_user_by_uid(uid)
        .map(|u| u.name().to_string_lossy().into_owned())
        .unwrap_or_else(|| format!("uid {uid}"))
}

/// Who a command writes as, and why a write must be refused (decided here, refused only
/// when the command writes: reading needs no identity).
#[derive(Debug, Clone, Default)]
pub struct Identity {
    pub who: Who,
    pub refusal: Option<String>,
}

/// The identity of `login` naming `named` (`--actor` / `EJOURNAL_ACTOR`, if given).
pub fn identify(conn: &Connection, login: &str, named: Option<&str>) -> Result<Identity> {
    let plain = |refusal: Option<String>| Identity {
        who: Who::himself(named.unwrap_or(login)),
        refusal,
    };
    let Some(owner) = staff_by_login(conn, login)? else {
        if any_login(conn)? {
            return Ok(plain(Some(crate::t!(
                "identity-login-unlinked",
                login = login
            ))));
        }
        return Ok(plain(None));
    };
    let owner_name = owner.fio.full();
    let himself = Identity {
        who: Who::himself(&owner_name),
        refusal: None,
    };
    let Some(named) = named else {
        return Ok(himself);
    };
    let names_owner = match PersonRef::parse(named) {
        Ok(who) => find_person(
            &all_staff(conn)?,
            &who,
            NameKind::Teacher,
            &crate::t!("people-what-staff"),
        )
        .is_ok_and(|p| p.id == owner.id),
        Err(_) => false,
    };
    if names_owner {
        return Ok(himself);
    }
    if is_deputy(&owner.roles) {
        return Ok(Identity {
            who: Who {
                actor: named.to_string(),
                entered_by: Some(owner_name),
            },
            refusal: None,
        });
    }
    Ok(Identity {
        who: Who::himself(named),
        refusal: Some(crate::t!(
            "identity-login-owned",
            login = login,
            owner = owner_name.as_str(),
            named = named
        )),
    })
}
