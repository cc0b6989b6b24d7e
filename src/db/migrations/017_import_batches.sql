-- 017 (issue 13): the marks of one import are audited as one record.
--
-- An import of a year's marks wrote an audit record per mark (its time, actor and reason
-- repeated each time: about 250 bytes a mark, and half the import's time). Now an import
-- opens a batch in the session row; while it is open the marks' insert trigger writes no
-- audit record, and closing it writes one: who, when, why (each mark's permit is in its row), and which marks and history
-- records are the batch's (`after`: batch = how many, from/to = their ids, history_from/
-- history_to = their history records). Each mark stays attributable and verifiable: the
-- history keeps every mark as it was inserted (with its entry time, author and permit) and
-- the chain seals it; `ejournal audit` shows a batch as one record per mark, read from
-- there. A batch opened outside the tool is closed by the tool's next write under the
-- actor 'sql', and its records are sealed as written outside (`verify` reports them).

-- The marks and history records after which the open batch's follow (NULL: no batch).
ALTER TABLE session ADD COLUMN batch_marks_after INTEGER;
ALTER TABLE session ADD COLUMN batch_history_after INTEGER;
-- The write's reason when the batch opened, before any permit's «по разрешению № N»: each
-- mark's own permit is in its row.
ALTER TABLE session ADD COLUMN batch_reason TEXT;

DROP TRIGGER marks_audit_insert;
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

-- A batch is opened with both bounds, and only when none is open.
CREATE TRIGGER session_batch_open BEFORE UPDATE OF batch_marks_after, batch_history_after ON session
WHEN (NEW.batch_marks_after IS NULL) <> (NEW.batch_history_after IS NULL)
  OR (OLD.batch_marks_after IS NOT NULL AND NEW.batch_marks_after IS NOT NULL)
BEGIN SELECT RAISE(ABORT, 'ejournal: an import batch is opened once, with both bounds'); END;

-- Closing a batch writes its audit record (none when it added no mark).
CREATE TRIGGER session_batch_close AFTER UPDATE OF batch_marks_after ON session
WHEN OLD.batch_marks_after IS NOT NULL AND NEW.batch_marks_after IS NULL
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, action, after, reason)
    SELECT COALESCE(NEW.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(NEW.actor, 'sql'),
           NEW.entered_by, 'mark', 'insert',
           json_object('batch', count(*), 'from', min(m.id), 'to', max(m.id),
                       'history_from', OLD.batch_history_after + 1,
                       'history_to', (SELECT coalesce(max(id), 0) FROM history)),
           OLD.batch_reason
    FROM marks m WHERE m.id > OLD.batch_marks_after
    HAVING count(*) > 0;
END;
