//! Who may do what: the checks on the actor that commands share.

use anyhow::Result;

use crate::context::Ctx;
use crate::db::lock::staff_roles;
use crate::db::people::{all_staff, find_person};
use crate::domain::fio::PersonRef;
use crate::error::{usage, NameKind, Unresolved};

/// Only a deputy (заместитель) or the director may move the lock, widen the entry window
/// or issue and revoke permits: the actor must be one.
/// (The actor is what the caller says; the audit trail keeps it with every change.)
pub fn require_deputy(ctx: &Ctx, what: &str) -> Result<()> {
    let staff = all_staff(&ctx.conn)?;
    let message = format!(
        "only a deputy (заместитель) or the director can {what}; \"{}\" is not one in staff (set --actor / EJOURNAL_ACTOR to your ФИО)",
        ctx.actor
    );
    // An actor who is nobody in staff is a name that does not resolve; one who is, but
    // neither a deputy nor the director, is refused: both exit 2 with the same words.
    let unresolved = || Unresolved::new(NameKind::Teacher, message.clone());
    let who = PersonRef::parse(&ctx.actor).map_err(|_| unresolved())?;
    let person = find_person(&staff, &who, NameKind::Teacher, "member of staff")
        .map_err(|_| unresolved())?;
    let roles = staff_roles(&ctx.conn, person.id)?;
    if roles.contains("заместитель") || roles.contains("директор") {
        Ok(())
    } else {
        Err(usage(message))
    }
}
