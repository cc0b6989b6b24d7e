-- 013: guards for what plain SQL tried and `verify` found but SQLite let through: a locked
-- lesson moved to another course, settings deleted or replaced wholesale, the weights and
-- checking graces of work types that locked marks were given with, and records forged
-- outside a write of the tool. (Whatever gets past a guard is still found by `verify`.)

-- A locked lesson stays in its course: moving it would move its marks to another subject.
CREATE TRIGGER lessons_lock_course BEFORE UPDATE OF course_id ON lessons
WHEN OLD.course_id IS NOT NEW.course_id
 AND OLD.date <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1)
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

-- Settings are changed, never deleted; `INSERT OR REPLACE` over one is a delete and an
-- insert that the update triggers (the lock's audit among them) would not see.
CREATE TRIGGER settings_no_delete BEFORE DELETE ON settings
BEGIN SELECT RAISE(ABORT, 'ejournal: settings are changed, never deleted'); END;
CREATE TRIGGER settings_no_replace BEFORE INSERT ON settings
WHEN EXISTS (SELECT 1 FROM settings WHERE key = NEW.key)
BEGIN SELECT RAISE(ABORT, 'ejournal: settings are changed, never replaced'); END;

-- A work type's weight and checking grace decide locked averages and locked windows: they
-- stay while any mark of that type is on a locked date.
CREATE TRIGGER work_types_lock_update BEFORE UPDATE OF weight, grace_days ON work_types
WHEN (OLD.weight IS NOT NEW.weight OR OLD.grace_days IS NOT NEW.grace_days)
 AND EXISTS (SELECT 1 FROM marks m JOIN lessons l ON l.id = m.lesson_id
             WHERE m.work_type_id = OLD.id
               AND l.date <= (SELECT last_locked_day FROM lock_line WHERE grace_days = 0 LIMIT 1))
BEGIN SELECT RAISE(ABORT, 'ejournal: date locked'); END;

-- An audit record names its actor only inside a write of the tool (the session names him);
-- the triggers record plain SQL as 'sql'.
CREATE TRIGGER audit_log_only_by_triggers BEFORE INSERT ON audit_log
WHEN (SELECT actor FROM session WHERE id = 1) IS NULL AND NEW.actor IS NOT 'sql'
BEGIN SELECT RAISE(ABORT, 'ejournal: audit records are written by the journal''s triggers'); END;

-- The chain is sealed by the tool inside its writes (the session names the actor); only the
-- first block, sealed by the migration that begins the history, comes before any write.
CREATE TRIGGER chain_only_by_the_tool BEFORE INSERT ON chain
WHEN (SELECT actor FROM session WHERE id = 1) IS NULL AND EXISTS (SELECT 1 FROM chain)
BEGIN SELECT RAISE(ABORT, 'ejournal: the chain is sealed by ejournal'); END;
