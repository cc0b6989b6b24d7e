-- 007: rules that protect the journal, where plain SQL cannot skip them.

-- A mark and an absence Б/У/Н of the same student in the same lesson cannot both stand
-- (О, lateness, is not a missed lesson). The tool says why before it writes; these
-- triggers keep plain SQL from doing what it refuses.
CREATE TRIGGER IF NOT EXISTS marks_absent_insert BEFORE INSERT ON marks
WHEN EXISTS (SELECT 1 FROM absences
             WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id AND code <> 'О')
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;

CREATE TRIGGER IF NOT EXISTS marks_absent_update BEFORE UPDATE OF lesson_id, student_id ON marks
WHEN EXISTS (SELECT 1 FROM absences
             WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id AND code <> 'О')
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;

CREATE TRIGGER IF NOT EXISTS absences_marked_insert BEFORE INSERT ON absences
WHEN NEW.code <> 'О'
 AND EXISTS (SELECT 1 FROM marks WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;

CREATE TRIGGER IF NOT EXISTS absences_marked_update BEFORE UPDATE ON absences
WHEN NEW.code <> 'О'
 AND EXISTS (SELECT 1 FROM marks WHERE lesson_id = NEW.lesson_id AND student_id = NEW.student_id)
BEGIN SELECT RAISE(ABORT, 'ejournal: a mark beside an absence'); END;

-- The calendar under the lock: a period's bounds and the holidays decide which lessons a
-- date has and which final marks a period takes, so nothing in them may change on or
-- before the lock line (the `lock_line` of migration 005, no grace). A bound that moves
-- changes every day between its old and new place: the earlier of the two is what counts.
CREATE TRIGGER IF NOT EXISTS periods_lock_update BEFORE UPDATE OF starts_on, ends_on ON periods
WHEN (OLD.starts_on <> NEW.starts_on
      AND min(OLD.starts_on, NEW.starts_on)
          <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1))
  OR (OLD.ends_on <> NEW.ends_on
      AND min(OLD.ends_on, NEW.ends_on)
          <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1))
BEGIN SELECT RAISE(ABORT, 'ejournal: calendar locked'); END;

-- A period whose final marks are set keeps its dates, locked or not.
CREATE TRIGGER IF NOT EXISTS periods_finals_update BEFORE UPDATE OF starts_on, ends_on ON periods
WHEN (OLD.starts_on <> NEW.starts_on OR OLD.ends_on <> NEW.ends_on)
 AND EXISTS (SELECT 1 FROM final_marks WHERE period = OLD.code)
BEGIN SELECT RAISE(ABORT, 'ejournal: period has final marks'); END;

CREATE TRIGGER IF NOT EXISTS holidays_lock_insert BEFORE INSERT ON holidays
WHEN NEW.starts_on <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: calendar locked'); END;

CREATE TRIGGER IF NOT EXISTS holidays_lock_update BEFORE UPDATE ON holidays
WHEN min(OLD.starts_on, NEW.starts_on)
     <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: calendar locked'); END;

CREATE TRIGGER IF NOT EXISTS holidays_lock_delete BEFORE DELETE ON holidays
WHEN OLD.starts_on <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: calendar locked'); END;
