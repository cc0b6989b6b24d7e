//! Staff (сотрудники): the staff list, and the rows the staff import reads and writes.

use anyhow::{Context, Result};
use rusqlite::{params, Connection, OptionalExtension};

use crate::domain::fio::Fio;

/// One line of `staff list`: a person, his roles, the classes he leads and his teaching load.
#[derive(Debug, Clone)]
pub struct StaffSummary {
    pub fio: Fio,
    /// Comma-separated canonical roles.
    pub roles: String,
    /// The classes he is class teacher of, comma-separated (empty: none).
    pub classes: String,
    pub courses: i64,
    pub hours_per_week: f64,
    /// The operating-system login linked to him (empty: none).
    pub login: String,
}

impl StaffSummary {
    /// Decode one row of the query that selects these columns in this order.
    pub fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(StaffSummary {
            fio: Fio {
                last: r.get(0)?,
                first: r.get(1)?,
                middle: r.get(2)?,
            },
            roles: r.get(3)?,
            classes: r.get(4)?,
            courses: r.get(5)?,
            hours_per_week: r.get(6)?,
            login: r.get(7)?,
        })
    }
}

/// All staff in Russian alphabetical order (Фамилия, Имя, Отчество).
pub fn staff_summaries(conn: &Connection) -> Result<Vec<StaffSummary>> {
    let mut stmt = conn.prepare(
        "SELECT st.last_name, st.first_name, st.middle_name, st.roles,
                coalesce((SELECT group_concat(name, ', ') FROM classes WHERE class_teacher_id = st.id), ''),
                (SELECT count(*) FROM courses WHERE teacher_id = st.id),
                (SELECT coalesce(sum(hours_per_week), 0) FROM courses WHERE teacher_id = st.id),
                coalesce(st.login, '')
         FROM staff st ORDER BY st.last_name COLLATE RU, st.first_name COLLATE RU, st.middle_name COLLATE RU",
    )?;
    let rows = stmt.query_map([], StaffSummary::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-staff"))
}

/// A member of staff as stored, with his roles.
#[derive(Debug, Clone)]
pub struct StaffRow {
    pub id: i64,
    pub fio: Fio,
    /// Comma-separated canonical roles.
    pub roles: String,
}

impl StaffRow {
    /// Decode one row of the query that selects these columns in this order.
    pub fn from_row(r: &rusqlite::Row) -> rusqlite::Result<Self> {
        Ok(StaffRow {
            id: r.get(0)?,
            fio: Fio {
                last: r.get(1)?,
                first: r.get(2)?,
                middle: r.get(3)?,
            },
            roles: r.get(4)?,
        })
    }
}

/// The member of staff with this folded ФИО key, if any.
pub fn staff_by_key(conn: &Connection, fio_key: &str) -> Result<Option<StaffRow>> {
    conn.prepare_cached(
        "SELECT id, last_name, first_name, middle_name, roles FROM staff WHERE fio_key = ?1",
    )?
    .query_row([fio_key], StaffRow::from_row)
    .optional()
    .with_context(|| crate::t!("db-reading-staff"))
}

/// Add a member of staff; returns his id.
pub fn insert_staff(conn: &Connection, fio: &Fio, roles: &str) -> Result<i64> {
    conn.prepare_cached(
        "INSERT INTO staff (last_name, first_name, middle_name, roles, fio_key) VALUES (?1, ?2, ?3, ?4, ?5)",
    )?
    .execute(params![fio.last, fio.first, fio.middle, roles, fio.key()])
    .with_context(|| crate::t!("db-adding-staff", name = fio.full()))?;
    Ok(conn.last_insert_rowid())
}

/// Rewrite a member of staff's name and roles.
pub fn update_staff(conn: &Connection, id: i64, fio: &Fio, roles: &str) -> Result<()> {
    conn.prepare_cached(
        "UPDATE staff SET last_name = ?2, first_name = ?3, middle_name = ?4, roles = ?5 WHERE id = ?1",
    )?
    .execute(params![id, fio.last, fio.first, fio.middle, roles])
    .with_context(|| crate::t!("db-updating-staff", name = fio.full()))?;
    Ok(())
}

/// A member of staff's roles, as stored (comma-separated canonical roles).
pub fn staff_roles(conn: &Connection, staff_id: i64) -> Result<String> {
    conn.query_row("SELECT roles FROM staff WHERE id = ?1", [staff_id], |r| {
        r.get(0)
    })
    .with_context(|| crate::t!("db-reading-staff-roles", staff_id = staff_id.to_string()))
}

/// The member of staff linked to an operating-system login, if any.
pub fn staff_by_login(conn: &Connection, login: &str) -> Result<Option<StaffRow>> {
    conn.query_row(
        "SELECT id, last_name, first_name, middle_name, roles FROM staff WHERE login = ?1",
        [login],
        StaffRow::from_row,
    )
    .optional()
    .with_context(|| crate::t!("db-finding-login", login = login.to_string()))
}

/// Whether any member of staff is linked to a login: from then on, who writes is the login.
pub fn any_login(conn: &Connection) -> Result<bool> {
    conn.query_row(
        "SELECT EXISTS (SELECT 1 FROM staff WHERE login IS NOT NULL)",
        [],
        |r| r.get(0),
    )
    .with_context(|| crate::t!("db-reading-staff-logins"))
}

/// Link a member of staff to a login (None: unlink). A login belongs to one person: linking
/// it twice is refused by the unique index, which the caller reports.
pub fn set_login(conn: &Connection, staff_id: i64, login: Option<&str>) -> rusqlite::Result<usize> {
    conn.execute(
        "UPDATE staff SET login = ?2 WHERE id = ?1",
        params![staff_id, login],
    )
}

/// The staff id holding a login, if any.
pub fn login_holder(conn: &Connection, login: &str) -> Result<Option<i64>> {
    conn.query_row("SELECT id FROM staff WHERE login = ?1", [login], |r| {
        r.get(0)
    })
    .optional()
    .with_context(|| crate::t!("db-reading-staff-logins"))
}

/// Whether a deputy or the director is linked to a login.
pub fn deputy_has_login(conn: &Connection) -> Result<bool> {
    let mut stmt = conn.prepare("SELECT roles FROM staff WHERE login IS NOT NULL")?;
    let roles = stmt.query_map([], |r| r.get::<_, String>(0))?;
    for r in roles {
        if crate::domain::roles::is_deputy(&r?) {
            return Ok(true);
        }
    }
    Ok(false)
}

/// Every member of staff's full name (ФИО), by id.
pub fn staff_full_names(conn: &Connection) -> Result<std::collections::HashMap<i64, String>> {
    let mut stmt = conn.prepare("SELECT id, full_name FROM staff_names")?;
    let rows = stmt.query_map([], |r| {
        Ok((
            r.get::<_, i64>(0)?,
            r.get::<_, String>(1)?.trim().to_string(),
        ))
    })?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-staff-names"))
}
