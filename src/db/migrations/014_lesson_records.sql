-- 014: a lesson is given when its teacher records it. The КТП's topic bound to a dated lesson
-- is the plan; the record says the lesson took place, who wrote it and when. A record is
-- written once, by a write of the tool (the session's time and actor), on or after the
-- lesson's day, inside the entry window or under a permit, never on a locked date; it is
-- never changed or removed, and a recorded lesson stays where it is.

CREATE TABLE lesson_records (
    lesson_id   INTEGER PRIMARY KEY REFERENCES lessons(id),
    recorded_at TEXT NOT NULL,
    recorded_by TEXT NOT NULL,
    entered_by  TEXT
) STRICT;

-- The time and name are the write's own: no record dated by hand or under another name.
CREATE TRIGGER lesson_records_by_the_write BEFORE INSERT ON lesson_records
WHEN NEW.recorded_at IS NOT (SELECT now FROM session WHERE id = 1)
  OR NEW.recorded_by IS NOT (SELECT actor FROM session WHERE id = 1)
  OR NEW.entered_by IS NOT (SELECT entered_by FROM session WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: a lesson is recorded by the write that records it'); END;

CREATE TRIGGER lesson_records_not_before BEFORE INSERT ON lesson_records
WHEN (SELECT date FROM lessons WHERE id = NEW.lesson_id) > substr(NEW.recorded_at, 1, 10)
BEGIN SELECT RAISE(ABORT, 'ejournal: a lesson is recorded on its day or later'); END;

CREATE TRIGGER lesson_records_window BEFORE INSERT ON lesson_records
WHEN (SELECT date FROM lessons WHERE id = NEW.lesson_id)
   < (SELECT first_open_day FROM window_line WHERE grace_days = 0 LIMIT 1)
 AND NOT EXISTS (SELECT 1 FROM late_lesson_open WHERE lesson_id = NEW.lesson_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: outside the entry window'); END;

-- Created after the window's trigger, so that the lock, which no permit opens, speaks first.
CREATE TRIGGER lesson_records_lock BEFORE INSERT ON lesson_records
WHEN (SELECT date FROM lessons WHERE id = NEW.lesson_id)
  <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

CREATE TRIGGER lesson_records_no_update BEFORE UPDATE ON lesson_records
BEGIN SELECT RAISE(ABORT, 'ejournal: a lesson''s record is never changed'); END;
CREATE TRIGGER lesson_records_no_delete BEFORE DELETE ON lesson_records
BEGIN SELECT RAISE(ABORT, 'ejournal: a lesson''s record is never changed'); END;

-- A given lesson stays: not removed (nor its course), not moved to another day, number or
-- course.
CREATE TRIGGER lessons_recorded_delete BEFORE DELETE ON lessons
WHEN EXISTS (SELECT 1 FROM lesson_records WHERE lesson_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'ejournal: a recorded lesson stays in the journal'); END;
CREATE TRIGGER lessons_recorded_move BEFORE UPDATE OF date, lesson_no, course_id ON lessons
WHEN (OLD.date IS NOT NEW.date OR OLD.lesson_no IS NOT NEW.lesson_no OR OLD.course_id IS NOT NEW.course_id)
 AND EXISTS (SELECT 1 FROM lesson_records WHERE lesson_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'ejournal: a recorded lesson stays in the journal'); END;

-- A recorded lesson keeps the topic it was given with: the КТП binds it no more (a changed plan
-- does not rewrite what was taught); only the teacher's own words (no plan entry) change it.
CREATE TRIGGER lessons_recorded_plan BEFORE UPDATE OF topic, homework, plan_item_id ON lessons
WHEN NEW.plan_item_id IS NOT NULL
 AND (OLD.plan_item_id IS NOT NEW.plan_item_id OR OLD.topic IS NOT NEW.topic
      OR OLD.homework IS NOT NEW.homework)
 AND EXISTS (SELECT 1 FROM lesson_records WHERE lesson_id = OLD.id)
BEGIN SELECT RAISE(ABORT, 'ejournal: a recorded lesson keeps the topic it was given with'); END;

-- The audit: who recorded which lesson, with what it held then.
CREATE TRIGGER lesson_records_audit AFTER INSERT ON lesson_records
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'lesson', l.id, 'update', c.class_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'recorded', NULL),
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'topic', l.topic,
                       'homework', l.homework, 'recorded', NEW.recorded_at), s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = NEW.lesson_id;
END;

-- The history, as 012 keeps it for every journal table.
CREATE TRIGGER lesson_records_history_insert AFTER INSERT ON lesson_records
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('lesson_records', json_array(NEW.lesson_id), 'i', json_array(NEW.recorded_at, NEW.recorded_by, NEW.entered_by)); END;
CREATE TRIGGER lesson_records_history_update AFTER UPDATE ON lesson_records
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'lesson_records', json_array(OLD.lesson_id), 'd' WHERE json_array(OLD.lesson_id) IS NOT json_array(NEW.lesson_id);
    INSERT INTO history (tbl, key, op, image) VALUES ('lesson_records', json_array(NEW.lesson_id), 'u', json_array(NEW.recorded_at, NEW.recorded_by, NEW.entered_by));
END;
CREATE TRIGGER lesson_records_history_delete AFTER DELETE ON lesson_records
BEGIN INSERT INTO history (tbl, key, op) VALUES ('lesson_records', json_array(OLD.lesson_id), 'd'); END;
