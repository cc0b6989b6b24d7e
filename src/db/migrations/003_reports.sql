-- 003: what the control reports need: remarks, the portal's access log, and an index on
-- the audit trail by entity. (Fill-rate reads a mark's entry time from `marks.entered_at`,
-- written in the same transaction as its audit record, not from the audit trail.)

-- An entity's records in the audit trail.
CREATE INDEX IF NOT EXISTS audit_by_entity ON audit_log (entity, entity_id);

-- A deputy's remark (замечание) on how a course's journal is kept, with a deadline.
CREATE TABLE IF NOT EXISTS remarks (
    id          INTEGER PRIMARY KEY,
    course_id   INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    text        TEXT NOT NULL,
    due         TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    created_by  TEXT NOT NULL,
    resolved_at TEXT,
    resolved_by TEXT
) STRICT;
CREATE INDEX IF NOT EXISTS remarks_by_course ON remarks (course_id);

-- Views of the electronic diary by students and parents, from the portal's access log.
CREATE TABLE IF NOT EXISTS access_log (
    id       INTEGER PRIMARY KEY,
    date     TEXT NOT NULL,
    class_id INTEGER NOT NULL REFERENCES classes(id),
    who      TEXT NOT NULL,
    role     TEXT NOT NULL CHECK (role IN ('student', 'parent')),
    UNIQUE (date, class_id, who, role)
) STRICT;
