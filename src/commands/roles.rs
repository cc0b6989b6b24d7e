//! Who may do what. Every write is made by a member of staff (the actor: `--actor` /
//! `EJOURNAL_ACTOR`, matched by ФИО against the staff list), and what a write needs is
//! decided by the command: a deputy (заместитель) or the director for the calendar,
//! settings, locks, permits and remarks; the technician (электроник), a deputy or the
//! director for the school's structure; a teacher (any teaching role, a deputy or the
//! director — not the technician alone) for the journal's entries. Within those, a teacher
//! writes only in his own courses, the lessons he took as a substitute and, as a class
//! teacher, his class's absences and their reasons ([`Reach`]). A refusal exits 77 and
//! names the actor, the roles he has and the role the action needs.

use std::cell::OnceCell;
use std::collections::HashSet;

use anyhow::Result;
use rusqlite::Connection;

use crate::context::Ctx;
use crate::db::classes::classes_led_by;
use crate::db::courses::courses_taught_by;
use crate::db::lessons::lessons_taken_by;
use crate::db::people::{all_staff, find_person, Person};
use crate::db::staff::staff_roles;
use crate::domain::fio::PersonRef;
use crate::error::{not_allowed, NameKind};
use crate::t;

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
    fn says(self) -> String {
        match self {
            Need::Deputy => t!("roles-need-deputy"),
            Need::Structure => t!("roles-need-structure"),
            Need::Journal => t!("roles-need-journal"),
        }
    }

    fn admits(self, roles: &str) -> bool {
        let has = |r: &str| roles.split(',').any(|x| x.trim() == r);
        let deputy = crate::domain::roles::is_deputy(roles);
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
    let not_staff = || not_allowed(t!("roles-not-staff", actor = ctx.who.actor.as_str()));
    let who = PersonRef::parse(&ctx.who.actor).map_err(|_| not_staff())?;
    let person = find_person(staff, &who, NameKind::Teacher, &t!("people-what-staff"))
        .map_err(|_| not_staff())?;
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
        let roles = if self.roles.is_empty() {
            t!("roles-without-role")
        } else {
            self.roles.clone()
        };
        Err(not_allowed(t!(
            "roles-refused",
            need = need.says(),
            what = what,
            actor = ctx.who.actor.as_str(),
            roles = roles
        )))
    }

    /// What he may write of the journal's entries, found once for a command's checks.
    pub fn reach(&self, ctx: &Ctx) -> Result<Reach> {
        if Need::Deputy.admits(&self.roles) {
            return Ok(Reach::everything(&ctx.who.actor));
        }
        Ok(Reach {
            actor: ctx.who.actor.clone(),
            all: false,
            staff_id: self.id,
            courses: courses_taught_by(&ctx.conn, self.id)?.into_iter().collect(),
            classes: classes_led_by(&ctx.conn, self.id)?.into_iter().collect(),
            lessons: OnceCell::new(),
        })
    }

    /// A course's entries: see [`Reach::require_course`].
    pub fn require_course(
        &self,
        ctx: &Ctx,
        course_id: i64,
        lesson_id: Option<i64>,
        course: &str,
    ) -> Result<()> {
        self.reach(ctx)?
            .require_course(&ctx.conn, course_id, lesson_id, course)
    }

    /// An absence: see [`Reach::require_absence`].
    pub fn require_absence(
        &self,
        ctx: &Ctx,
        class_id: i64,
        course_id: i64,
        lesson_id: Option<i64>,
        course: &str,
    ) -> Result<()> {
        self.reach(ctx)?
            .require_absence(&ctx.conn, class_id, course_id, lesson_id, course)
    }
}

/// What an actor may write of the journal's entries, found once per command with a few
/// queries: a file of a million marks is checked row by row against these sets, never
/// against the database.
#[derive(Debug)]
pub struct Reach {
    /// The actor as he named himself, for messages.
    actor: String,
    /// A deputy or the director, or a journal with no staff yet: everything.
    all: bool,
    staff_id: i64,
    /// The courses he teaches.
    courses: HashSet<i64>,
    /// The classes he is the class teacher (классный руководитель) of.
    classes: HashSet<i64>,
    /// The lessons he took as a substitute: read only when a row is not of his courses.
    lessons: OnceCell<HashSet<i64>>,
}

impl Reach {
    /// The command's actor's reach (everything while the journal has no staff yet).
    pub fn of(ctx: &Ctx) -> Result<Reach> {
        match acting(ctx)? {
            Some(actor) => actor.reach(ctx),
            None => Ok(Reach::everything(&ctx.who.actor)),
        }
    }

    fn everything(actor: &str) -> Reach {
        Reach {
            actor: actor.to_string(),
            all: true,
            staff_id: 0,
            courses: HashSet::new(),
            classes: HashSet::new(),
            lessons: OnceCell::new(),
        }
    }

    /// Does he reach everything (a deputy, the director, or nobody to check yet)?
    pub fn is_all(&self) -> bool {
        self.all
    }

    /// A course's entries — marks, absences in its lessons, topics, final marks — are the
    /// business of its teacher, of the substitute who took that lesson (`lesson_id` when the
    /// write is about one), and of a deputy or the director.
    pub fn course(
        &self,
        conn: &Connection,
        course_id: i64,
        lesson_id: Option<i64>,
    ) -> Result<bool> {
        if self.all || self.courses.contains(&course_id) {
            return Ok(true);
        }
        let Some(lesson) = lesson_id else {
            return Ok(false);
        };
        if self.lessons.get().is_none() {
            let taken = lessons_taken_by(conn, self.staff_id)?.into_iter().collect();
            let _ = self.lessons.set(taken);
        }
        Ok(self.lessons.get().is_some_and(|l| l.contains(&lesson)))
    }

    /// An absence is also the business of the class's class teacher, who records a whole
    /// day and turns absences into reasons; otherwise as [`Reach::course`].
    pub fn absence(
        &self,
        conn: &Connection,
        class_id: i64,
        course_id: i64,
        lesson_id: Option<i64>,
    ) -> Result<bool> {
        Ok(self.classes.contains(&class_id) || self.course(conn, course_id, lesson_id)?)
    }

    /// The reasons Б and У are the class teacher's (he has the note from the doctor or the
    /// parents), a deputy's or the director's to set or take away; a subject teacher
    /// records only that the student is missing (Н) or late (О).
    pub fn reasons(&self, class_id: i64) -> bool {
        self.all || self.classes.contains(&class_id)
    }

    /// Why a course's entries are not his (`course` names it).
    pub fn not_teaching(&self, course: &str) -> String {
        t!(
            "roles-not-teaching",
            actor = self.actor.as_str(),
            course = course
        )
    }

    /// Why an absence in a course's lesson is not his to record.
    pub fn not_absences(&self, course: &str) -> String {
        t!(
            "roles-not-absences",
            actor = self.actor.as_str(),
            course = course
        )
    }

    /// Why a reason in a class is not his to set or take away.
    pub fn not_reasons(&self, class: &str) -> String {
        t!(
            "roles-not-reasons",
            actor = self.actor.as_str(),
            class = class
        )
    }

    /// [`Reach::course`], refused (77) when it is not his.
    pub fn require_course(
        &self,
        conn: &Connection,
        course_id: i64,
        lesson_id: Option<i64>,
        course: &str,
    ) -> Result<()> {
        if self.course(conn, course_id, lesson_id)? {
            Ok(())
        } else {
            Err(not_allowed(self.not_teaching(course)))
        }
    }

    /// [`Reach::absence`], refused (77) when it is not his.
    pub fn require_absence(
        &self,
        conn: &Connection,
        class_id: i64,
        course_id: i64,
        lesson_id: Option<i64>,
        course: &str,
    ) -> Result<()> {
        if self.absence(conn, class_id, course_id, lesson_id)? {
            Ok(())
        } else {
            Err(not_allowed(self.not_absences(course)))
        }
    }

    /// [`Reach::reasons`], refused (77) when they are not his.
    pub fn require_reasons(&self, class_id: i64, class: &str) -> Result<()> {
        if self.reasons(class_id) {
            Ok(())
        } else {
            Err(not_allowed(self.not_reasons(class)))
        }
    }
}

/// [`Reach::require_course`] for the command's actor (nothing to check before any staff).
pub fn require_course(
    ctx: &Ctx,
    course_id: i64,
    lesson_id: Option<i64>,
    course: &str,
) -> Result<()> {
    Reach::of(ctx)?.require_course(&ctx.conn, course_id, lesson_id, course)
}

/// Only a deputy or the director may move the lock, widen the entry window or issue and
/// revoke permits.
pub fn require_deputy(ctx: &Ctx, what: &str) -> Result<()> {
    require(ctx, Need::Deputy, what).map(|_| ())
}
