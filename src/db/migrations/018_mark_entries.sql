-- 018 (issue 13): a mark's entry is a row of its own; an import's marks are checked as a set.
--
-- 1. Who entered a mark and when (its entry) was two text columns in every mark row and in
--    every history record of it: 63 of the 246 bytes a mark took twice over. One write
--    enters its marks under one entry, so the entry is now a row of `entries`, which every
--    mark of that write names (`entry_id`): a mark row takes about 20 bytes and its history
--    record about 45. The marks table is rebuilt with that column; its triggers and index are
--    created again, the same rules with the same messages.
--
-- 2. The rules of a mark's insert (the lock, the lesson-day window and its permits, no mark
--    beside an absence) were worked out again for each of an import's marks: two thirds of
--    the cost of writing them. While an import batch is open (migration 017) they are now
--    checked once, over the batch's marks as a set, when the batch closes (before the commit:
--    `db::commit`), and refused there as they were row by row. Only the tool opens a batch:
--    opening one calls `ejournal_import_batch()`, an SQL function the tool's connection has
--    and plain SQLite has not (sqlite3 refuses the statement: "no such function"), so a
--    batch cannot be used from outside to put marks past the rules. Updates and deletes are
--    judged row by row as before.
--
-- The history of the rebuilt marks goes on from what it said: each mark's last image in the
-- history is written again in the new shape (op 's', its entry found by time and author), so
-- a row changed outside the tool before this migration is still reported by `verify`.

CREATE TABLE entries (
    id         INTEGER PRIMARY KEY,
    -- when (the write's time) and for whom (the actor) the marks were entered
    entered_at TEXT NOT NULL,
    entered_by TEXT NOT NULL,
    UNIQUE (entered_at, entered_by)
) STRICT;

-- The entries of the marks as they are, and as the history last wrote them.
INSERT INTO entries (entered_at, entered_by)
SELECT entered_at, entered_by FROM marks
UNION
SELECT CAST(coalesce(json_extract(h.image, '$[4]'), '') AS TEXT),
       CAST(coalesce(json_extract(h.image, '$[5]'), '') AS TEXT)
FROM history h
WHERE h.id IN (SELECT max(id) FROM history WHERE tbl = 'marks' GROUP BY key)
  AND h.op <> 'd' AND json_array_length(h.image) = 7
ORDER BY 1, 2;

CREATE TABLE marks_rebuilt (
    id           INTEGER PRIMARY KEY,
    lesson_id    INTEGER NOT NULL REFERENCES lessons(id),
    student_id   INTEGER NOT NULL REFERENCES students(id),
    value        TEXT NOT NULL CHECK (value IN ('1', '2', '3', '4', '5', 'зч', 'нз')),
    work_type_id INTEGER NOT NULL REFERENCES work_types(id),
    entry_id     INTEGER NOT NULL REFERENCES entries(id),
    -- the permit the mark was last written under (NULL: on time)
    permit_id    INTEGER REFERENCES permits(id)
) STRICT;

INSERT INTO marks_rebuilt (id, lesson_id, student_id, value, work_type_id, entry_id, permit_id)
SELECT m.id, m.lesson_id, m.student_id, m.value, m.work_type_id, e.id, m.permit_id
FROM marks m JOIN entries e ON e.entered_at = m.entered_at AND e.entered_by = m.entered_by
ORDER BY m.id;

-- The history goes on in the new shape: the entries as they are, each mark as last written.
INSERT INTO history (tbl, key, op, image)
SELECT 'entries', json_array(id), 's', json_array(entered_at, entered_by) FROM entries ORDER BY id;
INSERT INTO history (tbl, key, op, image)
SELECT 'marks', h.key, 's',
       json_array(json_extract(h.image, '$[0]'), json_extract(h.image, '$[1]'),
                  json_extract(h.image, '$[2]'), json_extract(h.image, '$[3]'),
                  (SELECT e.id FROM entries e
                   WHERE e.entered_at = CAST(coalesce(json_extract(h.image, '$[4]'), '') AS TEXT)
                     AND e.entered_by = CAST(coalesce(json_extract(h.image, '$[5]'), '') AS TEXT)),
                  json_extract(h.image, '$[6]'))
FROM history h
WHERE h.id IN (SELECT max(id) FROM history WHERE tbl = 'marks' GROUP BY key)
  AND h.op <> 'd' AND json_array_length(h.image) = 7
ORDER BY h.id;

-- Dropping the table drops its triggers and index; the triggers of other tables that read
-- it (absences, work types, the session) read the rebuilt one under the same name.
DROP TABLE marks;
PRAGMA legacy_alter_table = ON;
ALTER TABLE marks_rebuilt RENAME TO marks;
PRAGMA legacy_alter_table = OFF;

-- Fill-rate's pass reads every column it needs from here (016), the entry included.
CREATE INDEX marks_by_lesson ON marks (lesson_id, student_id, work_type_id, value, permit_id, entry_id);

-- ---------------------------------------------------------------- entries
-- An entry is a fact: never changed, never deleted.
CREATE TRIGGER entries_no_update BEFORE UPDATE ON entries
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark''s entry is never rewritten'); END;
CREATE TRIGGER entries_no_delete BEFORE DELETE ON entries
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark''s entry is never rewritten'); END;
CREATE TRIGGER entries_history_insert AFTER INSERT ON entries
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('entries', json_array(NEW.id), 'i', json_array(NEW.entered_at, NEW.entered_by)); END;
CREATE TRIGGER entries_history_update AFTER UPDATE ON entries
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'entries', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('entries', json_array(NEW.id), 'u', json_array(NEW.entered_at, NEW.entered_by));
END;
CREATE TRIGGER entries_history_delete AFTER DELETE ON entries
BEGIN INSERT INTO history (tbl, key, op) VALUES ('entries', json_array(OLD.id), 'd'); END;

-- ---------------------------------------------------------------- marks: the rules
-- As 005 and 008 made them; an insert while the tool's import batch is open is judged with
-- the batch as a set (session_batch_check below).
CREATE TRIGGER marks_window_insert BEFORE INSERT ON marks
WHEN (SELECT batch_marks_after FROM session WHERE id = 1) IS NULL
 AND (SELECT date FROM lessons WHERE id = NEW.lesson_id)
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
CREATE TRIGGER marks_lock_insert BEFORE INSERT ON marks
WHEN (SELECT batch_marks_after FROM session WHERE id = 1) IS NULL
 AND (SELECT date FROM lessons WHERE id = NEW.lesson_id)
  <= (SELECT last_locked_day FROM lock_line
      WHERE grace_days = (SELECT grace_days FROM work_types WHERE id = NEW.work_type_id) LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;
CREATE TRIGGER marks_lock_update BEFORE UPDATE ON marks
WHEN (SELECT min(date) FROM lessons WHERE id IN (OLD.lesson_id, NEW.lesson_id))
  <= (SELECT last_locked_day FROM lock_line
      WHERE grace_days = (SELECT grace_days FROM work_types WHERE id = OLD.work_type_id) LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;
CREATE TRIGGER marks_lock_delete BEFORE DELETE ON marks
WHEN (SELECT date FROM lessons WHERE id = OLD.lesson_id)
  <= (SELECT last_locked_day FROM lock_line
      WHERE grace_days = (SELECT grace_days FROM work_types WHERE id = OLD.work_type_id) LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;
CREATE TRIGGER marks_absent_insert BEFORE INSERT ON marks
WHEN (SELECT batch_marks_after FROM session WHERE id = 1) IS NULL
 AND EXISTS (SELECT 1 FROM absences
             WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id AND code <> 'О')
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;
CREATE TRIGGER marks_absent_update BEFORE UPDATE OF lesson_id, student_id ON marks
WHEN EXISTS (SELECT 1 FROM absences
             WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id AND code <> 'О')
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;
CREATE TRIGGER marks_permit_insert AFTER INSERT ON marks
WHEN (SELECT batch_marks_after FROM session WHERE id = 1) IS NULL
 AND NEW.permit_id IS NOT (SELECT permit_id FROM session WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: permit_id is not the session''s permit'); END;
CREATE TRIGGER marks_permit_update AFTER UPDATE ON marks
WHEN NEW.permit_id IS NOT (SELECT permit_id FROM session WHERE id = 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: permit_id is not the session''s permit'); END;

-- ---------------------------------------------------------------- marks: the trail
CREATE TRIGGER marks_audit_insert AFTER INSERT ON marks
WHEN (SELECT batch_marks_after FROM session WHERE id = 1) IS NULL
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'mark', NEW.id, 'insert',
           (SELECT c.class_id FROM lessons l JOIN courses c ON c.id = l.course_id WHERE l.id = NEW.lesson_id),
           NEW.student_id,
           json_object('lesson_id', NEW.lesson_id, 'mark', NEW.value, 'work_type_id', NEW.work_type_id),
           s.reason
    FROM session s WHERE s.id = 1;
END;
CREATE TRIGGER marks_audit_update AFTER UPDATE ON marks
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
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
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'mark', OLD.id, 'delete', c.class_id, OLD.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'group', c.group_name,
                       'mark', OLD.value, 'work_type', (SELECT name FROM work_types WHERE id = OLD.work_type_id)),
           s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = OLD.lesson_id;
END;
CREATE TRIGGER marks_history_insert AFTER INSERT ON marks
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('marks', json_array(NEW.id), 'i', json_array(NEW.lesson_id, NEW.student_id, NEW.value, NEW.work_type_id, NEW.entry_id, NEW.permit_id)); END;
CREATE TRIGGER marks_history_update AFTER UPDATE ON marks
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'marks', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('marks', json_array(NEW.id), 'u', json_array(NEW.lesson_id, NEW.student_id, NEW.value, NEW.work_type_id, NEW.entry_id, NEW.permit_id));
END;
CREATE TRIGGER marks_history_delete AFTER DELETE ON marks
BEGIN INSERT INTO history (tbl, key, op) VALUES ('marks', json_array(OLD.id), 'd'); END;

-- ---------------------------------------------------------------- the import batch
-- Only the tool opens a batch (its connection has the function).
DROP TRIGGER session_batch_open;
CREATE TRIGGER session_batch_open BEFORE UPDATE OF batch_marks_after, batch_history_after ON session
WHEN (NEW.batch_marks_after IS NULL) <> (NEW.batch_history_after IS NULL)
  OR (OLD.batch_marks_after IS NOT NULL AND NEW.batch_marks_after IS NOT NULL)
  OR (NEW.batch_marks_after IS NOT NULL AND ejournal_import_batch() IS NOT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: an import batch is opened once, with both bounds'); END;

-- Closing it judges its marks as the insert triggers judge one: the lock and the window by
-- the lesson's date and the work type's grace (each line worked out once per grace), the
-- mark's own permit (valid as of the session's today, covering the lesson's date, class and
-- course), no mark beside an absence. One pass over the batch; the first mark refused
-- refuses the write.
CREATE TRIGGER session_batch_check BEFORE UPDATE OF batch_marks_after ON session
WHEN OLD.batch_marks_after IS NOT NULL AND NEW.batch_marks_after IS NULL
BEGIN
    SELECT 1
    FROM marks m
    JOIN lessons l ON l.id = m.lesson_id
    JOIN courses c ON c.id = l.course_id
    JOIN work_types w ON w.id = m.work_type_id
    JOIN (SELECT grace_days, max(last_locked_day) AS line FROM lock_line GROUP BY grace_days) k
      ON k.grace_days = w.grace_days
    JOIN (SELECT grace_days, max(first_open_day) AS line FROM window_line GROUP BY grace_days) o
      ON o.grace_days = w.grace_days
    WHERE m.id > OLD.batch_marks_after
      AND CASE
        WHEN l.date <= k.line THEN RAISE(ABORT, 'ejournal: date locked')
        WHEN (l.date < o.line OR m.permit_id IS NOT NULL)
             AND NOT EXISTS (SELECT 1 FROM permits p
                             WHERE p.id = m.permit_id AND p.revoked_at IS NULL
                               AND p.until >= COALESCE(OLD.today, date('now', 'localtime'))
                               AND l.date BETWEEN p.from_date AND p.to_date
                               AND (p.class_id IS NULL OR p.class_id = c.class_id)
                               AND (p.course_id IS NULL OR p.course_id = c.id))
          THEN CASE WHEN l.date < o.line THEN RAISE(ABORT, 'ejournal: outside the entry window')
                    ELSE RAISE(ABORT, 'ejournal: permit_id is not the session''s permit') END
        WHEN EXISTS (SELECT 1 FROM absences a
                     WHERE a.lesson_id = m.lesson_id AND a.student_id = m.student_id AND a.code <> 'О')
          THEN RAISE(ABORT, 'ejournal: a mark beside an absence')
        ELSE 0
      END;
END;
