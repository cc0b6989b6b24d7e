-- 002: keeping the journal: lessons, marks, absences, final marks; locked dates and the
-- audit trail, both enforced by triggers so that no code path (nor plain SQL) skips them.

-- The session row's `today` (the rolling lock) and `now` (entry times) come from 001; plain
-- SQL, which sets neither, falls back to the clock.

-- A dated lesson of a course; the topic and homework actually given; who taught it when it
-- was not the course's teacher (a substitute).
CREATE TABLE lessons (
    id           INTEGER PRIMARY KEY,
    course_id    INTEGER NOT NULL REFERENCES courses(id) ON DELETE CASCADE,
    date         TEXT NOT NULL,
    lesson_no    INTEGER NOT NULL CHECK (lesson_no BETWEEN 1 AND 12),
    plan_item_id INTEGER REFERENCES plan_items(id) ON DELETE SET NULL,
    topic        TEXT NOT NULL DEFAULT '',
    homework     TEXT NOT NULL DEFAULT '',
    teacher_id   INTEGER REFERENCES staff(id),
    UNIQUE (course_id, date, lesson_no)
) STRICT;
CREATE INDEX lessons_by_date ON lessons (date, course_id);

CREATE TABLE marks (
    id           INTEGER PRIMARY KEY,
    lesson_id    INTEGER NOT NULL REFERENCES lessons(id),
    student_id   INTEGER NOT NULL REFERENCES students(id),
    value        TEXT NOT NULL CHECK (value IN ('1', '2', '3', '4', '5', 'зч', 'нз')),
    work_type_id INTEGER NOT NULL REFERENCES work_types(id),
    entered_at   TEXT NOT NULL,
    entered_by   TEXT NOT NULL
) STRICT;
CREATE INDEX marks_by_lesson ON marks (lesson_id, student_id);
-- No index by student: reports go by class and course (marks_by_lesson); one more index
-- to keep in order would make a million-mark import markedly slower.

-- Б ill, У excused, Н unexcused, О late (not a missed lesson).
CREATE TABLE absences (
    id         INTEGER PRIMARY KEY,
    lesson_id  INTEGER NOT NULL REFERENCES lessons(id),
    student_id INTEGER NOT NULL REFERENCES students(id),
    code       TEXT NOT NULL CHECK (code IN ('Б', 'У', 'Н', 'О')),
    UNIQUE (lesson_id, student_id)
) STRICT;
CREATE INDEX absences_by_student ON absences (student_id, lesson_id);

CREATE TABLE final_marks (
    id         INTEGER PRIMARY KEY,
    course_id  INTEGER NOT NULL REFERENCES courses(id),
    student_id INTEGER NOT NULL REFERENCES students(id),
    period     TEXT NOT NULL REFERENCES periods(code),
    value      TEXT NOT NULL CHECK (value IN ('5', '4', '3', '2', '1', 'зч', 'нз', 'н/а', 'осв')),
    UNIQUE (course_id, student_id, period)
) STRICT;
CREATE INDEX final_marks_by_student ON final_marks (student_id);

-- Is a date locked, for a write made now? Locked when on or before `locked_until`, or
-- (with the rolling lock on) older than N days, plus the checking grace of written work.
CREATE VIEW lock_state AS
SELECT
    (SELECT value FROM settings WHERE key = 'locked_until') AS locked_until,
    (SELECT value FROM settings WHERE key = 'lock_older_than') AS older_than,
    COALESCE((SELECT today FROM session WHERE id = 1), date('now', 'localtime')) AS today;

-- ---------------------------------------------------------------- locks on marks
CREATE TRIGGER marks_lock_insert BEFORE INSERT ON marks
WHEN EXISTS (
    SELECT 1 FROM lessons l, lock_state s, work_types w
    WHERE l.id = NEW.lesson_id AND w.id = NEW.work_type_id
      AND ((s.locked_until <> '' AND l.date <= s.locked_until)
        OR (s.older_than <> 'off'
            AND l.date < date(s.today, '-' || (CAST(s.older_than AS INTEGER) + w.grace_days) || ' days'))))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

CREATE TRIGGER marks_lock_update BEFORE UPDATE ON marks
WHEN EXISTS (
    SELECT 1 FROM lessons l, lock_state s, work_types w
    WHERE l.id IN (OLD.lesson_id, NEW.lesson_id) AND w.id = OLD.work_type_id
      AND ((s.locked_until <> '' AND l.date <= s.locked_until)
        OR (s.older_than <> 'off'
            AND l.date < date(s.today, '-' || (CAST(s.older_than AS INTEGER) + w.grace_days) || ' days'))))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

CREATE TRIGGER marks_lock_delete BEFORE DELETE ON marks
WHEN EXISTS (
    SELECT 1 FROM lessons l, lock_state s, work_types w
    WHERE l.id = OLD.lesson_id AND w.id = OLD.work_type_id
      AND ((s.locked_until <> '' AND l.date <= s.locked_until)
        OR (s.older_than <> 'off'
            AND l.date < date(s.today, '-' || (CAST(s.older_than AS INTEGER) + w.grace_days) || ' days'))))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

-- ---------------------------------------------------------------- locks on absences
CREATE TRIGGER absences_lock_insert BEFORE INSERT ON absences
WHEN EXISTS (
    SELECT 1 FROM lessons l, lock_state s
    WHERE l.id = NEW.lesson_id
      AND ((s.locked_until <> '' AND l.date <= s.locked_until)
        OR (s.older_than <> 'off' AND l.date < date(s.today, '-' || CAST(s.older_than AS INTEGER) || ' days'))))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

CREATE TRIGGER absences_lock_update BEFORE UPDATE ON absences
WHEN EXISTS (
    SELECT 1 FROM lessons l, lock_state s
    WHERE l.id IN (OLD.lesson_id, NEW.lesson_id)
      AND ((s.locked_until <> '' AND l.date <= s.locked_until)
        OR (s.older_than <> 'off' AND l.date < date(s.today, '-' || CAST(s.older_than AS INTEGER) || ' days'))))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

CREATE TRIGGER absences_lock_delete BEFORE DELETE ON absences
WHEN EXISTS (
    SELECT 1 FROM lessons l, lock_state s
    WHERE l.id = OLD.lesson_id
      AND ((s.locked_until <> '' AND l.date <= s.locked_until)
        OR (s.older_than <> 'off' AND l.date < date(s.today, '-' || CAST(s.older_than AS INTEGER) || ' days'))))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

-- ---------------------------------------------------------------- locks on lessons
-- A locked lesson keeps its date, topic, homework and teacher; new lessons may not be
-- dated on a locked day with a topic already in them.
CREATE TRIGGER lessons_lock_update BEFORE UPDATE OF date, topic, homework, teacher_id, lesson_no ON lessons
WHEN (OLD.topic IS NOT NEW.topic OR OLD.homework IS NOT NEW.homework OR OLD.date IS NOT NEW.date
      OR OLD.teacher_id IS NOT NEW.teacher_id OR OLD.lesson_no IS NOT NEW.lesson_no)
 AND EXISTS (
    SELECT 1 FROM lock_state s
    WHERE (s.locked_until <> '' AND min(OLD.date, NEW.date) <= s.locked_until)
       OR (s.older_than <> 'off' AND min(OLD.date, NEW.date) < date(s.today, '-' || CAST(s.older_than AS INTEGER) || ' days')))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

CREATE TRIGGER lessons_lock_delete BEFORE DELETE ON lessons
WHEN EXISTS (
    SELECT 1 FROM lock_state s
    WHERE (s.locked_until <> '' AND OLD.date <= s.locked_until)
       OR (s.older_than <> 'off' AND OLD.date < date(s.today, '-' || CAST(s.older_than AS INTEGER) || ' days')))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

CREATE TRIGGER lessons_lock_insert BEFORE INSERT ON lessons
WHEN (NEW.topic <> '' OR NEW.homework <> '') AND EXISTS (
    SELECT 1 FROM lock_state s
    WHERE (s.locked_until <> '' AND NEW.date <= s.locked_until)
       OR (s.older_than <> 'off' AND NEW.date < date(s.today, '-' || CAST(s.older_than AS INTEGER) || ' days')))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

-- ---------------------------------------------------------------- locks on final marks
-- A final mark of a period that ends on a locked date is locked.
CREATE TRIGGER final_marks_lock_insert BEFORE INSERT ON final_marks
WHEN EXISTS (
    SELECT 1 FROM periods p, lock_state s
    WHERE p.code = NEW.period AND s.locked_until <> '' AND p.ends_on <= s.locked_until)
BEGIN SELECT RAISE(ABORT, 'ejournal: period locked'); END;

CREATE TRIGGER final_marks_lock_update BEFORE UPDATE ON final_marks
WHEN EXISTS (
    SELECT 1 FROM periods p, lock_state s
    WHERE p.code IN (OLD.period, NEW.period) AND s.locked_until <> '' AND p.ends_on <= s.locked_until)
BEGIN SELECT RAISE(ABORT, 'ejournal: period locked'); END;

CREATE TRIGGER final_marks_lock_delete BEFORE DELETE ON final_marks
WHEN EXISTS (
    SELECT 1 FROM periods p, lock_state s
    WHERE p.code = OLD.period AND s.locked_until <> '' AND p.ends_on <= s.locked_until)
BEGIN SELECT RAISE(ABORT, 'ejournal: period locked'); END;

-- ---------------------------------------------------------------- the audit trail
-- Marks: value and work type before and after, with the lesson's date and course.
-- An inserted mark is in the marks table itself (value, work type, entered_at/by); the
-- trail keeps its ids and value, compactly, since a year brings hundreds of thousands.
CREATE TRIGGER marks_audit_insert AFTER INSERT ON marks
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'mark', NEW.id, 'insert',
           (SELECT c.class_id FROM lessons l JOIN courses c ON c.id = l.course_id WHERE l.id = NEW.lesson_id),
           NEW.student_id,
           json_object('lesson_id', NEW.lesson_id, 'mark', NEW.value, 'work_type_id', NEW.work_type_id),
           s.reason
    FROM session s WHERE s.id = 1;
END;
CREATE TRIGGER marks_audit_update AFTER UPDATE ON marks
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'mark', NEW.id, 'update', c.class_id, NEW.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'group', c.group_name,
                       'mark', OLD.value, 'work_type', (SELECT name FROM work_types WHERE id = OLD.work_type_id)),
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'group', c.group_name,
                       'mark', NEW.value, 'work_type', (SELECT name FROM work_types WHERE id = NEW.work_type_id)),
           s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = NEW.lesson_id;
END;
CREATE TRIGGER marks_audit_delete AFTER DELETE ON marks
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'mark', OLD.id, 'delete', c.class_id, OLD.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'group', c.group_name,
                       'mark', OLD.value, 'work_type', (SELECT name FROM work_types WHERE id = OLD.work_type_id)),
           s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = OLD.lesson_id;
END;

CREATE TRIGGER absences_audit_insert AFTER INSERT ON absences
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'absence', NEW.id, 'insert', c.class_id, NEW.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'code', NEW.code), s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = NEW.lesson_id;
END;
CREATE TRIGGER absences_audit_update AFTER UPDATE ON absences
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'absence', NEW.id, 'update', c.class_id, NEW.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'code', OLD.code),
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'code', NEW.code), s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = NEW.lesson_id;
END;
CREATE TRIGGER absences_audit_delete AFTER DELETE ON absences
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'absence', OLD.id, 'delete', c.class_id, OLD.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'code', OLD.code), s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = OLD.lesson_id;
END;

CREATE TRIGGER lessons_audit_update AFTER UPDATE OF topic, homework, teacher_id ON lessons
WHEN OLD.topic IS NOT NEW.topic OR OLD.homework IS NOT NEW.homework OR OLD.teacher_id IS NOT NEW.teacher_id
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'lesson', NEW.id, 'update', c.class_id,
           json_object('date', OLD.date, 'lesson_no', OLD.lesson_no, 'subject', sub.name, 'topic', OLD.topic,
                       'homework', OLD.homework, 'substitute',
                       (SELECT last_name || ' ' || first_name || ' ' || middle_name FROM staff WHERE id = OLD.teacher_id)),
           json_object('date', NEW.date, 'lesson_no', NEW.lesson_no, 'subject', sub.name, 'topic', NEW.topic,
                       'homework', NEW.homework, 'substitute',
                       (SELECT last_name || ' ' || first_name || ' ' || middle_name FROM staff WHERE id = NEW.teacher_id)), s.reason
    FROM session s, courses c JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND c.id = NEW.course_id;
END;

CREATE TRIGGER final_marks_audit_insert AFTER INSERT ON final_marks
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'final_mark', NEW.id, 'insert', c.class_id, NEW.student_id,
           json_object('period', NEW.period, 'subject', sub.name, 'group', c.group_name, 'mark', NEW.value), s.reason
    FROM session s, courses c JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND c.id = NEW.course_id;
END;
CREATE TRIGGER final_marks_audit_update AFTER UPDATE ON final_marks
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'final_mark', NEW.id, 'update', c.class_id, NEW.student_id,
           json_object('period', OLD.period, 'subject', sub.name, 'group', c.group_name, 'mark', OLD.value),
           json_object('period', NEW.period, 'subject', sub.name, 'group', c.group_name, 'mark', NEW.value), s.reason
    FROM session s, courses c JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND c.id = NEW.course_id;
END;
CREATE TRIGGER final_marks_audit_delete AFTER DELETE ON final_marks
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, student_id, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'final_mark', OLD.id, 'delete', c.class_id, OLD.student_id,
           json_object('period', OLD.period, 'subject', sub.name, 'group', c.group_name, 'mark', OLD.value), s.reason
    FROM session s, courses c JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND c.id = OLD.course_id;
END;

-- Locks themselves: who moved the lock, when and why (settings_audit_update records the
-- value change; this makes it a 'lock' entry that `ejournal audit` shows).
CREATE TRIGGER lock_audit AFTER UPDATE ON settings
WHEN NEW.key IN ('locked_until', 'lock_older_than') AND OLD.value IS NOT NEW.value
BEGIN
    INSERT INTO audit_log (at, actor, entity, action, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'lock', 'update', json_object(OLD.key, OLD.value), json_object(NEW.key, NEW.value), s.reason
    FROM session s WHERE s.id = 1;
END;
-- The generic settings trigger would record a lock change twice.
DROP TRIGGER settings_audit_update;
CREATE TRIGGER settings_audit_update AFTER UPDATE ON settings
WHEN OLD.value IS NOT NEW.value AND NEW.key NOT IN ('locked_until', 'lock_older_than')
BEGIN
    INSERT INTO audit_log (at, actor, entity, action, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'setting', 'update', json_object(OLD.key, OLD.value), json_object(NEW.key, NEW.value), s.reason
    FROM session s WHERE s.id = 1;
END;

-- The lock moves only through the tool (which names who moves it); plain SQL cannot lift it.
CREATE TRIGGER lock_only_by_the_tool BEFORE UPDATE ON settings
WHEN NEW.key IN ('locked_until', 'lock_older_than') AND (SELECT actor FROM session WHERE id = 1) IS NULL
BEGIN SELECT RAISE(ABORT, 'ejournal: the lock is moved with `ejournal lock` and `ejournal unlock`'); END;

