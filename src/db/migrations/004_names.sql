-- 004: one home for a person's display name (ФИО as lists and documents print it:
-- "Фамилия Имя Отчество"). Queries join these views instead of concatenating the parts.
CREATE VIEW IF NOT EXISTS staff_names (id, full_name) AS
    SELECT id, last_name || ' ' || first_name || ' ' || middle_name FROM staff;
CREATE VIEW IF NOT EXISTS student_names (id, full_name) AS
    SELECT id, last_name || ' ' || first_name || ' ' || middle_name FROM students;
