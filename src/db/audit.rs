//! The audit trail (журнал изменений) as the triggers write it: who changed what, when, the
//! value before and after as JSON, and why.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, Row};

use crate::domain::date::iso;

/// An audit record's action (`insert`, `update`, `delete`: stable in CSV and JSON) as a
/// table shows it to people, in their language; an action the tool does not know stays as
/// it is.
pub fn action_label(action: &str) -> String {
    let id = match action {
        "insert" => "audit-action-insert",
        "update" => "audit-action-update",
        "delete" => "audit-action-delete",
        _ => return action.to_string(),
    };
    crate::i18n::message(id, &[])
}

/// What an audit record is about (`mark`, `absence`, …: stable in CSV and JSON) as a table
/// shows it to people; an unknown one stays as it is.
pub fn entity_label(entity: &str) -> String {
    let id = match entity {
        "mark" => "audit-entity-mark",
        "final_mark" => "audit-entity-final-mark",
        "absence" => "audit-entity-absence",
        "enrolment" => "audit-entity-enrolment",
        "holiday" => "audit-entity-holiday",
        "period" => "audit-entity-period",
        "lesson" => "audit-entity-lesson",
        "permit" => "audit-entity-permit",
        "staff" => "audit-entity-staff",
        "lock" => "audit-entity-lock",
        "setting" => "audit-entity-setting",
        _ => return entity.to_string(),
    };
    crate::i18n::message(id, &[])
}

/// Which audit records to read; every part is optional.
#[derive(Debug, Clone, Default)]
pub struct AuditFilter<'a> {
    pub class_id: Option<i64>,
    pub student_id: Option<i64>,
    pub since: Option<NaiveDate>,
    pub entity: Option<&'a str>,
}

/// One audit record, with the class and student named.
#[derive(Debug, Clone)]
pub struct AuditRow {
    pub id: i64,
    pub at: String,
    pub actor: String,
    /// Who entered it for the actor (a deputy acting for him), or "".
    pub entered_by: String,
    pub entity: String,
    pub action: String,
    /// The class's name, or "".
    pub class: String,
    /// The student's ФИО, or "".
    pub student: String,
    pub before: Option<String>,
    pub after: Option<String>,
    /// "" when none was given.
    pub reason: String,
    /// A mark's insert records ids only: its lesson's date, number and subject and its work
    /// type, named (JSON).
    pub named_mark: String,
}

impl AuditRow {
    fn from_row(r: &Row) -> rusqlite::Result<AuditRow> {
        Ok(AuditRow {
            id: r.get("id")?,
            at: r.get("at")?,
            actor: r.get("actor")?,
            entered_by: r.get("entered_by")?,
            entity: r.get("entity")?,
            action: r.get("action")?,
            class: r.get("class")?,
            student: r.get("student")?,
            before: r.get("before")?,
            after: r.get("after")?,
            reason: r.get("reason")?,
            named_mark: r.get("named_mark")?,
        })
    }
}

/// The audit records a filter selects, oldest first.
pub fn audit_records(conn: &Connection, filter: &AuditFilter) -> Result<Vec<AuditRow>> {
    // An import's marks are one batch record (migration 017): it stands for one record per
    // mark, read from the marks' history records, as the per-mark trigger would have
    // written them.
    let mut stmt = conn.prepare(
        "WITH batch AS (
             SELECT * FROM audit_log
             WHERE entity = 'mark' AND action = 'insert' AND entity_id IS NULL
               AND json_extract(after, '$.batch') IS NOT NULL),
         records AS (
             SELECT id, 0 AS part, at, actor, entered_by, entity, action, class_id, student_id,
                    before, after, reason
             FROM audit_log
             WHERE id NOT IN (SELECT id FROM batch)
             UNION ALL
             SELECT b.id, h.id, b.at, b.actor, b.entered_by, 'mark', 'insert', c.class_id,
                    json_extract(h.image, '$[1]'), NULL,
                    json_object('lesson_id', json_extract(h.image, '$[0]'),
                                'mark', json_extract(h.image, '$[2]'),
                                'work_type_id', json_extract(h.image, '$[3]')),
                    -- as SessionPermit names a permit in the reason (db::permits)
                    CASE WHEN json_extract(h.image, '$[6]') IS NULL THEN b.reason
                         ELSE 'по разрешению № ' || json_extract(h.image, '$[6]')
                              || coalesce(': ' || b.reason, '') END
             FROM batch b
             JOIN history h ON h.id BETWEEN json_extract(b.after, '$.history_from')
                                        AND json_extract(b.after, '$.history_to')
                           AND h.tbl = 'marks' AND h.op = 'i'
             JOIN lessons l ON l.id = json_extract(h.image, '$[0]')
             JOIN courses c ON c.id = l.course_id)
         SELECT a.id, a.at, a.actor, coalesce(a.entered_by, '') AS entered_by, a.entity, a.action, coalesce(cl.name, '') AS class,
                coalesce(sn.full_name, '') AS student,
                a.before, a.after, coalesce(a.reason, '') AS reason,
                json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name,
                            'work_type', w.name, 'mark', json_extract(a.after, '$.mark')) AS named_mark
         FROM records a LEFT JOIN classes cl ON cl.id = a.class_id
         LEFT JOIN student_names sn ON sn.id = a.student_id
         LEFT JOIN lessons l ON a.entity = 'mark' AND a.action = 'insert' AND l.id = json_extract(a.after, '$.lesson_id')
         LEFT JOIN courses c ON c.id = l.course_id LEFT JOIN subjects sub ON sub.id = c.subject_id
         LEFT JOIN work_types w ON a.entity = 'mark' AND a.action = 'insert' AND w.id = json_extract(a.after, '$.work_type_id')
         WHERE (?1 IS NULL OR a.class_id = ?1) AND (?2 IS NULL OR a.student_id = ?2) AND a.at >= ?3
           AND (?4 IS NULL OR a.entity = ?4)
         ORDER BY a.id, a.part",
    )?;
    let rows = stmt.query_map(
        params![
            filter.class_id,
            filter.student_id,
            filter.since.map(iso).unwrap_or_default(),
            filter.entity
        ],
        AuditRow::from_row,
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-audit"))
}
