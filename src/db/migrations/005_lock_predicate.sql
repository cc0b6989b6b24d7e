-- 005: one home for the lock rule. Migration 002 wrote the condition out in every lock
-- trigger; here it becomes two views that every trigger reads, and the triggers are
-- re-created on them with the same names, the same refusals and the same messages.
-- (The Rust check, `db::lock::LockState`, computes the same line; a test holds them
-- together on a grid of dates, settings and graces.)

-- The lock line: for work with a checking grace of `grace_days` (0 for absences, lessons
-- and work without one), every date on or before `last_locked_day` is locked; NULL when
-- nothing is. Two locks draw it, the later wins: the fixed lock (`locked_until`, '' = none)
-- and the rolling one (entries older than `lock_older_than` days plus the grace, counted
-- back from the session's today; 'off' = none). Dates are ISO days, so "before D" is "on or
-- before the day before D". One row per work type's grace and one for no grace (a grace
-- may repeat; every row of a grace says the same). The rows come from a UNION ALL scanned
-- as it goes, and the lock is worked out only for the row a trigger asks for: a million
-- marks go in as fast as they did with the condition written out in each trigger.
CREATE VIEW lock_line (grace_days, last_locked_day) AS
SELECT g.grace_days,
       (SELECT max(COALESCE(fixed, rolling), COALESCE(rolling, fixed)) FROM (
            SELECT CASE WHEN s.locked_until <> '' THEN s.locked_until END AS fixed,
                   CASE WHEN s.older_than <> 'off'
                        THEN date(s.today, '-' || (CAST(s.older_than AS INTEGER) + g.grace_days) || ' days',
                                  '-1 day')
                   END AS rolling
            FROM lock_state s))
FROM (SELECT grace_days FROM work_types UNION ALL SELECT 0) g;

-- A period's final marks are locked when the period ends on a day the fixed lock covers
-- (the rolling lock never closes a period).
CREATE VIEW locked_periods (code) AS
SELECT p.code FROM periods p, lock_state s
WHERE s.locked_until <> '' AND p.ends_on <= s.locked_until;

-- ---------------------------------------------------------------- locks on marks
-- A mark is judged by its lesson's date (the earlier of two when it moves) and its work
-- type's grace (the old one on update). No lesson, or no work type: nothing to judge, as in 002.
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

-- ---------------------------------------------------------------- locks on absences
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

-- ---------------------------------------------------------------- locks on lessons
-- A locked lesson keeps its date, topic, homework and teacher; new lessons may not be
-- dated on a locked day with a topic already in them.
DROP TRIGGER lessons_lock_update;
CREATE TRIGGER lessons_lock_update BEFORE UPDATE OF date, topic, homework, teacher_id, lesson_no ON lessons
WHEN (OLD.topic IS NOT NEW.topic OR OLD.homework IS NOT NEW.homework OR OLD.date IS NOT NEW.date
      OR OLD.teacher_id IS NOT NEW.teacher_id OR OLD.lesson_no IS NOT NEW.lesson_no)
 AND min(OLD.date, NEW.date)
  <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER lessons_lock_delete;
CREATE TRIGGER lessons_lock_delete BEFORE DELETE ON lessons
WHEN OLD.date <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

DROP TRIGGER lessons_lock_insert;
CREATE TRIGGER lessons_lock_insert BEFORE INSERT ON lessons
WHEN (NEW.topic <> '' OR NEW.homework <> '') 
 AND NEW.date <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

-- ---------------------------------------------------------------- locks on final marks
DROP TRIGGER final_marks_lock_insert;
CREATE TRIGGER final_marks_lock_insert BEFORE INSERT ON final_marks
WHEN EXISTS (SELECT 1 FROM locked_periods lp WHERE lp.code = NEW.period)
BEGIN SELECT RAISE(ABORT, 'ejournal: period locked'); END;

DROP TRIGGER final_marks_lock_update;
CREATE TRIGGER final_marks_lock_update BEFORE UPDATE ON final_marks
WHEN EXISTS (SELECT 1 FROM locked_periods lp WHERE lp.code IN (OLD.period, NEW.period))
BEGIN SELECT RAISE(ABORT, 'ejournal: period locked'); END;

DROP TRIGGER final_marks_lock_delete;
CREATE TRIGGER final_marks_lock_delete BEFORE DELETE ON final_marks
WHEN EXISTS (SELECT 1 FROM locked_periods lp WHERE lp.code = OLD.period)
BEGIN SELECT RAISE(ABORT, 'ejournal: period locked'); END;

-- ---------------------------------------------------------------- the lessons' audit trail
-- As in 002, with the substitute's name from `staff_names` (004), its one home.
DROP TRIGGER lessons_audit_update;
CREATE TRIGGER lessons_audit_update AFTER UPDATE OF topic, homework, teacher_id ON lessons
WHEN OLD.topic IS NOT NEW.topic OR OLD.homework IS NOT NEW.homework OR OLD.teacher_id IS NOT NEW.teacher_id
BEGIN
    INSERT INTO audit_log (at, actor, entity, entity_id, action, class_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'),
           'lesson', NEW.id, 'update', c.class_id,
           json_object('date', OLD.date, 'lesson_no', OLD.lesson_no, 'subject', sub.name, 'topic', OLD.topic,
                       'homework', OLD.homework, 'substitute',
                       (SELECT full_name FROM staff_names WHERE id = OLD.teacher_id)),
           json_object('date', NEW.date, 'lesson_no', NEW.lesson_no, 'subject', sub.name, 'topic', NEW.topic,
                       'homework', NEW.homework, 'substitute',
                       (SELECT full_name FROM staff_names WHERE id = NEW.teacher_id)), s.reason
    FROM session s, courses c JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND c.id = NEW.course_id;
END;
