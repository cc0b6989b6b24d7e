-- Issue 13: the reports read the marks and absences of a range through covering indexes,
-- driven by the range's lessons (lessons_by_date): every column fill-rate and final suggest
-- read of a mark (student, work type, value, permit, entry time) is in the index, so a report
-- never reads the marks table itself — whose rows lie in the order they were entered, one
-- page per mark for a month's marks when they came in one big import.
-- The index keeps its name and its leading columns: what used marks_by_lesson still does.
-- (Numbered 016: 015 is another change's. Safe to run twice.)
DROP INDEX IF EXISTS marks_by_lesson;
CREATE INDEX marks_by_lesson ON marks (lesson_id, student_id, work_type_id, value, permit_id, entered_at);
CREATE INDEX IF NOT EXISTS absences_by_lesson ON absences (lesson_id, student_id, code);
-- The lesson's teacher (a substitute's) beside its day and course: the marks of a range are
-- read with their lesson's columns from the index alone.
DROP INDEX IF EXISTS lessons_by_date;
CREATE INDEX lessons_by_date ON lessons (date, course_id, teacher_id);
