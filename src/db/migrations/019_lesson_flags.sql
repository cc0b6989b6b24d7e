-- 019: fill-rate counts a year's recorded lessons with their topic and homework from the
-- index that drives it, not by reading every lesson's row (its texts) for two yes/no
-- answers: the index on the range's lessons holds whether each is written. Its name and
-- leading columns stay: what used lessons_by_date still does.
DROP INDEX IF EXISTS lessons_by_date;
CREATE INDEX lessons_by_date ON lessons (date, course_id, teacher_id, topic <> '', homework <> '');
