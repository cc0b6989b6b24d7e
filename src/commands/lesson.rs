//! `ejournal lesson` (also `lessons`): dated lessons from the timetable and the calendar,
//! bound to the КТП; listing them; and recording what was actually taught.

use std::collections::HashSet;

use anyhow::Result;
use chrono::NaiveDate;
use rusqlite::Connection;

use super::plan::CourseArgs;
use super::roles::require_course;
use crate::context::Ctx;
use crate::db;
use crate::db::calendar::SchoolCalendar;
use crate::db::classes::class_required;
use crate::db::courses::find_course;
use crate::db::lessons::{
    bind_lesson, course_teacher, courses_for_lessons, create_lesson, delete_lesson, lesson_record,
    lesson_topics, lessons_in_range, list_lessons, plan_items, record_given, record_lesson,
    timetable_slots, GeneratedCourse, LessonRecord, PlanItem,
};
use crate::db::lock::LockState;
use crate::db::people::{all_staff, find_person};
use crate::db::permits::{use_permit, write_message};
use crate::db::resolve::{group_label, Index};
use crate::domain::class_name::{parse_class_arg, ClassName};
use crate::domain::date::{parse_date_arg, ru, weekday_no};
use crate::domain::fio::PersonRef;
use crate::domain::limits;
use crate::error::{refused, usage, NameKind, Unresolved};
use crate::render::{Cell, Rows};
use crate::t;

#[derive(Debug, clap::Subcommand)]
pub enum LessonCmd {
    /// Create the dated lessons of each course from the timetable and the calendar, and bind
    /// the КТП topics to them in order
    ///
    /// Example: ejournal lessons generate --class 5А --from 01.09.2023 --to 27.10.2023
    Generate {
        /// Only this class
        #[arg(long, value_parser = parse_class_arg)]
        class: Option<ClassName>,
        /// First date [default: the start of the year]
        #[arg(long, value_parser = parse_date_arg)]
        from: Option<NaiveDate>,
        /// Last date [default: the end of the year]
        #[arg(long, value_parser = parse_date_arg)]
        to: Option<NaiveDate>,
    },
    /// List a course's lessons: date, number, topic, homework, teacher
    ///
    /// Example: ejournal lesson list --class 5А --subject Математика --from 01.10.2023 --to 31.10.2023
    List {
        #[command(flatten)]
        course: CourseArgs,
        #[arg(long, value_parser = parse_date_arg)]
        from: Option<NaiveDate>,
        #[arg(long, value_parser = parse_date_arg)]
        to: Option<NaiveDate>,
    },
    /// Record a lesson's topic, homework, or the substitute teacher who took it; a lesson of
    /// today or earlier is then recorded as given (as `lesson confirm`)
    ///
    /// Example: ejournal lesson set --class 5А --subject Математика --date 12.10.2023 --homework "§ 5, № 112"
    Set(RecordArgs),
    /// Record a lesson as given: the teacher (or the substitute) confirms it took place, with
    /// the planned topic and homework unless --topic or --homework says otherwise. The time
    /// and who recorded it are kept; the lesson-day rule and the lock apply.
    ///
    /// Example: ejournal lesson confirm --class 5А --subject Математика --date 12.10.2023
    Confirm(RecordArgs),
}

/// What `lesson set` and `lesson confirm` take.
#[derive(Debug, clap::Args)]
pub struct RecordArgs {
    #[command(flatten)]
    course: CourseArgs,
    /// The lesson's date
    #[arg(long, value_parser = parse_date_arg)]
    date: NaiveDate,
    /// The lesson's number in the day, when the course has two that day
    #[arg(long)]
    lesson_no: Option<i64>,
    /// The topic taught [default: the КТП's, or what was recorded]
    #[arg(long)]
    topic: Option<String>,
    /// The homework set [default: the КТП's, or what was recorded]
    #[arg(long)]
    homework: Option<String>,
    /// The teacher who took the lesson (ФИО), when it was not the course's teacher
    #[arg(long)]
    teacher: Option<String>,
    /// Why (kept in the audit trail)
    #[arg(long)]
    reason: Option<String>,
    /// Write under this permit when the lesson is outside the entry window [default: the
    /// narrowest valid permit that covers it]
    #[arg(long)]
    permit: Option<i64>,
}

impl LessonCmd {
    pub fn run(&self, ctx: &mut Ctx) -> Result<()> {
        match self {
            LessonCmd::Generate { class, from, to } => {
                let class_id = match class {
                    Some(c) => Some(class_required(&ctx.conn, c)?.id),
                    None => None,
                };
                let report = generate(ctx, class_id, *from, *to)?;
                ctx.print(&report)
            }
            LessonCmd::List { course, from, to } => list(ctx, course, *from, *to),
            LessonCmd::Set(args) => {
                if args.topic.is_none() && args.homework.is_none() && args.teacher.is_none() {
                    return Err(usage(t!("lesson-set-nothing")));
                }
                record(ctx, args, Recording::IfGiven)
            }
            LessonCmd::Confirm(args) => record(ctx, args, Recording::Always),
        }
    }
}

/// What generating did for one course.
#[derive(Debug, Default)]
struct CourseCounts {
    created: usize,
    removed: usize,
    /// Lessons no longer in the timetable that stay: something was entered in them, or
    /// their date is locked.
    kept: usize,
    lessons: usize,
    plan_hours: usize,
    bound: i64,
}

impl CourseCounts {
    /// Lessons − КТП hours.
    fn difference(&self) -> i64 {
        self.lessons as i64 - self.plan_hours as i64
    }
}

/// Generate lessons and bind topics; returns a row per course. Running it again creates
/// nothing twice and keeps whatever was entered.
pub fn generate(
    ctx: &mut Ctx,
    class_id: Option<i64>,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<Rows> {
    let cal = SchoolCalendar::load(&ctx.conn)?;
    let lock = LockState::load(&ctx.conn, ctx.today)?;
    let (start, end) = cal.study_span();
    let from = from.unwrap_or(start).max(start);
    let to = to.unwrap_or(end).min(end);
    if from > to {
        return Err(usage(t!(
            "lesson-from-after-to",
            from = ru(from),
            to = ru(to)
        )));
    }
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, Some("lessons generate"), ctx.today)?;
    let courses = courses_for_lessons(&tx, class_id)?;
    let mut report = Rows::new(&[
        ("class", "Класс"),
        ("subject", "Предмет"),
        ("group", "Группа"),
        ("created", "Создано уроков"),
        ("removed", "Удалено"),
        ("lessons", "Уроков за год"),
        ("plan_hours", "Часов в КТП"),
        ("topics_bound", "Тем привязано"),
        ("difference", "Расхождение"),
    ]);
    let mut total = CourseCounts::default();
    let mut mismatched = 0;
    for course in &courses {
        let mut counts = make_lessons(&tx, &cal, &lock, course, from, to)?;
        counts.bound = bind_plan(&tx, &lock, course.id, &mut counts)?;
        if counts.difference() != 0 {
            mismatched += 1;
        }
        total.created += counts.created;
        total.bound += counts.bound;
        total.removed += counts.removed;
        total.kept += counts.kept;
        report.push(vec![
            Cell::text(&course.class),
            Cell::text(&course.subject),
            Cell::opt_text(&course.group),
            Cell::Int(counts.created as i64),
            Cell::Int(counts.removed as i64),
            Cell::Int(counts.lessons as i64),
            Cell::Int(counts.plan_hours as i64),
            Cell::Int(counts.bound),
            Cell::Int(counts.difference()),
        ]);
    }
    db::commit(tx)?;
    if total.kept > 0 {
        ctx.say(t!("lesson-generate-kept", count = total.kept));
    }
    ctx.say(t!(
        "lesson-generated",
        courses = courses.len(),
        created = total.created,
        removed = total.removed,
        bound = total.bound,
        from = ru(from),
        to = ru(to)
    ));
    if mismatched > 0 {
        ctx.say(t!("lesson-generate-mismatched", count = mismatched));
    }
    Ok(report)
}

/// Make a course's lessons from its timetable on the study days between two dates, and
/// remove those the timetable or calendar no longer has (a slot moved, a holiday added)
/// unless something was entered in them or their date is locked.
fn make_lessons(
    tx: &Connection,
    cal: &SchoolCalendar,
    lock: &LockState,
    course: &GeneratedCourse,
    from: NaiveDate,
    to: NaiveDate,
) -> Result<CourseCounts> {
    let slots = timetable_slots(tx, course.id)?;
    let mut counts = CourseCounts::default();
    let mut expected = HashSet::new();
    for day in cal.study_days(course.grade, from, to) {
        let wd = weekday_no(day);
        for slot in slots.iter().filter(|s| s.weekday == wd) {
            expected.insert((day, slot.lesson_no));
            counts.created += create_lesson(tx, course.id, day, slot.lesson_no)?;
        }
    }
    for lesson in lessons_in_range(tx, course.id, from, to)? {
        if expected.contains(&(lesson.date, lesson.lesson_no)) {
            continue;
        }
        if lesson.entered || lock.why_locked(lesson.date, 0).is_some() {
            counts.kept += 1;
        } else {
            delete_lesson(tx, lesson.id)?;
            counts.removed += 1;
        }
    }
    Ok(counts)
}

/// Bind the КТП to a course's lessons in order; returns how many lessons changed. A lesson
/// whose topic came from the КТП follows it (a changed plan, a lesson removed); one the
/// teacher wrote himself keeps his words, and still takes its place in the order.
fn bind_plan(
    tx: &Connection,
    lock: &LockState,
    course_id: i64,
    counts: &mut CourseCounts,
) -> Result<i64> {
    // The КТП, one entry per hour: a topic of N hours takes N lessons.
    let items = plan_items(tx, course_id)?;
    let plan: Vec<&PlanItem> = items
        .iter()
        .flat_map(|p| (0..p.hours).map(move |_| p))
        .collect();
    let lessons = lesson_topics(tx, course_id)?;
    let mut bound = 0;
    for (i, lesson) in lessons.iter().enumerate() {
        let from_plan = lesson.plan_item_id.is_some()
            || (lesson.topic.is_empty() && lesson.homework.is_empty());
        if !from_plan || lesson.recorded || lock.why_locked(lesson.date, 0).is_some() {
            continue;
        }
        let (item_id, plan_topic, plan_homework) = match plan.get(i) {
            Some(p) => (Some(p.id), p.topic.as_str(), p.homework.as_str()),
            None => (None, "", ""),
        };
        if (
            lesson.plan_item_id,
            lesson.topic.as_str(),
            lesson.homework.as_str(),
        ) == (item_id, plan_topic, plan_homework)
        {
            continue;
        }
        bind_lesson(tx, lesson.id, item_id, plan_topic, plan_homework)?;
        bound += 1;
    }
    counts.lessons = lessons.len();
    counts.plan_hours = plan.len();
    Ok(bound)
}

fn list(
    ctx: &mut Ctx,
    course: &CourseArgs,
    from: Option<NaiveDate>,
    to: Option<NaiveDate>,
) -> Result<()> {
    let course_id = course_id(ctx, course)?;
    let mut rows = Rows::new(&[
        ("date", "Дата"),
        ("weekday", "День"),
        ("lesson_no", "Урок"),
        ("topic", "Тема"),
        ("homework", "Домашнее задание"),
        ("teacher", "Учитель"),
        ("substitute", "Замена"),
        ("marks", "Отметок"),
        ("absences", "Пропусков"),
        ("recorded_at", "Записан"),
    ]);
    for l in list_lessons(&ctx.conn, course_id, from, to)? {
        rows.push(vec![
            Cell::Date(l.date),
            Cell::text(super::import::timetable_weekday_name(weekday_no(l.date))),
            Cell::Int(l.lesson_no),
            Cell::opt_text(l.topic),
            Cell::opt_text(l.homework),
            Cell::text(l.teacher.trim()),
            Cell::Bool(l.substitute),
            Cell::Int(l.marks),
            Cell::Int(l.absences),
            Cell::opt_text(l.recorded_at.unwrap_or_default()),
        ]);
    }
    if rows.rows.is_empty() {
        ctx.say(t!("lesson-list-none"));
    }
    ctx.print(&rows)
}

/// The course the arguments name; a name that does not resolve is an error (exit 2).
fn course_id(ctx: &Ctx, course: &CourseArgs) -> Result<i64> {
    let class = class_required(&ctx.conn, &course.class)?;
    Ok(find_course(
        &ctx.conn,
        &class,
        &course.subject,
        &course.group,
    )??)
}

/// The substitute a `--teacher` names: `Some(None)` when it is the course's own teacher.
fn substitute(ctx: &Ctx, course_id: i64, teacher: Option<&str>) -> Result<Option<Option<i64>>> {
    let Some(t) = teacher else {
        return Ok(None);
    };
    let staff = all_staff(&ctx.conn)?;
    let who = PersonRef::parse(t).map_err(|e| Unresolved::new(NameKind::Teacher, e))?;
    let id = find_person(&staff, &who, NameKind::Teacher, &t!("people-what-staff"))?.id;
    let course_teacher = course_teacher(&ctx.conn, course_id)?;
    Ok(Some((id != course_teacher).then_some(id)))
}

/// Whether recording a lesson's content also records it as given.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Recording {
    /// `lesson confirm`: the point of the command.
    Always,
    /// `lesson set`: when the teacher wrote a topic or homework of a lesson that took place.
    IfGiven,
}

/// Record a lesson's content and, as `recording` says, that it was given.
fn record(ctx: &mut Ctx, args: &RecordArgs, recording: Recording) -> Result<()> {
    let (topic, homework) = (args.topic.as_deref(), args.homework.as_deref());
    // The same limits as a КТП file's cells: the paper copy prints them.
    for (option, value, max) in [
        ("--topic", topic, limits::TOPIC),
        ("--homework", homework, limits::HOMEWORK),
    ] {
        if let Some(v) = value {
            limits::check_text(v.trim(), max)
                .map_err(|e| refused(t!("lesson-text-too-long", option = option, error = e)))?;
        }
    }
    let date = args.date;
    let course_id = course_id(ctx, &args.course)?;
    let mut index = Index::new(&ctx.conn, ctx.today)?;
    let info = index.course_info(&ctx.conn, course_id)?;
    let lesson_id = index.lesson(&ctx.conn, &info, date, args.lesson_no)??;
    let name = format!(
        "{} {}{}",
        info.class,
        info.subject,
        group_label(&info.group)
    );
    require_course(ctx, course_id, Some(lesson_id), &name)?;
    let taught = date <= ctx.today;
    if recording == Recording::Always && !taught {
        return Err(refused(t!(
            "lesson-not-yet",
            course = name.as_str(),
            date = ru(date),
            today = ru(ctx.today)
        )));
    }
    let own_words = topic.is_some() || homework.is_some();
    let confirm = taught && (recording == Recording::Always || own_words);
    if let Some(why) = index.lock.why_locked(date, 0) {
        return Err(refused(t!("lesson-locked", why = why)));
    }
    // The topic, homework and the record are the teacher's entries: the lesson-day rule holds
    // for them (a substitute alone is the deputy's record of who taught, not an entry).
    index.window.named = args.permit;
    let permit = if own_words || confirm {
        index
            .window
            .judge(date, 0, &[(info.class_id, info.id)])
            .permit()?
    } else {
        None
    };
    let teacher_id = substitute(ctx, course_id, args.teacher.as_deref())?;
    let tx = db::begin_write(&mut ctx.conn, &ctx.who, args.reason.as_deref(), ctx.today)?;
    use_permit(&tx, permit)?;
    let old = lesson_record(&tx, lesson_id)?.unwrap_or_default();
    let new = LessonRecord {
        topic: topic.map(str::trim).unwrap_or(&old.topic).to_string(),
        homework: homework.map(str::trim).unwrap_or(&old.homework).to_string(),
        teacher_id: teacher_id.unwrap_or(old.teacher_id),
    };
    // What the teacher writes is his: the lesson no longer follows the КТП.
    if new != old || own_words {
        record_lesson(&tx, lesson_id, &new, own_words)
            .map_err(|e| write_message(e, date, &index.window))?;
    }
    let newly = if confirm {
        record_given(&tx, lesson_id).map_err(|e| write_message(e, date, &index.window))?
    } else {
        false
    };
    db::commit(tx)?;
    let what = match (confirm, newly) {
        (true, true) => t!("lesson-recorded-given"),
        (true, false) => t!("lesson-recorded-already-given"),
        (false, _) => t!("lesson-recorded"),
    };
    ctx.say(t!(
        "lesson-record-done",
        course = name.as_str(),
        date = ru(date),
        what = what,
        permit = super::mark::under(permit)
    ));
    Ok(())
}
