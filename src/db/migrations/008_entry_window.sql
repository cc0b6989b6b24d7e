-- 008: the lesson-day rule. A mark, an absence, a lesson's topic or homework is entered on
-- the lesson day, plus the school's entry window (`entry_window_days`) and, for a mark, its
-- work type's checking grace. Later, only under a deputy's permit (разрешение на внесение
-- изменений) named in the session. The Rust home of the same line is
-- `domain::window::entry_deadline`; the tool checks first to name every late row, and these
-- triggers keep plain SQL through the tool's session from doing what it refuses.
-- Built-in SQL only, so plain sqlite3 can still write the file.

-- A journal made before this migration gets the setting; a new one gets it from `init`.
INSERT INTO settings (key, value)
SELECT 'entry_window_days', '0'
WHERE EXISTS (SELECT 1 FROM settings WHERE key = 'school_name')
  AND NOT EXISTS (SELECT 1 FROM settings WHERE key = 'entry_window_days');

-- The write session names the permit it writes under (NULL: none).
ALTER TABLE session ADD COLUMN permit_id INTEGER;

-- Permits: late entries and corrections for lessons dated from_date..to_date, of a class
-- (NULL: the whole school) and a course (NULL: the whole class), until the end of `until`.
-- A permit is a document of its own: it is never edited but to revoke it, never deleted.
CREATE TABLE permits (
    id            INTEGER PRIMARY KEY,
    class_id      INTEGER REFERENCES classes(id),
    course_id     INTEGER REFERENCES courses(id),
    from_date     TEXT NOT NULL,
    to_date       TEXT NOT NULL,
    until         TEXT NOT NULL,
    reason        TEXT NOT NULL CHECK (reason <> ''),
    created_at    TEXT NOT NULL,
    created_by    TEXT NOT NULL,
    revoked_at    TEXT,
    revoked_by    TEXT,
    revoke_reason TEXT,
    CHECK (from_date <= to_date),
    CHECK (course_id IS NULL OR class_id IS NOT NULL),
    CHECK ((revoked_at IS NULL) = (revoked_by IS NULL) AND (revoked_at IS NULL) = (revoke_reason IS NULL))
) STRICT;

CREATE TRIGGER permits_no_delete BEFORE DELETE ON permits
BEGIN SELECT RAISE(ABORT, 'ejournal: a permit is never deleted (revoke it)'); END;

-- The only change a permit takes: its revocation, once.
CREATE TRIGGER permits_only_revoke BEFORE UPDATE ON permits
WHEN OLD.revoked_at IS NOT NULL
  OR NEW.revoked_at IS NULL
  OR NEW.id IS NOT OLD.id OR NEW.class_id IS NOT OLD.class_id OR NEW.course_id IS NOT OLD.course_id
  OR NEW.from_date IS NOT OLD.from_date OR NEW.to_date IS NOT OLD.to_date
  OR NEW.until IS NOT OLD.until OR NEW.reason IS NOT OLD.reason
  OR NEW.created_at IS NOT OLD.created_at OR NEW.created_by IS NOT OLD.created_by
BEGIN SELECT RAISE(ABORT, 'ejournal: a permit cannot be changed, only revoked'); END;

-- The window line: for work with a checking grace of `grace_days` (0 for absences and
-- lessons), lessons dated before `first_open_day` are late as of the session's today (the
-- clock for plain SQL, as for the lock). One row per grace, as `lock_line`.
CREATE VIEW window_line (grace_days, first_open_day) AS
SELECT g.grace_days,
       date(COALESCE((SELECT today FROM session WHERE id = 1), date('now', 'localtime')),
            '-' || (CAST(COALESCE((SELECT value FROM settings WHERE key = 'entry_window_days'), '0') AS INTEGER)
                    + g.grace_days) || ' days')
FROM (SELECT grace_days FROM work_types UNION ALL SELECT 0) g;

-- The permit the session names, while it is valid (not revoked, `until` not passed).
CREATE VIEW session_permit (class_id, course_id, from_date, to_date) AS
SELECT p.class_id, p.course_id, p.from_date, p.to_date
FROM session s JOIN permits p ON p.id = s.permit_id
WHERE s.id = 1 AND p.revoked_at IS NULL
  AND p.until >= COALESCE(s.today, date('now', 'localtime'));

-- A late lesson is open only when the session's permit covers its date, class and course.
CREATE VIEW late_lesson_open (lesson_id) AS
SELECT l.id FROM lessons l JOIN courses c ON c.id = l.course_id, session_permit p
WHERE l.date BETWEEN p.from_date AND p.to_date
  AND (p.class_id IS NULL OR p.class_id = c.class_id)
  AND (p.course_id IS NULL OR p.course_id = c.id);

-- ---------------------------------------------------------------- marks
-- Judged by the lesson's date (the earlier of two when it moves) and the work type's grace
-- (the smaller of the old and new one on update: a mark cannot escape by changing type).
CREATE TRIGGER marks_window_insert BEFORE INSERT ON marks
WHEN (SELECT date FROM lessons WHERE id = NEW.lesson_id)
   < (SELECT first_open_day FROM window_line
      WHERE grace_days = (SELECT grace_days FROM work_types WHERE id = NEW.work_type_id) LIMIT 1)
 AND NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = NEW.lesson_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: outside the entry window'); END;

CREATE TRIGGER marks_window_update BEFORE UPDATE ON marks
WHEN (SELECT min(date) FROM lessons WHERE id IN (OLD.lesson_id, NEW.lesson_id))
   < (SELECT first_open_day FROM window_line
      WHERE grace_days = (SELECT min(grace_days) FROM work_types
                          WHERE id IN (OLD.work_type_id, NEW.work_type_id)) LIMIT 1)
 AND (NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = OLD.lesson_id)
      OR NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = NEW.lesson_id))
BEGIN SELECT RAISE(ABORT, 'ejournal: outside the entry window'); END;

CREATE TRIGGER marks_window_delete BEFORE DELETE ON marks
WHEN (SELECT date FROM lessons WHERE id = OLD.lesson_id)
   < (SELECT first_open_day FROM window_line
      WHERE grace_days = (SELECT grace_days FROM work_types WHERE id = OLD.work_type_id) LIMIT 1)
 AND NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = OLD.lesson_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: outside the entry window'); END;

-- ---------------------------------------------------------------- absences
CREATE TRIGGER absences_window_insert BEFORE INSERT ON absences
WHEN (SELECT date FROM lessons WHERE id = NEW.lesson_id)
   < (SELECT first_open_day FROM window_line WHERE grace_days = 0 LIMIT 1)
 AND NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = NEW.lesson_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: outside the entry window'); END;

CREATE TRIGGER absences_window_update BEFORE UPDATE ON absences
WHEN (SELECT min(date) FROM lessons WHERE id IN (OLD.lesson_id, NEW.lesson_id))
   < (SELECT first_open_day FROM window_line WHERE grace_days = 0 LIMIT 1)
 AND (NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = OLD.lesson_id)
      OR NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = NEW.lesson_id))
BEGIN SELECT RAISE(ABORT, 'ejournal: outside the entry window'); END;

CREATE TRIGGER absences_window_delete BEFORE DELETE ON absences
WHEN (SELECT date FROM lessons WHERE id = OLD.lesson_id)
   < (SELECT first_open_day FROM window_line WHERE grace_days = 0 LIMIT 1)
 AND NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = OLD.lesson_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: outside the entry window'); END;

-- ---------------------------------------------------------------- lessons' topic and homework
-- What the teacher writes. A lesson that follows the КТП (`lessons generate` binding the
-- approved plan's topic and homework, or unbinding a removed entry) is the plan, not an
-- entry, and goes on as before; the lock still keeps locked lessons as they are.
CREATE TRIGGER lessons_window_update BEFORE UPDATE OF topic, homework ON lessons
WHEN (OLD.topic IS NOT NEW.topic OR OLD.homework IS NOT NEW.homework)
 AND NOT (NEW.plan_item_id IS NOT NULL
          AND EXISTS (SELECT 1 FROM plan_items p WHERE p.id = NEW.plan_item_id
                      AND p.topic = NEW.topic AND p.homework = NEW.homework))
 AND NOT (NEW.plan_item_id IS NULL AND NEW.topic = '' AND NEW.homework = ''
          AND (OLD.plan_item_id IS NOT NULL OR (OLD.topic = '' AND OLD.homework = '')))
 AND OLD.date < (SELECT first_open_day FROM window_line WHERE grace_days = 0 LIMIT 1)
 AND NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'ejournal: outside the entry window'); END;

-- ---------------------------------------------------------------- the audit trail
CREATE TRIGGER permits_audit_insert AFTER INSERT ON permits
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'permit', NEW.id, 'insert', NEW.class_id,
           json_object('from', NEW.from_date, 'to', NEW.to_date, 'until', NEW.until,
                       'class', (SELECT name FROM classes WHERE id = NEW.class_id),
                       'course_id', NEW.course_id),
           NEW.reason
    FROM session s WHERE s.id = 1;
END;

CREATE TRIGGER permits_audit_revoke AFTER UPDATE OF revoked_at ON permits
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'permit', NEW.id, 'update', NEW.class_id,
           json_object('revoked', 0), json_object('revoked', 1), NEW.revoke_reason
    FROM session s WHERE s.id = 1;
END;

-- ---------------------------------------------------------------- which refusal speaks first
-- SQLite runs a table's triggers newest first. The lock and the rules of 007 name the more
-- fundamental refusal (a locked date needs `unlock`, which no permit gives), so they are
-- re-created here unchanged, after the window triggers, to keep speaking first.

DROP TRIGGER marks_lock_insert;
CREATE TRIGGER marks_lock_insert BEFORE INSERT ON marks
WHEN (SELECT date FROM lessons WHERE id = NEW.lesson_id)
  <= (SELECT last_locked_day FROM lock_line
      WHERE grace_days = (SELECT grace_days FROM work_types WHERE id = NEW.work_type_id) LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER marks_lock_update;
CREATE TRIGGER marks_lock_update BEFORE UPDATE ON marks
WHEN (SELECT min(date) FROM lessons WHERE id IN (OLD.lesson_id, NEW.lesson_id))
  <= (SELECT last_locked_day FROM lock_line
      WHERE grace_days = (SELECT grace_days FROM work_types WHERE id = OLD.work_type_id) LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER marks_lock_delete;
CREATE TRIGGER marks_lock_delete BEFORE DELETE ON marks
WHEN (SELECT date FROM lessons WHERE id = OLD.lesson_id)
  <= (SELECT last_locked_day FROM lock_line
      WHERE grace_days = (SELECT grace_days FROM work_types WHERE id = OLD.work_type_id) LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER absences_lock_insert;
CREATE TRIGGER absences_lock_insert BEFORE INSERT ON absences
WHEN (SELECT date FROM lessons WHERE id = NEW.lesson_id)
  <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER absences_lock_update;
CREATE TRIGGER absences_lock_update BEFORE UPDATE ON absences
WHEN (SELECT min(date) FROM lessons WHERE id IN (OLD.lesson_id, NEW.lesson_id))
  <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER absences_lock_delete;
CREATE TRIGGER absences_lock_delete BEFORE DELETE ON absences
WHEN (SELECT date FROM lessons WHERE id = OLD.lesson_id)
  <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER lessons_lock_update;
CREATE TRIGGER lessons_lock_update BEFORE UPDATE OF date, topic, homework, teacher_id, lesson_no ON lessons
WHEN (OLD.topic IS NOT NEW.topic OR OLD.homework IS NOT NEW.homework OR OLD.date IS NOT NEW.date
      OR OLD.teacher_id IS NOT NEW.teacher_id OR OLD.lesson_no IS NOT NEW.lesson_no)
 AND min(OLD.date, NEW.date)
  <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER marks_absent_insert;
CREATE TRIGGER marks_absent_insert BEFORE INSERT ON marks
WHEN EXISTS (SELECT 1 FROM absences
             WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id AND code <> 'О')
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;

DROP TRIGGER marks_absent_update;
CREATE TRIGGER marks_absent_update BEFORE UPDATE OF lesson_id, student_id ON marks
WHEN EXISTS (SELECT 1 FROM absences
             WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id AND code <> 'О')
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;

DROP TRIGGER absences_marked_insert;
CREATE TRIGGER absences_marked_insert BEFORE INSERT ON absences
WHEN NEW.code <> 'О'
 AND EXISTS (SELECT 1 FROM marks WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;

DROP TRIGGER absences_marked_update;
CREATE TRIGGER absences_marked_update BEFORE UPDATE ON absences
WHEN NEW.code <> 'О'
 AND EXISTS (SELECT 1 FROM marks WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;
