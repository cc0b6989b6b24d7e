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
    let mut out = Vec::new();
    each_audit_record(conn, filter, |r| {
        out.push(r);
        Ok(())
    })?;
    Ok(out)
}

/// The columns of a listed record, named, over `source` (the records as `audit_log` holds
/// them, as `a`), filtered by ?1 class, ?2 student, ?3 since and ?4 entity; `keep` is an SQL
/// condition that passes a record whatever the filter.
fn named_records(source: &str, keep: &str) -> String {
    format!(
        "SELECT a.id, a.at, a.actor, coalesce(a.entered_by, '') AS entered_by, a.entity, a.action,
                coalesce(cl.name, '') AS class, coalesce(sn.full_name, '') AS student,
                a.before, a.after, coalesce(a.reason, '') AS reason,
                json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name,
                            'work_type', w.name, 'mark', json_extract(a.after, '$.mark')) AS named_mark,
                a.batch_from, a.batch_to
         FROM ({source}) a LEFT JOIN classes cl ON cl.id = a.class_id
         LEFT JOIN student_names sn ON sn.id = a.student_id
         LEFT JOIN lessons l ON a.entity = 'mark' AND a.action = 'insert' AND l.id = json_extract(a.after, '$.lesson_id')
         LEFT JOIN courses c ON c.id = l.course_id LEFT JOIN subjects sub ON sub.id = c.subject_id
         LEFT JOIN work_types w ON a.entity = 'mark' AND a.action = 'insert' AND w.id = json_extract(a.after, '$.work_type_id')
         WHERE a.at >= ?3 AND (?4 IS NULL OR a.entity = ?4)
           AND ({keep} OR ((?1 IS NULL OR a.class_id = ?1) AND (?2 IS NULL OR a.student_id = ?2)))
         ORDER BY a.id, a.part"
    )
}

/// The audit records a filter selects, oldest first, one at a time (a million-mark journal's
/// trail is never held in memory).
///
/// An import's marks are one batch record (migration 017): it stands for one record per
/// mark, read from the marks' history records (their rows as inserted), as the per-mark
/// trigger would have written them, each with its own permit.
pub fn each_audit_record(
    conn: &Connection,
    filter: &AuditFilter,
    mut f: impl FnMut(AuditRow) -> Result<()>,
) -> Result<()> {
    let records = named_records(
        "SELECT id, 0 AS part, at, actor, entered_by, entity, action, class_id, student_id,
                before, after, reason,
                CASE WHEN entity = 'mark' AND action = 'insert' AND entity_id IS NULL
                     THEN json_extract(after, '$.history_from') END AS batch_from,
                CASE WHEN entity = 'mark' AND action = 'insert' AND entity_id IS NULL
                     THEN json_extract(after, '$.history_to') END AS batch_to
         FROM audit_log",
        "a.batch_from IS NOT NULL",
    );
    let batch = named_records(
        "SELECT ?5 AS id, h.id AS part, ?6 AS at, ?7 AS actor, ?8 AS entered_by,
                'mark' AS entity, 'insert' AS action, c.class_id,
                json_extract(h.image, '$[1]') AS student_id, NULL AS before,
                json_object('lesson_id', json_extract(h.image, '$[0]'),
                            'mark', json_extract(h.image, '$[2]'),
                            'work_type_id', json_extract(h.image, '$[3]')) AS after,
                -- as SessionPermit names a permit in the reason (db::permits)
                -- the permit is the image's last column (before migration 018 the 7th, now the 6th)
                CASE WHEN json_extract(h.image, '$[#-1]') IS NULL THEN ?9
                     ELSE 'по разрешению № ' || json_extract(h.image, '$[#-1]')
                          || coalesce(': ' || ?9, '') END AS reason,
                NULL AS batch_from, NULL AS batch_to
         FROM history h
         JOIN lessons l ON l.id = json_extract(h.image, '$[0]')
         JOIN courses c ON c.id = l.course_id
         WHERE h.id BETWEEN ?10 AND ?11 AND h.tbl = 'marks' AND h.op = 'i'",
        "0",
    );
    let context = || crate::t!("db-reading-audit");
    let mut stmt = conn.prepare(&records).with_context(context)?;
    let mut marks = conn.prepare(&batch).with_context(context)?;
    let since = filter.since.map(iso).unwrap_or_default();
    let mut rows = stmt
        .query(params![
            filter.class_id,
            filter.student_id,
            since,
            filter.entity
        ])
        .with_context(context)?;
    while let Some(r) = rows.next().with_context(context)? {
        let record = AuditRow::from_row(r).with_context(context)?;
        let range: (Option<i64>, Option<i64>) = (r.get("batch_from")?, r.get("batch_to")?);
        let (Some(from), Some(to)) = range else {
            f(record)?;
            continue;
        };
        let mut each = marks
            .query(rusqlite::params![
                filter.class_id,
                filter.student_id,
                since,
                filter.entity,
                record.id,
                record.at,
                record.actor,
                (!record.entered_by.is_empty()).then_some(&record.entered_by),
                (!record.reason.is_empty()).then_some(&record.reason),
                from,
                to
            ])
            .with_context(context)?;
        while let Some(m) = each.next().with_context(context)? {
            f(AuditRow::from_row(m).with_context(context)?)?;
        }
    }
    Ok(())
}
