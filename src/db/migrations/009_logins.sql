-- 009: who is at the keyboard. A member of staff may be linked to an operating-system
-- login (`staff set-login`); when a deputy or the director enters something for someone
-- else (`--actor`), the audit trail keeps both: `actor` is the one the entry is made for,
-- `entered_by` the login's owner who made it. Staff changes (names, roles, logins) are
-- audited too, since roles decide who may write what.

ALTER TABLE staff ADD COLUMN login TEXT;
CREATE UNIQUE INDEX staff_login ON staff (login) WHERE login IS NOT NULL;

-- The login's owner when he writes for someone else (NULL: the actor himself).
ALTER TABLE session ADD COLUMN entered_by TEXT;
ALTER TABLE audit_log ADD COLUMN entered_by TEXT;

-- ---------------------------------------------------------------- the audit triggers, again
-- The same triggers as before (same names, same rows), now also recording `entered_by`.

DROP TRIGGER enrolments_audit_insert;
CREATE TRIGGER enrolments_audit_insert AFTER INSERT ON enrolments
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by, 'enrolment', NEW.id, 'insert', NEW.class_id, NEW.student_id,
           json_object('class', (SELECT name FROM classes WHERE id = NEW.class_id),
                       'from', NEW.from_date, 'to', NEW.to_date), s.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER enrolments_audit_update;
CREATE TRIGGER enrolments_audit_update AFTER UPDATE ON enrolments
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by, 'enrolment', NEW.id, 'update', NEW.class_id, NEW.student_id,
           json_object('class', (SELECT name FROM classes WHERE id = OLD.class_id),
                       'from', OLD.from_date, 'to', OLD.to_date),
           json_object('class', (SELECT name FROM classes WHERE id = NEW.class_id),
                       'from', NEW.from_date, 'to', NEW.to_date), s.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER enrolments_audit_delete;
CREATE TRIGGER enrolments_audit_delete AFTER DELETE ON enrolments
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by, 'enrolment', OLD.id, 'delete', OLD.class_id, OLD.student_id,
           json_object('class', (SELECT name FROM classes WHERE id = OLD.class_id),
                       'from', OLD.from_date, 'to', OLD.to_date), s.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER periods_audit_update;
CREATE TRIGGER periods_audit_update AFTER UPDATE ON periods
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, action, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by, 'period', 'update',
           json_object('code', OLD.code, 'from', OLD.starts_on, 'to', OLD.ends_on),
           json_object('code', NEW.code, 'from', NEW.starts_on, 'to', NEW.ends_on), s.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER holidays_audit_insert;
CREATE TRIGGER holidays_audit_insert AFTER INSERT ON holidays
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by, 'holiday', NEW.id, 'insert',
           json_object('from', NEW.starts_on, 'to', NEW.ends_on, 'grades', NEW.grades, 'name', NEW.name),
           s.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER holidays_audit_delete;
CREATE TRIGGER holidays_audit_delete AFTER DELETE ON holidays
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by, 'holiday', OLD.id, 'delete',
           json_object('from', OLD.starts_on, 'to', OLD.ends_on, 'grades', OLD.grades, 'name', OLD.name),
           s.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER marks_audit_insert;
CREATE TRIGGER marks_audit_insert AFTER INSERT ON marks
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

DROP TRIGGER marks_audit_update;
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

DROP TRIGGER marks_audit_delete;
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

DROP TRIGGER absences_audit_insert;
CREATE TRIGGER absences_audit_insert AFTER INSERT ON absences
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'absence', NEW.id, 'insert', c.class_id, NEW.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'code', NEW.code), s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = NEW.lesson_id;
END;

DROP TRIGGER absences_audit_update;
CREATE TRIGGER absences_audit_update AFTER UPDATE ON absences
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'absence', NEW.id, 'update', c.class_id, NEW.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'code', OLD.code),
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'code', NEW.code), s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = NEW.lesson_id;
END;

DROP TRIGGER absences_audit_delete;
CREATE TRIGGER absences_audit_delete AFTER DELETE ON absences
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'absence', OLD.id, 'delete', c.class_id, OLD.student_id,
           json_object('date', l.date, 'lesson_no', l.lesson_no, 'subject', sub.name, 'code', OLD.code), s.reason
    FROM session s, lessons l JOIN courses c ON c.id = l.course_id JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND l.id = OLD.lesson_id;
END;

DROP TRIGGER final_marks_audit_insert;
CREATE TRIGGER final_marks_audit_insert AFTER INSERT ON final_marks
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'final_mark', NEW.id, 'insert', c.class_id, NEW.student_id,
           json_object('period', NEW.period, 'subject', sub.name, 'group', c.group_name, 'mark', NEW.value), s.reason
    FROM session s, courses c JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND c.id = NEW.course_id;
END;

DROP TRIGGER final_marks_audit_update;
CREATE TRIGGER final_marks_audit_update AFTER UPDATE ON final_marks
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'final_mark', NEW.id, 'update', c.class_id, NEW.student_id,
           json_object('period', OLD.period, 'subject', sub.name, 'group', c.group_name, 'mark', OLD.value),
           json_object('period', NEW.period, 'subject', sub.name, 'group', c.group_name, 'mark', NEW.value), s.reason
    FROM session s, courses c JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND c.id = NEW.course_id;
END;

DROP TRIGGER final_marks_audit_delete;
CREATE TRIGGER final_marks_audit_delete AFTER DELETE ON final_marks
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, student_id, before, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'final_mark', OLD.id, 'delete', c.class_id, OLD.student_id,
           json_object('period', OLD.period, 'subject', sub.name, 'group', c.group_name, 'mark', OLD.value), s.reason
    FROM session s, courses c JOIN subjects sub ON sub.id = c.subject_id
    WHERE s.id = 1 AND c.id = OLD.course_id;
END;

DROP TRIGGER lock_audit;
CREATE TRIGGER lock_audit AFTER UPDATE ON settings
WHEN NEW.key IN ('locked_until', 'lock_older_than') AND OLD.value IS NOT NEW.value
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, action, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'lock', 'update', json_object(OLD.key, OLD.value), json_object(NEW.key, NEW.value), s.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER settings_audit_update;
CREATE TRIGGER settings_audit_update AFTER UPDATE ON settings
WHEN OLD.value IS NOT NEW.value AND NEW.key NOT IN ('locked_until', 'lock_older_than')
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, action, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'setting', 'update', json_object(OLD.key, OLD.value), json_object(NEW.key, NEW.value), s.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER lessons_audit_update;
CREATE TRIGGER lessons_audit_update AFTER UPDATE OF topic, homework, teacher_id ON lessons
WHEN OLD.topic IS NOT NEW.topic OR OLD.homework IS NOT NEW.homework OR OLD.teacher_id IS NOT NEW.teacher_id
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
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

DROP TRIGGER permits_audit_insert;
CREATE TRIGGER permits_audit_insert AFTER INSERT ON permits
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'permit', NEW.id, 'insert', NEW.class_id,
           json_object('from', NEW.from_date, 'to', NEW.to_date, 'until', NEW.until,
                       'class', (SELECT name FROM classes WHERE id = NEW.class_id),
                       'course_id', NEW.course_id),
           NEW.reason
    FROM session s WHERE s.id = 1;
END;

DROP TRIGGER permits_audit_revoke;
CREATE TRIGGER permits_audit_revoke AFTER UPDATE OF revoked_at ON permits
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, class_id, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'permit', NEW.id, 'update', NEW.class_id,
           json_object('revoked', 0), json_object('revoked', 1), NEW.revoke_reason
    FROM session s WHERE s.id = 1;
END;


-- ---------------------------------------------------------------- staff
CREATE TRIGGER staff_audit_insert AFTER INSERT ON staff
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'staff', NEW.id, 'insert',
           json_object('name', trim(NEW.last_name || ' ' || NEW.first_name || ' ' || NEW.middle_name),
                       'roles', NEW.roles, 'login', NEW.login),
           s.reason
    FROM session s WHERE s.id = 1;
END;
CREATE TRIGGER staff_audit_update AFTER UPDATE OF last_name, first_name, middle_name, roles, login ON staff
WHEN OLD.last_name IS NOT NEW.last_name OR OLD.first_name IS NOT NEW.first_name
  OR OLD.middle_name IS NOT NEW.middle_name OR OLD.roles IS NOT NEW.roles OR OLD.login IS NOT NEW.login
BEGIN
    INSERT INTO audit_log (at, actor, entered_by, entity, entity_id, action, before, after, reason)
    SELECT COALESCE(s.now, strftime('%Y-%m-%dT%H:%M:%S', 'now', 'localtime')), COALESCE(s.actor, 'sql'), s.entered_by,
           'staff', NEW.id, 'update',
           json_object('name', trim(OLD.last_name || ' ' || OLD.first_name || ' ' || OLD.middle_name),
                       'roles', OLD.roles, 'login', OLD.login),
           json_object('name', trim(NEW.last_name || ' ' || NEW.first_name || ' ' || NEW.middle_name),
                       'roles', NEW.roles, 'login', NEW.login),
           s.reason
    FROM session s WHERE s.id = 1;
END;
