-- 012: the journal's history (ledger), and the chain that seals it.
--
-- Every row of every journal table is written to `history` as it is after each insert or
-- update (its primary key and the other columns, as JSON arrays), and its key when it is
-- deleted, by the triggers below — whatever makes the change. The tool seals what each write
-- added (history and audit records) into a `chain` block: SHA-256 over the previous block's
-- hash and the new records. `ejournal verify` replays the history and compares it with every
-- table, and recomputes the chain: a change made outside the tool (triggers dropped, rows
-- edited, records forged) is found. Generated from the schema of migrations 001–010; a test
-- checks that every column of every journal table is in its triggers.

CREATE TABLE history (
    id    INTEGER PRIMARY KEY,
    tbl   TEXT NOT NULL,
    -- the row's primary key, as a JSON array
    key   TEXT NOT NULL,
    -- i insert, u update, d delete, s the row as it was when the history began
    op    TEXT NOT NULL CHECK (op IN ('i', 'u', 'd', 's')),
    -- the row's other columns after the change, as a JSON array (NULL: deleted)
    image TEXT
) STRICT;

CREATE TABLE chain (
    seq        INTEGER PRIMARY KEY,
    -- the last history and audit records this block seals
    history_to INTEGER NOT NULL,
    audit_to   INTEGER NOT NULL,
    at         TEXT NOT NULL,
    -- 1: the records were written outside the tool (found unsealed when it began a write)
    outside    INTEGER NOT NULL CHECK (outside IN (0, 1)),
    -- SHA-256 of the previous block's hash and the records sealed (32 bytes)
    hash       BLOB NOT NULL CHECK (length(hash) = 32)
) STRICT;

-- Neither is ever rewritten.
CREATE TRIGGER history_no_update BEFORE UPDATE ON history
BEGIN SELECT RAISE(ABORT, 'ejournal: the history is never rewritten'); END;
CREATE TRIGGER history_no_delete BEFORE DELETE ON history
BEGIN SELECT RAISE(ABORT, 'ejournal: the history is never rewritten'); END;
CREATE TRIGGER chain_no_update BEFORE UPDATE ON chain
BEGIN SELECT RAISE(ABORT, 'ejournal: the chain is never rewritten'); END;
CREATE TRIGGER chain_no_delete BEFORE DELETE ON chain
BEGIN SELECT RAISE(ABORT, 'ejournal: the chain is never rewritten'); END;

-- absences
INSERT INTO history (tbl, key, op, image) SELECT 'absences', json_array(id), 's', json_array(lesson_id, student_id, code, permit_id) FROM absences;
CREATE TRIGGER absences_history_insert AFTER INSERT ON absences
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('absences', json_array(NEW.id), 'i', json_array(NEW.lesson_id, NEW.student_id, NEW.code, NEW.permit_id)); END;
CREATE TRIGGER absences_history_update AFTER UPDATE ON absences
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'absences', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('absences', json_array(NEW.id), 'u', json_array(NEW.lesson_id, NEW.student_id, NEW.code, NEW.permit_id));
END;
CREATE TRIGGER absences_history_delete AFTER DELETE ON absences
BEGIN INSERT INTO history (tbl, key, op) VALUES ('absences', json_array(OLD.id), 'd'); END;

-- access_log
INSERT INTO history (tbl, key, op, image) SELECT 'access_log', json_array(id), 's', json_array(date, class_id, who, role) FROM access_log;
CREATE TRIGGER access_log_history_insert AFTER INSERT ON access_log
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('access_log', json_array(NEW.id), 'i', json_array(NEW.date, NEW.class_id, NEW.who, NEW.role)); END;
CREATE TRIGGER access_log_history_update AFTER UPDATE ON access_log
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'access_log', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('access_log', json_array(NEW.id), 'u', json_array(NEW.date, NEW.class_id, NEW.who, NEW.role));
END;
CREATE TRIGGER access_log_history_delete AFTER DELETE ON access_log
BEGIN INSERT INTO history (tbl, key, op) VALUES ('access_log', json_array(OLD.id), 'd'); END;

-- classes
INSERT INTO history (tbl, key, op, image) SELECT 'classes', json_array(id), 's', json_array(grade, letter, name, class_teacher_id) FROM classes;
CREATE TRIGGER classes_history_insert AFTER INSERT ON classes
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('classes', json_array(NEW.id), 'i', json_array(NEW.grade, NEW.letter, NEW.name, NEW.class_teacher_id)); END;
CREATE TRIGGER classes_history_update AFTER UPDATE ON classes
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'classes', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('classes', json_array(NEW.id), 'u', json_array(NEW.grade, NEW.letter, NEW.name, NEW.class_teacher_id));
END;
CREATE TRIGGER classes_history_delete AFTER DELETE ON classes
BEGIN INSERT INTO history (tbl, key, op) VALUES ('classes', json_array(OLD.id), 'd'); END;

-- courses
INSERT INTO history (tbl, key, op, image) SELECT 'courses', json_array(id), 's', json_array(class_id, subject_id, group_name, teacher_id, hours_per_week) FROM courses;
CREATE TRIGGER courses_history_insert AFTER INSERT ON courses
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('courses', json_array(NEW.id), 'i', json_array(NEW.class_id, NEW.subject_id, NEW.group_name, NEW.teacher_id, NEW.hours_per_week)); END;
CREATE TRIGGER courses_history_update AFTER UPDATE ON courses
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'courses', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('courses', json_array(NEW.id), 'u', json_array(NEW.class_id, NEW.subject_id, NEW.group_name, NEW.teacher_id, NEW.hours_per_week));
END;
CREATE TRIGGER courses_history_delete AFTER DELETE ON courses
BEGIN INSERT INTO history (tbl, key, op) VALUES ('courses', json_array(OLD.id), 'd'); END;

-- enrolments
INSERT INTO history (tbl, key, op, image) SELECT 'enrolments', json_array(id), 's', json_array(student_id, class_id, from_date, to_date) FROM enrolments;
CREATE TRIGGER enrolments_history_insert AFTER INSERT ON enrolments
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('enrolments', json_array(NEW.id), 'i', json_array(NEW.student_id, NEW.class_id, NEW.from_date, NEW.to_date)); END;
CREATE TRIGGER enrolments_history_update AFTER UPDATE ON enrolments
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'enrolments', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('enrolments', json_array(NEW.id), 'u', json_array(NEW.student_id, NEW.class_id, NEW.from_date, NEW.to_date));
END;
CREATE TRIGGER enrolments_history_delete AFTER DELETE ON enrolments
BEGIN INSERT INTO history (tbl, key, op) VALUES ('enrolments', json_array(OLD.id), 'd'); END;

-- final_marks
INSERT INTO history (tbl, key, op, image) SELECT 'final_marks', json_array(id), 's', json_array(course_id, student_id, period, value) FROM final_marks;
CREATE TRIGGER final_marks_history_insert AFTER INSERT ON final_marks
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('final_marks', json_array(NEW.id), 'i', json_array(NEW.course_id, NEW.student_id, NEW.period, NEW.value)); END;
CREATE TRIGGER final_marks_history_update AFTER UPDATE ON final_marks
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'final_marks', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('final_marks', json_array(NEW.id), 'u', json_array(NEW.course_id, NEW.student_id, NEW.period, NEW.value));
END;
CREATE TRIGGER final_marks_history_delete AFTER DELETE ON final_marks
BEGIN INSERT INTO history (tbl, key, op) VALUES ('final_marks', json_array(OLD.id), 'd'); END;

-- group_members
INSERT INTO history (tbl, key, op, image) SELECT 'group_members', json_array(course_id, student_id), 's', json_array() FROM group_members;
CREATE TRIGGER group_members_history_insert AFTER INSERT ON group_members
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('group_members', json_array(NEW.course_id, NEW.student_id), 'i', json_array()); END;
CREATE TRIGGER group_members_history_update AFTER UPDATE ON group_members
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'group_members', json_array(OLD.course_id, OLD.student_id), 'd' WHERE json_array(OLD.course_id, OLD.student_id) IS NOT json_array(NEW.course_id, NEW.student_id);
    INSERT INTO history (tbl, key, op, image) VALUES ('group_members', json_array(NEW.course_id, NEW.student_id), 'u', json_array());
END;
CREATE TRIGGER group_members_history_delete AFTER DELETE ON group_members
BEGIN INSERT INTO history (tbl, key, op) VALUES ('group_members', json_array(OLD.course_id, OLD.student_id), 'd'); END;

-- guardians
INSERT INTO history (tbl, key, op, image) SELECT 'guardians', json_array(id), 's', json_array(student_id, name, phone, email, paper_only) FROM guardians;
CREATE TRIGGER guardians_history_insert AFTER INSERT ON guardians
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('guardians', json_array(NEW.id), 'i', json_array(NEW.student_id, NEW.name, NEW.phone, NEW.email, NEW.paper_only)); END;
CREATE TRIGGER guardians_history_update AFTER UPDATE ON guardians
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'guardians', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('guardians', json_array(NEW.id), 'u', json_array(NEW.student_id, NEW.name, NEW.phone, NEW.email, NEW.paper_only));
END;
CREATE TRIGGER guardians_history_delete AFTER DELETE ON guardians
BEGIN INSERT INTO history (tbl, key, op) VALUES ('guardians', json_array(OLD.id), 'd'); END;

-- holidays
INSERT INTO history (tbl, key, op, image) SELECT 'holidays', json_array(id), 's', json_array(starts_on, ends_on, grades, name) FROM holidays;
CREATE TRIGGER holidays_history_insert AFTER INSERT ON holidays
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('holidays', json_array(NEW.id), 'i', json_array(NEW.starts_on, NEW.ends_on, NEW.grades, NEW.name)); END;
CREATE TRIGGER holidays_history_update AFTER UPDATE ON holidays
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'holidays', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('holidays', json_array(NEW.id), 'u', json_array(NEW.starts_on, NEW.ends_on, NEW.grades, NEW.name));
END;
CREATE TRIGGER holidays_history_delete AFTER DELETE ON holidays
BEGIN INSERT INTO history (tbl, key, op) VALUES ('holidays', json_array(OLD.id), 'd'); END;

-- import_log
INSERT INTO history (tbl, key, op, image) SELECT 'import_log', json_array(id), 's', json_array(at, actor, kind, file, rows_read, added, updated, unchanged, removed) FROM import_log;
CREATE TRIGGER import_log_history_insert AFTER INSERT ON import_log
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('import_log', json_array(NEW.id), 'i', json_array(NEW.at, NEW.actor, NEW.kind, NEW.file, NEW.rows_read, NEW.added, NEW.updated, NEW.unchanged, NEW.removed)); END;
CREATE TRIGGER import_log_history_update AFTER UPDATE ON import_log
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'import_log', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('import_log', json_array(NEW.id), 'u', json_array(NEW.at, NEW.actor, NEW.kind, NEW.file, NEW.rows_read, NEW.added, NEW.updated, NEW.unchanged, NEW.removed));
END;
CREATE TRIGGER import_log_history_delete AFTER DELETE ON import_log
BEGIN INSERT INTO history (tbl, key, op) VALUES ('import_log', json_array(OLD.id), 'd'); END;

-- journal_kind
INSERT INTO history (tbl, key, op, image) SELECT 'journal_kind', json_array(id), 's', json_array(training) FROM journal_kind;
CREATE TRIGGER journal_kind_history_insert AFTER INSERT ON journal_kind
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('journal_kind', json_array(NEW.id), 'i', json_array(NEW.training)); END;
CREATE TRIGGER journal_kind_history_update AFTER UPDATE ON journal_kind
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'journal_kind', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('journal_kind', json_array(NEW.id), 'u', json_array(NEW.training));
END;
CREATE TRIGGER journal_kind_history_delete AFTER DELETE ON journal_kind
BEGIN INSERT INTO history (tbl, key, op) VALUES ('journal_kind', json_array(OLD.id), 'd'); END;

-- lessons
INSERT INTO history (tbl, key, op, image) SELECT 'lessons', json_array(id), 's', json_array(course_id, date, lesson_no, plan_item_id, topic, homework, teacher_id) FROM lessons;
CREATE TRIGGER lessons_history_insert AFTER INSERT ON lessons
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('lessons', json_array(NEW.id), 'i', json_array(NEW.course_id, NEW.date, NEW.lesson_no, NEW.plan_item_id, NEW.topic, NEW.homework, NEW.teacher_id)); END;
CREATE TRIGGER lessons_history_update AFTER UPDATE ON lessons
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'lessons', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('lessons', json_array(NEW.id), 'u', json_array(NEW.course_id, NEW.date, NEW.lesson_no, NEW.plan_item_id, NEW.topic, NEW.homework, NEW.teacher_id));
END;
CREATE TRIGGER lessons_history_delete AFTER DELETE ON lessons
BEGIN INSERT INTO history (tbl, key, op) VALUES ('lessons', json_array(OLD.id), 'd'); END;

-- marks
INSERT INTO history (tbl, key, op, image) SELECT 'marks', json_array(id), 's', json_array(lesson_id, student_id, value, work_type_id, entered_at, entered_by, permit_id) FROM marks;
CREATE TRIGGER marks_history_insert AFTER INSERT ON marks
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('marks', json_array(NEW.id), 'i', json_array(NEW.lesson_id, NEW.student_id, NEW.value, NEW.work_type_id, NEW.entered_at, NEW.entered_by, NEW.permit_id)); END;
CREATE TRIGGER marks_history_update AFTER UPDATE ON marks
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'marks', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('marks', json_array(NEW.id), 'u', json_array(NEW.lesson_id, NEW.student_id, NEW.value, NEW.work_type_id, NEW.entered_at, NEW.entered_by, NEW.permit_id));
END;
CREATE TRIGGER marks_history_delete AFTER DELETE ON marks
BEGIN INSERT INTO history (tbl, key, op) VALUES ('marks', json_array(OLD.id), 'd'); END;

-- periods
INSERT INTO history (tbl, key, op, image) SELECT 'periods', json_array(code), 's', json_array(starts_on, ends_on) FROM periods;
CREATE TRIGGER periods_history_insert AFTER INSERT ON periods
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('periods', json_array(NEW.code), 'i', json_array(NEW.starts_on, NEW.ends_on)); END;
CREATE TRIGGER periods_history_update AFTER UPDATE ON periods
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'periods', json_array(OLD.code), 'd' WHERE json_array(OLD.code) IS NOT json_array(NEW.code);
    INSERT INTO history (tbl, key, op, image) VALUES ('periods', json_array(NEW.code), 'u', json_array(NEW.starts_on, NEW.ends_on));
END;
CREATE TRIGGER periods_history_delete AFTER DELETE ON periods
BEGIN INSERT INTO history (tbl, key, op) VALUES ('periods', json_array(OLD.code), 'd'); END;

-- permits
INSERT INTO history (tbl, key, op, image) SELECT 'permits', json_array(id), 's', json_array(class_id, course_id, from_date, to_date, until, reason, created_at, created_by, revoked_at, revoked_by, revoke_reason) FROM permits;
CREATE TRIGGER permits_history_insert AFTER INSERT ON permits
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('permits', json_array(NEW.id), 'i', json_array(NEW.class_id, NEW.course_id, NEW.from_date, NEW.to_date, NEW.until, NEW.reason, NEW.created_at, NEW.created_by, NEW.revoked_at, NEW.revoked_by, NEW.revoke_reason)); END;
CREATE TRIGGER permits_history_update AFTER UPDATE ON permits
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'permits', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('permits', json_array(NEW.id), 'u', json_array(NEW.class_id, NEW.course_id, NEW.from_date, NEW.to_date, NEW.until, NEW.reason, NEW.created_at, NEW.created_by, NEW.revoked_at, NEW.revoked_by, NEW.revoke_reason));
END;
CREATE TRIGGER permits_history_delete AFTER DELETE ON permits
BEGIN INSERT INTO history (tbl, key, op) VALUES ('permits', json_array(OLD.id), 'd'); END;

-- plan_items
INSERT INTO history (tbl, key, op, image) SELECT 'plan_items', json_array(id), 's', json_array(course_id, lesson_no, topic, hours, planned_date, homework) FROM plan_items;
CREATE TRIGGER plan_items_history_insert AFTER INSERT ON plan_items
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('plan_items', json_array(NEW.id), 'i', json_array(NEW.course_id, NEW.lesson_no, NEW.topic, NEW.hours, NEW.planned_date, NEW.homework)); END;
CREATE TRIGGER plan_items_history_update AFTER UPDATE ON plan_items
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'plan_items', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('plan_items', json_array(NEW.id), 'u', json_array(NEW.course_id, NEW.lesson_no, NEW.topic, NEW.hours, NEW.planned_date, NEW.homework));
END;
CREATE TRIGGER plan_items_history_delete AFTER DELETE ON plan_items
BEGIN INSERT INTO history (tbl, key, op) VALUES ('plan_items', json_array(OLD.id), 'd'); END;

-- remarks
INSERT INTO history (tbl, key, op, image) SELECT 'remarks', json_array(id), 's', json_array(course_id, text, due, created_at, created_by, resolved_at, resolved_by) FROM remarks;
CREATE TRIGGER remarks_history_insert AFTER INSERT ON remarks
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('remarks', json_array(NEW.id), 'i', json_array(NEW.course_id, NEW.text, NEW.due, NEW.created_at, NEW.created_by, NEW.resolved_at, NEW.resolved_by)); END;
CREATE TRIGGER remarks_history_update AFTER UPDATE ON remarks
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'remarks', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('remarks', json_array(NEW.id), 'u', json_array(NEW.course_id, NEW.text, NEW.due, NEW.created_at, NEW.created_by, NEW.resolved_at, NEW.resolved_by));
END;
CREATE TRIGGER remarks_history_delete AFTER DELETE ON remarks
BEGIN INSERT INTO history (tbl, key, op) VALUES ('remarks', json_array(OLD.id), 'd'); END;

-- settings
INSERT INTO history (tbl, key, op, image) SELECT 'settings', json_array(key), 's', json_array(value) FROM settings;
CREATE TRIGGER settings_history_insert AFTER INSERT ON settings
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('settings', json_array(NEW.key), 'i', json_array(NEW.value)); END;
CREATE TRIGGER settings_history_update AFTER UPDATE ON settings
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'settings', json_array(OLD.key), 'd' WHERE json_array(OLD.key) IS NOT json_array(NEW.key);
    INSERT INTO history (tbl, key, op, image) VALUES ('settings', json_array(NEW.key), 'u', json_array(NEW.value));
END;
CREATE TRIGGER settings_history_delete AFTER DELETE ON settings
BEGIN INSERT INTO history (tbl, key, op) VALUES ('settings', json_array(OLD.key), 'd'); END;

-- staff
INSERT INTO history (tbl, key, op, image) SELECT 'staff', json_array(id), 's', json_array(last_name, first_name, middle_name, roles, fio_key, login) FROM staff;
CREATE TRIGGER staff_history_insert AFTER INSERT ON staff
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('staff', json_array(NEW.id), 'i', json_array(NEW.last_name, NEW.first_name, NEW.middle_name, NEW.roles, NEW.fio_key, NEW.login)); END;
CREATE TRIGGER staff_history_update AFTER UPDATE ON staff
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'staff', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('staff', json_array(NEW.id), 'u', json_array(NEW.last_name, NEW.first_name, NEW.middle_name, NEW.roles, NEW.fio_key, NEW.login));
END;
CREATE TRIGGER staff_history_delete AFTER DELETE ON staff
BEGIN INSERT INTO history (tbl, key, op) VALUES ('staff', json_array(OLD.id), 'd'); END;

-- students
INSERT INTO history (tbl, key, op, image) SELECT 'students', json_array(id), 's', json_array(last_name, first_name, middle_name, birth_date, fio_key) FROM students;
CREATE TRIGGER students_history_insert AFTER INSERT ON students
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('students', json_array(NEW.id), 'i', json_array(NEW.last_name, NEW.first_name, NEW.middle_name, NEW.birth_date, NEW.fio_key)); END;
CREATE TRIGGER students_history_update AFTER UPDATE ON students
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'students', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('students', json_array(NEW.id), 'u', json_array(NEW.last_name, NEW.first_name, NEW.middle_name, NEW.birth_date, NEW.fio_key));
END;
CREATE TRIGGER students_history_delete AFTER DELETE ON students
BEGIN INSERT INTO history (tbl, key, op) VALUES ('students', json_array(OLD.id), 'd'); END;

-- subjects
INSERT INTO history (tbl, key, op, image) SELECT 'subjects', json_array(id), 's', json_array(name, key) FROM subjects;
CREATE TRIGGER subjects_history_insert AFTER INSERT ON subjects
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('subjects', json_array(NEW.id), 'i', json_array(NEW.name, NEW.key)); END;
CREATE TRIGGER subjects_history_update AFTER UPDATE ON subjects
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'subjects', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('subjects', json_array(NEW.id), 'u', json_array(NEW.name, NEW.key));
END;
CREATE TRIGGER subjects_history_delete AFTER DELETE ON subjects
BEGIN INSERT INTO history (tbl, key, op) VALUES ('subjects', json_array(OLD.id), 'd'); END;

-- timetable
INSERT INTO history (tbl, key, op, image) SELECT 'timetable', json_array(id), 's', json_array(class_id, weekday, lesson_no, course_id) FROM timetable;
CREATE TRIGGER timetable_history_insert AFTER INSERT ON timetable
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('timetable', json_array(NEW.id), 'i', json_array(NEW.class_id, NEW.weekday, NEW.lesson_no, NEW.course_id)); END;
CREATE TRIGGER timetable_history_update AFTER UPDATE ON timetable
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'timetable', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('timetable', json_array(NEW.id), 'u', json_array(NEW.class_id, NEW.weekday, NEW.lesson_no, NEW.course_id));
END;
CREATE TRIGGER timetable_history_delete AFTER DELETE ON timetable
BEGIN INSERT INTO history (tbl, key, op) VALUES ('timetable', json_array(OLD.id), 'd'); END;

-- work_types
INSERT INTO history (tbl, key, op, image) SELECT 'work_types', json_array(id), 's', json_array(name, weight, grace_days, position) FROM work_types;
CREATE TRIGGER work_types_history_insert AFTER INSERT ON work_types
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('work_types', json_array(NEW.id), 'i', json_array(NEW.name, NEW.weight, NEW.grace_days, NEW.position)); END;
CREATE TRIGGER work_types_history_update AFTER UPDATE ON work_types
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'work_types', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('work_types', json_array(NEW.id), 'u', json_array(NEW.name, NEW.weight, NEW.grace_days, NEW.position));
END;
CREATE TRIGGER work_types_history_delete AFTER DELETE ON work_types
BEGIN INSERT INTO history (tbl, key, op) VALUES ('work_types', json_array(OLD.id), 'd'); END;
