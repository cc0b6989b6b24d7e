//! Who may do what. Every write is made by a member of staff (the actor: `--actor` /
//! `EJOURNAL_ACTOR`, matched by ФИО against the staff list), and what a write needs is
//! decided by the command: a deputy (заместитель) or the director for the calendar,
//! settings, locks, permits and remarks; the technician (электроник), a deputy or the
//! director for the school's structure; a teacher (any teaching role, a deputy or the
//! director — not the technician alone) for the journal's entries. A refusal exits 77 and
//! names the actor, the roles he has and the role the action needs.

use anyhow::Result;

use crate::context::Ctx;
use crate::db::classes::class_teacher_id;
use crate::db::lessons::{course_teacher, lesson_record};
use crate::db::people::{all_staff, find_person, Person};
use crate::db::staff::staff_roles;
use crate::domain::fio::PersonRef;
use crate::error::{not_allowed, NameKind};

/// What a write needs of its actor.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Need {
    /// A deputy or the director: calendar, settings, locks, permits, remarks.
    Deputy,
    /// The technician, a deputy or the director: staff, roster, load, groups, timetable,
    /// КТП, generating lessons.
    Structure,
    /// Anyone who keeps the journal: a teacher, a class teacher, a deputy or the director.
    Journal,
}

impl Need {
    /// The role(s) it needs, as a message says it.
    fn says(self) -> &'static str {
        match self {
            Need::Deputy => "a deputy (заместитель) or the director",
            Need::Structure => "the technician (электроник), a deputy or the director",
            Need::Journal => "a teacher, a class teacher, a deputy or the director",
        }
    }

    fn admits(self, roles: &str) -> bool {
        let has = |r: &str| roles.split(',').any(|x| x.trim() == r);
        let deputy = has("заместитель") || has("директор");
        match self {
            Need::Deputy => deputy,
            Need::Structure => deputy || has("электроник"),
            Need::Journal => deputy || has("учитель") || has("классный руководитель"),
        }
    }
}

/// The member of staff the actor names, and his roles (the stored, comma-separated list).
#[derive(Debug, Clone)]
pub struct Actor {
    pub id: i64,
    pub roles: String,
}

/// The actor as a member of staff; anyone else is refused (77).
pub fn actor(ctx: &Ctx) -> Result<Actor> {
    actor_among(ctx, &all_staff(&ctx.conn)?)
}

fn actor_among(ctx: &Ctx, staff: &[Person]) -> Result<Actor> {
    if let Some(why) = &ctx.identity_refusal {
        return Err(not_allowed(why.clone()));
    }
    let not_staff = || {
        not_allowed(format!(
            "\"{}\" is not a member of staff: every change to the journal is made by one \
             (set --actor / EJOURNAL_ACTOR to your ФИО as the staff list has it)",
            ctx.who.actor
        ))
    };
    let who = PersonRef::parse(&ctx.who.actor).map_err(|_| not_staff())?;
    let person =
        find_person(staff, &who, NameKind::Teacher, "member of staff").map_err(|_| not_staff())?;
    Ok(Actor {
        id: person.id,
        roles: staff_roles(&ctx.conn, person.id)?,
    })
}

/// The actor, if he may do what `need` covers; `what` names the action for the message.
pub fn require(ctx: &Ctx, need: Need, what: &str) -> Result<Actor> {
    let actor = actor(ctx)?;
    actor.require(ctx, need, what)?;
    Ok(actor)
}

/// The actor, found once for a command's checks; None while the journal has no staff yet
/// (a new journal being set up).
pub fn acting(ctx: &Ctx) -> Result<Option<Actor>> {
    let staff = all_staff(&ctx.conn)?;
    if staff.is_empty() {
        return Ok(None);
    }
    actor_among(ctx, &staff).map(Some)
}

impl Actor {
    /// May he do what `need` covers? `what` names the action for the message.
    pub fn require(&self, ctx: &Ctx, need: Need, what: &str) -> Result<()> {
        if need.admits(&self.roles) {
            return Ok(());
        }
        Err(not_allowed(format!(
            "only {} can {what}; \"{}\" is {} in staff",
            need.says(),
            ctx.who.actor,
            if self.roles.is_empty() {
                "without a role"
            } else {
                &self.roles
            }
        )))
    }

    /// A course's entries — marks, absences in its lessons, topics, final marks — are the
    /// business of its teacher, of the substitute who took that lesson (`lesson_id` when the
    /// write is about one), and of a deputy or the director. `course` names it for the
    /// message.
    pub fn require_course(
        &self,
        ctx: &Ctx,
        course_id: i64,
        lesson_id: Option<i64>,
        course: &str,
    ) -> Result<()> {
        if Need::Deputy.admits(&self.roles) || course_teacher(&ctx.conn, course_id)? == self.id {
            return Ok(());
        }
        if let Some(lesson) = lesson_id {
            let substitute = lesson_record(&ctx.conn, lesson)?.and_then(|r| r.teacher_id);
            if substitute == Some(self.id) {
                return Ok(());
            }
        }
        Err(not_allowed(format!(
            "\"{}\" does not teach {course}: only its teacher, the substitute who took the \
             lesson, a deputy (заместитель) or the director may write in its journal",
            ctx.who.actor
        )))
    }

    /// An absence is also the business of the class's class teacher (классный
    /// руководитель), who turns absences into reasons; otherwise as
    /// [`Actor::require_course`].
    pub fn require_absence(
        &self,
        ctx: &Ctx,
        class_id: i64,
        course_id: i64,
        lesson_id: Option<i64>,
        course: &str,
    ) -> Result<()> {
        if class_teacher_id(&ctx.conn, class_id)? == Some(self.id) {
            return Ok(());
        }
        self.require_course(ctx, course_id, lesson_id, course)
    }
}

/// [`Actor::require_course`] for the command's actor (nothing to check before any staff).
pub fn require_course(
    ctx: &Ctx,
    course_id: i64,
    lesson_id: Option<i64>,
    course: &str,
) -> Result<()> {
    match acting(ctx)? {
        Some(actor) => actor.require_course(ctx, course_id, lesson_id, course),
        None => Ok(()),
    }
}

/// Only a deputy or the director may move the lock, widen the entry window or issue and
/// revoke permits.
pub fn require_deputy(ctx: &Ctx, what: &str) -> Result<()> {
    require(ctx, Need::Deputy, what).map(|_| ())
}
