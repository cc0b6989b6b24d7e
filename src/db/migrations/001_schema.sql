-- 001: the journal's ground floor: school settings, calendar, people, courses,
-- timetable and thematic plans, plus the session row that triggers read the actor from.
-- Names carry no COLLATE in the schema, so that plain sqlite3 can read and write the file;
-- the tool sorts with `ORDER BY … COLLATE RU` (Russian order, registered on its connections).

-- Key/value settings with the federal defaults (a school's local act may change them).
CREATE TABLE settings (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) STRICT;

-- One row: who is writing in the current transaction. The tool sets it at the start of
-- every write transaction and clears it before commit, so triggers can attribute a change;
-- a write made with plain SQL outside the tool is attributed to 'sql'.
CREATE TABLE session (
    id     INTEGER PRIMARY KEY CHECK (id = 1),
    actor  TEXT,
    reason TEXT,
    -- the day the tool believes it is (EJOURNAL_TODAY), and the time of the write
    today  TEXT,
    now    TEXT
) STRICT;
INSERT INTO session (id) VALUES (1);

-- Reporting periods: Q1–Q4 (grades 2–9), H1–H2 (grades 10–11), Y (all grades).
CREATE TABLE periods (
    code      TEXT PRIMARY KEY CHECK (code IN ('Q1','Q2','Q3','Q4','H1','H2','Y')),
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    CHECK (starts_on <= ends_on)
) STRICT;

-- Holidays (каникулы) and days off; `grades` NULL means every grade, else a list like '1'.
CREATE TABLE holidays (
    id        INTEGER PRIMARY KEY,
    starts_on TEXT NOT NULL,
    ends_on   TEXT NOT NULL,
    grades    TEXT,
    name      TEXT NOT NULL DEFAULT '',
    CHECK (starts_on <= ends_on)
) STRICT;

-- Work types (виды работ) with their weight and the checking grace in days for written work.
CREATE TABLE work_types (
    id         INTEGER PRIMARY KEY,
    name       TEXT NOT NULL UNIQUE,
    weight     REAL NOT NULL CHECK (weight > 0),
    grace_days INTEGER NOT NULL DEFAULT 0 CHECK (grace_days >= 0),
    position   INTEGER NOT NULL
) STRICT;

CREATE TABLE staff (
    id          INTEGER PRIMARY KEY,
    last_name   TEXT NOT NULL,
    first_name  TEXT NOT NULL,
    middle_name TEXT NOT NULL DEFAULT '',
    -- comma-separated canonical roles: учитель, классный руководитель, заместитель, электроник, директор
    roles       TEXT NOT NULL,
    -- folded "фамилия имя отчество": the identity used to match files to people
    fio_key     TEXT NOT NULL UNIQUE
) STRICT;

CREATE TABLE classes (
    id               INTEGER PRIMARY KEY,
    grade            INTEGER NOT NULL CHECK (grade BETWEEN 1 AND 11),
    letter           TEXT NOT NULL,
    name             TEXT NOT NULL UNIQUE,
    class_teacher_id INTEGER REFERENCES staff(id) ON DELETE SET NULL,
    UNIQUE (grade, letter)
) STRICT;

CREATE TABLE students (
    id          INTEGER PRIMARY KEY,
    last_name   TEXT NOT NULL,
    first_name  TEXT NOT NULL,
    middle_name TEXT NOT NULL DEFAULT '',
    birth_date  TEXT NOT NULL,
    fio_key     TEXT NOT NULL,
    UNIQUE (fio_key, birth_date)
) STRICT;

-- A student belongs to a class for a span of dates; a move closes one span and opens another.
CREATE TABLE enrolments (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    class_id   INTEGER NOT NULL REFERENCES classes(id),
    from_date  TEXT NOT NULL,
    to_date    TEXT,
    CHECK (to_date IS NULL OR to_date >= from_date)
) STRICT;
CREATE INDEX enrolments_by_class ON enrolments (class_id, from_date);
CREATE INDEX enrolments_by_student ON enrolments (student_id, from_date);

-- Законный представитель, as the roster gives one per student.
CREATE TABLE guardians (
    id         INTEGER PRIMARY KEY,
    student_id INTEGER NOT NULL UNIQUE REFERENCES students(id) ON DELETE CASCADE,
    name       TEXT NOT NULL DEFAULT '',
    phone      TEXT NOT NULL DEFAULT '',
    email      TEXT NOT NULL DEFAULT '',
    paper_only INTEGER NOT NULL DEFAULT 0 CHECK (paper_only IN (0, 1))
) STRICT;

CREATE TABLE subjects (
    id   INTEGER PRIMARY KEY,
    name TEXT NOT NULL,
    key  TEXT NOT NULL UNIQUE
) STRICT;

-- A subject taught to a class, or to a group of it ('' = the whole class).
CREATE TABLE courses (
    id             INTEGER PRIMARY KEY,
    class_id       INTEGER NOT NULL REFERENCES classes(id),
    subject_id     INTEGER NOT NULL REFERENCES subjects(id),
    group_name     TEXT NOT NULL DEFAULT '',
    teacher_id     INTEGER NOT NULL REFERENCES staff(id),
    hours_per_week REAL NOT NULL CHECK (hours_per_week > 0),
    UNIQUE (class_id, subject_id, group_name)
) STRICT;
CREATE INDEX courses_by_teacher ON courses (teacher_id);

CREATE TABLE group_members (
    course_id  INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    student_id INTEGER NOT NULL REFERENCES students(id) ON DELETE CASCADE,
    PRIMARY KEY (course_id, student_id)
) STRICT, WITHOUT ROWID;
CREATE INDEX group_members_by_student ON group_members (student_id);

CREATE TABLE timetable (
    id        INTEGER PRIMARY KEY,
    class_id  INTEGER NOT NULL REFERENCES classes(id),
    weekday   INTEGER NOT NULL CHECK (weekday BETWEEN 1 AND 6),
    lesson_no INTEGER NOT NULL CHECK (lesson_no BETWEEN 1 AND 12),
    course_id INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    UNIQUE (class_id, weekday, lesson_no, course_id)
) STRICT;
CREATE INDEX timetable_by_course ON timetable (course_id);

-- КТП: the course's ordered lessons; a topic of N hours takes N lessons.
CREATE TABLE plan_items (
    id           INTEGER PRIMARY KEY,
    course_id    INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    lesson_no    INTEGER NOT NULL CHECK (lesson_no > 0),
    topic        TEXT NOT NULL,
    hours        INTEGER NOT NULL DEFAULT 1 CHECK (hours > 0),
    planned_date TEXT,
    homework     TEXT NOT NULL DEFAULT '',
    UNIQUE (course_id, lesson_no)
) STRICT;

-- Every import: who loaded which file and what it did.
CREATE TABLE import_log (
    id        INTEGER PRIMARY KEY,
    at        TEXT NOT NULL,
    actor     TEXT NOT NULL,
    kind      TEXT NOT NULL,
    file      TEXT NOT NULL,
    rows_read INTEGER NOT NULL,
    added     INTEGER NOT NULL,
    updated   INTEGER NOT NULL,
    unchanged INTEGER NOT NULL,
    removed   INTEGER NOT NULL
) STRICT;

-- The audit trail. Filled by triggers only.
CREATE TABLE audit_log (
    id         INTEGER PRIMARY KEY,
    at         TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')),
    actor      TEXT NOT NULL,
    entity     TEXT NOT NULL,
    entity_id  INTEGER,
    action     TEXT NOT NULL CHECK (action IN ('insert', 'update', 'delete')),
    class_id   INTEGER,
    student_id INTEGER,
    before     TEXT,
    after      TEXT,
    reason     TEXT
) STRICT;
-- One index, by class: the audit is read by class (and student within it); an index per
-- student would double the cost of writing a million marks.
CREATE INDEX audit_by_class ON audit_log (class_id);

-- The audit trail itself cannot be rewritten.
CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;
CREATE TRIGGER audit_log_no_delete BEFORE DELETE ON audit_log
BEGIN SELECT RAISE(ABORT, 'the audit trail cannot be changed'); END;

CREATE TRIGGER enrolments_audit_insert AFTER INSERT ON enrolments
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), 'enrolment', NEW.id, 'insert', NEW.class_id, NEW.student_id,
           json_object('class', (SELECT name FROM classes WHERE id = NEW.class_id),
                       'from', NEW.from_date, 'to', NEW.to_date), s.reason
    FROM session s WHERE s.id = 1;
END;
CREATE TRIGGER enrolments_audit_update AFTER UPDATE ON enrolments
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), 'enrolment', NEW.id, 'update', NEW.class_id, NEW.student_id,
           json_object('class', (SELECT name FROM classes WHERE id = OLD.class_id),
                       'from', OLD.from_date, 'to', OLD.to_date),
           json_object('class', (SELECT name FROM classes WHERE id = NEW.class_id),
                       'from', NEW.from_date, 'to', NEW.to_date), s.reason
    FROM session s WHERE s.id = 1;
END;
CREATE TRIGGER enrolments_audit_delete AFTER DELETE ON enrolments
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), 'enrolment', OLD.id, 'delete', OLD.class_id, OLD.student_id,
           json_object('class', (SELECT name FROM classes WHERE id = OLD.class_id),
                       'from', OLD.from_date, 'to', OLD.to_date), s.reason
    FROM session s WHERE s.id = 1;
END;

CREATE TRIGGER periods_audit_update AFTER UPDATE ON periods
BEGIN
    INSERT INTO audit_log (at, actor, entity, action, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), 'period', 'update',
           json_object('code', OLD.code, 'from', OLD.starts_on, 'to', OLD.ends_on),
           json_object('code', NEW.code, 'from', NEW.starts_on, 'to', NEW.ends_on), s.reason
    FROM session s WHERE s.id = 1;
END;
CREATE TRIGGER holidays_audit_insert AFTER INSERT ON holidays
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), 'holiday', NEW.id, 'insert',
           json_object('from', NEW.starts_on, 'to', NEW.ends_on, 'grades', NEW.grades, 'name', NEW.name),
           s.reason
    FROM session s WHERE s.id = 1;
END;
CREATE TRIGGER holidays_audit_delete AFTER DELETE ON holidays
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), 'holiday', OLD.id, 'delete',
           json_object('from', OLD.starts_on, 'to', OLD.ends_on, 'grades', OLD.grades, 'name', OLD.name),
           s.reason
    FROM session s WHERE s.id = 1;
END;
CREATE TRIGGER settings_audit_update AFTER UPDATE ON settings WHEN OLD.value IS NOT NEW.value
BEGIN
    INSERT INTO audit_log (at, actor, entity, action, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), 'setting', 'update',
           json_object(OLD.key, OLD.value), json_object(NEW.key, NEW.value), s.reason
    FROM session s WHERE s.id = 1;
END;
