-- 015: a КТП lesson may be a control work (контрольная работа), as the edsoo.ru plan says
-- by its control-work hours; the paper copy marks such a lesson in its grid.

ALTER TABLE plan_items ADD COLUMN control_work INTEGER NOT NULL DEFAULT 0
    CHECK (control_work IN (0, 1));

-- The history, as 012 keeps it, now with the new column; every row as it is now, so that
-- the history replays to what the table holds.
DROP TRIGGER plan_items_history_insert;
DROP TRIGGER plan_items_history_update;
CREATE TRIGGER plan_items_history_insert AFTER INSERT ON plan_items
BEGIN INSERT INTO history (tbl, key, op, image) VALUES ('plan_items', json_array(NEW.id), 'i', json_array(NEW.course_id, NEW.lesson_no, NEW.topic, NEW.hours, NEW.planned_date, NEW.homework, NEW.control_work)); END;
CREATE TRIGGER plan_items_history_update AFTER UPDATE ON plan_items
BEGIN
    INSERT INTO history (tbl, key, op) SELECT 'plan_items', json_array(OLD.id), 'd' WHERE json_array(OLD.id) IS NOT json_array(NEW.id);
    INSERT INTO history (tbl, key, op, image) VALUES ('plan_items', json_array(NEW.id), 'u', json_array(NEW.course_id, NEW.lesson_no, NEW.topic, NEW.hours, NEW.planned_date, NEW.homework, NEW.control_work));
END;
INSERT INTO history (tbl, key, op, image) SELECT 'plan_items', json_array(id), 'u', json_array(course_id, lesson_no, topic, hours, planned_date, homework, control_work) FROM plan_items ORDER BY id;
