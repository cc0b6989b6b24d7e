//! Lessons (уроки) as the journal stores them: dated lessons of a course made from the
//! timetable, bound to the КТП (календарно-тематическое планирование, the course's plan of
//! topics, one entry per hour), with what the teacher recorded — topic, homework, a
//! substitute teacher.

use anyhow::{Context, Result};
use chrono::NaiveDate;
use rusqlite::{params, Connection, OptionalExtension, Row};

use super::decode::{date, row_id};
use crate::domain::date::iso;
use crate::domain::marks::AbsenceCode;

/// A lesson of a course: its id, date and number in the day.
#[derive(Debug, Clone, Copy)]
pub struct LessonSlot {
    pub id: i64,
    pub date: NaiveDate,
    pub lesson_no: i64,
}

impl LessonSlot {
    fn from_row(r: &Row) -> rusqlite::Result<LessonSlot> {
        let id: i64 = r.get("id")?;
        Ok(LessonSlot {
            id,
            date: date(r, "date", "lessons", row_id(id))?,
            lesson_no: r.get("lesson_no")?,
        })
    }
}

/// Every lesson of a course.
pub fn lessons_of_course(conn: &Connection, course_id: i64) -> Result<Vec<LessonSlot>> {
    let mut stmt =
        conn.prepare_cached("SELECT id, date, lesson_no FROM lessons WHERE course_id = ?1")?;
    let rows = stmt.query_map([course_id], LessonSlot::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-course-lessons"))
}

/// A course whose lessons `lessons generate` makes.
#[derive(Debug, Clone)]
pub struct GeneratedCourse {
    pub id: i64,
    pub grade: u8,
    pub class: String,
    pub subject: String,
    pub group: String,
}

impl GeneratedCourse {
    fn from_row(r: &Row) -> rusqlite::Result<GeneratedCourse> {
        Ok(GeneratedCourse {
            id: r.get("id")?,
            grade: r.get("grade")?,
            class: r.get("class")?,
            subject: r.get("subject")?,
            group: r.get("group_name")?,
        })
    }
}

/// Every course (of one class, or of all), by class, subject and group.
pub fn courses_for_lessons(
    conn: &Connection,
    class_id: Option<i64>,
) -> Result<Vec<GeneratedCourse>> {
    let mut stmt = conn.prepare(
        "SELECT c.id, cl.grade, cl.name AS class, s.name AS subject, c.group_name
         FROM courses c JOIN classes cl ON cl.id = c.class_id JOIN subjects s ON s.id = c.subject_id
         WHERE ?1 IS NULL OR c.class_id = ?1
         ORDER BY cl.grade, cl.letter COLLATE RU, s.name COLLATE RU, c.group_name COLLATE RU",
    )?;
    let rows = stmt.query_map([class_id], GeneratedCourse::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-courses"))
}

/// A course's weekly slot in the timetable.
#[derive(Debug, Clone, Copy)]
pub struct TimetableSlot {
    /// 1 Monday … 7 Sunday
    pub weekday: u32,
    pub lesson_no: i64,
}

impl TimetableSlot {
    fn from_row(r: &Row) -> rusqlite::Result<TimetableSlot> {
        Ok(TimetableSlot {
            weekday: r.get("weekday")?,
            lesson_no: r.get("lesson_no")?,
        })
    }
}

/// A course's slots in the timetable.
pub fn timetable_slots(conn: &Connection, course_id: i64) -> Result<Vec<TimetableSlot>> {
    let mut stmt =
        conn.prepare_cached("SELECT weekday, lesson_no FROM timetable WHERE course_id = ?1")?;
    let rows = stmt.query_map([course_id], TimetableSlot::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-timetable"))
}

/// Make a lesson unless it exists; returns 1 when it was made.
pub fn create_lesson(
    conn: &Connection,
    course_id: i64,
    date: NaiveDate,
    lesson_no: i64,
) -> Result<usize> {
    conn.prepare_cached(
        "INSERT OR IGNORE INTO lessons (course_id, date, lesson_no) VALUES (?1, ?2, ?3)",
    )?
    .execute(params![course_id, iso(date), lesson_no])
    .with_context(|| crate::t!("db-making-lesson", date = iso(date)))
}

/// A lesson in a date range, and whether something was entered in it: marks, absences, a
/// substitute, the teacher's record that it was given, or a topic of his own.
#[derive(Debug, Clone, Copy)]
pub struct LessonInRange {
    pub id: i64,
    pub date: NaiveDate,
    pub lesson_no: i64,
    pub entered: bool,
}

impl LessonInRange {
    fn from_row(r: &Row) -> rusqlite::Result<LessonInRange> {
        let id: i64 = r.get("id")?;
        Ok(LessonInRange {
            id,
            date: date(r, "date", "lessons", row_id(id))?,
            lesson_no: r.get("lesson_no")?,
            entered: r.get("entered")?,
        })
    }
}

/// A course's lessons between two dates, with whether anything was entered in them.
pub fn lessons_in_range(
    conn: &Connection,
    course_id: i64,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<LessonInRange>> {
    let mut stmt = conn.prepare_cached(
        "SELECT l.id, l.date, l.lesson_no,
                EXISTS (SELECT 1 FROM marks m WHERE m.lesson_id = l.id)
                OR EXISTS (SELECT 1 FROM absences a WHERE a.lesson_id = l.id)
                OR l.teacher_id IS NOT NULL
                OR EXISTS (SELECT 1 FROM lesson_records r WHERE r.lesson_id = l.id)
                OR (l.plan_item_id IS NULL AND (l.topic <> '' OR l.homework <> '')) AS entered
         FROM lessons l WHERE l.course_id = ?1 AND l.date BETWEEN ?2 AND ?3",
    )?;
    let rows = stmt.query_map(
        params![course_id, iso(from), iso(to)],
        LessonInRange::from_row,
    )?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-lessons"))
}

/// Delete a lesson.
pub fn delete_lesson(conn: &Connection, id: i64) -> Result<()> {
    conn.execute("DELETE FROM lessons WHERE id = ?1", [id])
        .with_context(|| crate::t!("db-deleting-lesson", id = id.to_string()))?;
    Ok(())
}

/// A КТП entry: a topic taking `hours` lessons.
#[derive(Debug, Clone)]
pub struct PlanItem {
    pub id: i64,
    pub topic: String,
    pub homework: String,
    pub hours: i64,
}

impl PlanItem {
    fn from_row(r: &Row) -> rusqlite::Result<PlanItem> {
        Ok(PlanItem {
            id: r.get("id")?,
            topic: r.get("topic")?,
            homework: r.get("homework")?,
            hours: r.get("hours")?,
        })
    }
}

/// A course's КТП in order.
pub fn plan_items(conn: &Connection, course_id: i64) -> Result<Vec<PlanItem>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, topic, homework, hours FROM plan_items WHERE course_id = ?1 ORDER BY lesson_no",
    )?;
    let rows = stmt.query_map([course_id], PlanItem::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-plan"))
}

/// A lesson with what the КТП or the teacher put in it.
#[derive(Debug, Clone)]
pub struct LessonTopic {
    pub id: i64,
    pub date: NaiveDate,
    pub plan_item_id: Option<i64>,
    pub topic: String,
    pub homework: String,
    /// Recorded as given: it keeps the topic it was given with.
    pub recorded: bool,
}

impl LessonTopic {
    fn from_row(r: &Row) -> rusqlite::Result<LessonTopic> {
        let id: i64 = r.get("id")?;
        Ok(LessonTopic {
            id,
            date: date(r, "date", "lessons", row_id(id))?,
            plan_item_id: r.get("plan_item_id")?,
            topic: r.get("topic")?,
            homework: r.get("homework")?,
            recorded: r.get("recorded")?,
        })
    }
}

/// A course's lessons in order, with their topics.
pub fn lesson_topics(conn: &Connection, course_id: i64) -> Result<Vec<LessonTopic>> {
    let mut stmt = conn.prepare_cached(
        "SELECT id, date, plan_item_id, topic, homework,
                EXISTS (SELECT 1 FROM lesson_records r WHERE r.lesson_id = l.id) AS recorded
         FROM lessons l WHERE course_id = ?1 ORDER BY date, lesson_no",
    )?;
    let rows = stmt.query_map([course_id], LessonTopic::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-lessons"))
}

/// Bind a lesson to a КТП entry (or to none), with the entry's topic and homework.
pub fn bind_lesson(
    conn: &Connection,
    lesson_id: i64,
    plan_item_id: Option<i64>,
    topic: &str,
    homework: &str,
) -> Result<()> {
    conn.prepare_cached(
        "UPDATE lessons SET plan_item_id = ?2, topic = ?3, homework = ?4 WHERE id = ?1",
    )?
    .execute(params![lesson_id, plan_item_id, topic, homework])
    .with_context(|| crate::t!("db-binding-plan-lesson", lesson_id = lesson_id.to_string()))?;
    Ok(())
}

/// A lesson as `lesson list` shows it.
#[derive(Debug, Clone)]
pub struct LessonListRow {
    pub date: NaiveDate,
    pub lesson_no: i64,
    pub topic: String,
    pub homework: String,
    /// Who took the lesson: the substitute, or the course's teacher.
    pub teacher: String,
    pub substitute: bool,
    pub marks: i64,
    /// Missed lessons (lateness not counted).
    pub absences: i64,
    /// When the teacher recorded it as given (the stored time), if he did.
    pub recorded_at: Option<String>,
}

impl LessonListRow {
    fn from_row(r: &Row) -> rusqlite::Result<LessonListRow> {
        let id: i64 = r.get("id")?;
        Ok(LessonListRow {
            date: date(r, "date", "lessons", row_id(id))?,
            lesson_no: r.get("lesson_no")?,
            topic: r.get("topic")?,
            homework: r.get("homework")?,
            teacher: r.get("teacher")?,
            substitute: r.get("substitute")?,
            marks: r.get("marks")?,
            absences: r.get("absences")?,
            recorded_at: r.get("recorded_at")?,
        })
    }
}

/// A course's lessons between two dates (open ends: the whole year), in order.
pub fn list_lessons(
    conn: &Connection,
    course_id: i64,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Vec<LessonListRow>> {
    let mut stmt = conn.prepare(
        "SELECT l.id, l.date, l.lesson_no, l.topic, l.homework,
                sn.full_name AS teacher, l.teacher_id IS NOT NULL AS substitute,
                (SELECT count(*) FROM marks m WHERE m.lesson_id = l.id) AS marks,
                (SELECT count(*) FROM absences a WHERE a.lesson_id = l.id AND a.code <> ?4) AS absences,
                (SELECT recorded_at FROM lesson_records r WHERE r.lesson_id = l.id) AS recorded_at
         FROM lessons l JOIN courses c ON c.id = l.course_id
         JOIN staff_names sn ON sn.id = coalesce(l.teacher_id, c.teacher_id)
         WHERE l.course_id = ?1 AND l.date >= ?2 AND l.date <= ?3
         ORDER BY l.date, l.lesson_no",
    )?;
    let from = from.map(iso).unwrap_or_default();
    let to = to.map(iso).unwrap_or_else(|| "9999".into());
    // Lateness is the one code that is not a missed lesson (`AbsenceCode::is_missed`).
    let late = AbsenceCode::Late.as_str();
    let rows = stmt.query_map(params![course_id, from, to, late], LessonListRow::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-lessons"))
}

/// What a lesson holds now: topic, homework, substitute.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct LessonRecord {
    pub topic: String,
    pub homework: String,
    pub teacher_id: Option<i64>,
}

impl LessonRecord {
    fn from_row(r: &Row) -> rusqlite::Result<LessonRecord> {
        Ok(LessonRecord {
            topic: r.get("topic")?,
            homework: r.get("homework")?,
            teacher_id: r.get("teacher_id")?,
        })
    }
}

/// A lesson's topic, homework and substitute, if the lesson exists.
pub fn lesson_record(conn: &Connection, lesson_id: i64) -> Result<Option<LessonRecord>> {
    conn.query_row(
        "SELECT topic, homework, teacher_id FROM lessons WHERE id = ?1",
        [lesson_id],
        LessonRecord::from_row,
    )
    .optional()
    .with_context(|| crate::t!("db-reading-lesson", lesson_id = lesson_id.to_string()))
}

/// Record a lesson's topic, homework and substitute. `own_words`: the teacher wrote the
/// topic or homework himself, so the lesson no longer follows the КТП.
pub fn record_lesson(
    conn: &Connection,
    lesson_id: i64,
    record: &LessonRecord,
    own_words: bool,
) -> Result<()> {
    conn.execute(
        "UPDATE lessons SET topic = ?2, homework = ?3, teacher_id = ?4,
                plan_item_id = CASE WHEN ?5 THEN NULL ELSE plan_item_id END
         WHERE id = ?1",
        params![
            lesson_id,
            record.topic,
            record.homework,
            record.teacher_id,
            own_words
        ],
    )
    .with_context(|| crate::t!("db-recording-lesson", lesson_id = lesson_id.to_string()))?;
    Ok(())
}

/// The course's own teacher.
pub fn course_teacher(conn: &Connection, course_id: i64) -> Result<i64> {
    conn.query_row(
        "SELECT teacher_id FROM courses WHERE id = ?1",
        [course_id],
        |r| r.get(0),
    )
    .with_context(|| {
        crate::t!(
            "db-reading-course-teacher",
            course_id = course_id.to_string()
        )
    })
}

/// The lessons a member of staff took as a substitute (the lesson names him), by id.
pub fn lessons_taken_by(conn: &Connection, staff_id: i64) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare_cached("SELECT id FROM lessons WHERE teacher_id = ?1")?;
    let rows = stmt.query_map([staff_id], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-substitute-lessons"))
}

/// Put a substitute teacher on a lesson.
pub fn set_substitute(conn: &Connection, lesson_id: i64, teacher_id: i64) -> Result<()> {
    conn.execute(
        "UPDATE lessons SET teacher_id = ?2 WHERE id = ?1",
        params![lesson_id, teacher_id],
    )
    .with_context(|| crate::t!("db-setting-substitute", lesson_id = lesson_id.to_string()))?;
    Ok(())
}

/// Members of staff who teach, and so may take another teacher's lesson, by id.
pub fn substitute_teachers(conn: &Connection) -> Result<Vec<i64>> {
    let mut stmt = conn.prepare("SELECT id FROM staff WHERE roles LIKE '%учитель%' ORDER BY id")?;
    let rows = stmt.query_map([], |r| r.get(0))?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-teachers"))
}

/// A lesson with its course's grade, teacher and topic, as the demo fills it.
#[derive(Debug, Clone)]
pub struct DatedLesson {
    pub id: i64,
    pub course_id: i64,
    pub class_id: i64,
    pub grade: u8,
    /// The course's teacher (ФИО).
    pub teacher: String,
    /// Who gave the lesson: the substitute, or the course's teacher (ФИО).
    pub taught_by: String,
    pub subject: String,
    pub date: NaiveDate,
    pub topic: String,
}

impl DatedLesson {
    fn from_row(r: &Row) -> rusqlite::Result<DatedLesson> {
        let id: i64 = r.get("id")?;
        Ok(DatedLesson {
            id,
            course_id: r.get("course_id")?,
            class_id: r.get("class_id")?,
            grade: r.get("grade")?,
            teacher: r.get("teacher")?,
            taught_by: r.get::<_, String>("taught_by")?.trim().to_string(),
            subject: r.get("subject")?,
            date: date(r, "date", "lessons", row_id(id))?,
            topic: r.get("topic")?,
        })
    }
}

/// Every lesson between two dates, by date, class and number.
pub fn lessons_between(
    conn: &Connection,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<Vec<DatedLesson>> {
    let mut stmt = conn.prepare(
        "SELECT l.id, l.course_id, c.class_id, cl.grade, sn.full_name AS teacher,
                tb.full_name AS taught_by, s.name AS subject, l.date, l.topic
         FROM lessons l JOIN courses c ON c.id = l.course_id JOIN classes cl ON cl.id = c.class_id
         JOIN subjects s ON s.id = c.subject_id
         JOIN staff_names sn ON sn.id = c.teacher_id
         JOIN staff_names tb ON tb.id = coalesce(l.teacher_id, c.teacher_id)
         WHERE l.date BETWEEN ?1 AND ?2 ORDER BY l.date, cl.id, l.lesson_no",
    )?;
    let rows = stmt.query_map(params![iso(from), iso(to)], DatedLesson::from_row)?;
    rows.collect::<rusqlite::Result<_>>()
        .with_context(|| crate::t!("db-reading-lessons"))
}

/// Record a lesson as given, by the open write (its time and actor); false when it was
/// already recorded (the first record stands).
pub fn record_given(conn: &Connection, lesson_id: i64) -> Result<bool> {
    let n = conn
        .prepare_cached(
            "INSERT INTO lesson_records (lesson_id, recorded_at, recorded_by, entered_by)
             SELECT ?1, now, actor, entered_by FROM session
             WHERE id = 1 AND NOT EXISTS (SELECT 1 FROM lesson_records WHERE lesson_id = ?1)",
        )?
        .execute([lesson_id])
        .with_context(|| {
            crate::t!(
                "db-recording-lesson-given",
                lesson_id = lesson_id.to_string()
            )
        })?;
    Ok(n == 1)
}
