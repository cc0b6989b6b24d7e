//! Marks and absences name the permit they were last written under (issue 9, migration
//! 010): none when entered on time, the deputy's permit when late; `mark list` and
//! `report fill-rate` show it; plain SQL can neither claim a permit its session is not under
//! nor hide the one it is. Today is 10.10.2023 (Tuesday); 5А has Математика on Mondays and
//! Tuesdays.

mod common;

use common::*;
use predicates::str::contains;
use serde_json::Value;

const TEACHER: &str = "Иванова Анна Петровна";
const REFUSAL: &str = "ejournal: permit_id is not the session's permit";

/// The fixture school with the window back at its default: the lesson day only.
fn journal() -> Journal {
    let j = school();
    deputy(
        &j,
        &[
            "settings",
            "set",
            "entry_window_days",
            "0",
            "--reason",
            "по умолчанию",
        ],
    )
    .success();
    j
}

fn as_teacher(j: &Journal, today: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    j.cmd()
        .env("EJOURNAL_ACTOR", TEACHER)
        .env("EJOURNAL_TODAY", today)
        .args(args)
        .assert()
}

fn add_mark(j: &Journal, today: &str, date: &str, student: &str) -> assert_cmd::assert::Assert {
    as_teacher(
        j,
        today,
        &[
            "mark",
            "add",
            "--date",
            date,
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--student",
            student,
            "--mark",
            "4",
        ],
    )
}

/// A deputy's permit for lessons 02.10–06.10.2023, of 5А Математика (or, with `extra`,
/// whatever it names); returns its number.
fn permit(j: &Journal, scope: &[&str]) -> i64 {
    let mut args = vec!["permit", "add"];
    args.extend(scope);
    args.extend([
        "--from",
        "02.10.2023",
        "--to",
        "06.10.2023",
        "--reason",
        "учитель болел",
    ]);
    let out = deputy(j, &args).success().get_output().stdout.clone();
    String::from_utf8(out).unwrap().trim().parse().unwrap()
}

const MATH: [&str; 4] = ["--class", "5А", "--subject", "Математика"];

/// `mark list` of 5А Математика as JSON, by date.
fn marks(j: &Journal) -> Vec<Value> {
    j.json(&["mark", "list", "--class", "5А", "--subject", "Математика"])
        .as_array()
        .unwrap()
        .clone()
}

fn on<'a>(marks: &'a [Value], date: &str) -> &'a Value {
    marks
        .iter()
        .find(|m| m["date"] == date)
        .unwrap_or_else(|| panic!("no mark on {date}: {marks:?}"))
}

#[test]
fn a_mark_on_time_names_no_permit_and_a_late_one_names_its_permit() {
    let j = journal();
    add_mark(&j, TODAY, "10.10.2023", "Ёлкин Фёдор").success();
    let listed = marks(&j);
    assert_eq!(on(&listed, "2023-10-10")["permit"], Value::Null);

    let id = permit(&j, &MATH);
    add_mark(&j, TODAY, "03.10.2023", "Жуков Матвей")
        .success()
        .stderr(contains(format!("(under permit {id})")));
    let listed = marks(&j);
    assert_eq!(on(&listed, "2023-10-03")["permit"], id);
    assert_eq!(on(&listed, "2023-10-10")["permit"], Value::Null);
    // The table and the CSV carry it too.
    let table = j.out(&["mark", "list", "--class", "5А"]);
    assert!(table.contains("permit"), "{table}");
    let csv = j.out(&["mark", "list", "--class", "5А", "--format", "csv"]);
    let mut lines = csv.lines();
    let header: Vec<&str> = lines.next().unwrap().split(',').collect();
    let col = header.iter().position(|h| *h == "permit").unwrap();
    let cells: Vec<Vec<&str>> = lines.map(|l| l.split(',').collect()).collect();
    let mut permits: Vec<&str> = cells.iter().map(|c| c[col]).collect();
    permits.sort();
    assert_eq!(permits, ["", id.to_string().as_str()]);

    // Fill-rate tells them apart: one mark on time, one under a permit.
    let r = j.json(&[
        "report",
        "fill-rate",
        "--from",
        "02.10.2023",
        "--to",
        "10.10.2023",
        "--class",
        "5А",
    ]);
    let math = r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["subject"] == "Математика")
        .unwrap();
    assert_eq!(
        (&math["marks"], &math["marks_on_time"], &math["late_marks"]),
        (&Value::from(2), &Value::from(1), &Value::from(1))
    );
    assert_eq!(r["summary"]["late_marks"], 1);
    let english = r["rows"]
        .as_array()
        .unwrap()
        .iter()
        .find(|c| c["subject"] == "Английский язык")
        .unwrap();
    assert_eq!(english["late_marks"], 0);
}

#[test]
fn a_correction_after_the_window_names_the_permit_and_an_absence_too() {
    let j = journal();
    // Entered on the lesson day: no permit.
    add_mark(&j, "2023-10-03", "03.10.2023", "Ёлкин Фёдор").success();
    let mark = on(&marks(&j), "2023-10-03").clone();
    assert_eq!(mark["permit"], Value::Null);
    // Corrected a week later under the deputy's permit: the mark now names it.
    let id = permit(&j, &MATH);
    let mark_id = mark["id"].to_string();
    as_teacher(
        &j,
        TODAY,
        &[
            "mark",
            "change",
            "--id",
            &mark_id,
            "--mark",
            "5",
            "--reason",
            "ошибка ввода",
        ],
    )
    .success();
    assert_eq!(on(&marks(&j), "2023-10-03")["permit"], id);
    // So is the correction of today's mark, on time, under none.
    add_mark(&j, TODAY, "10.10.2023", "Жуков Матвей").success();
    let today_id = on(&marks(&j), "2023-10-10")["id"].to_string();
    as_teacher(
        &j,
        TODAY,
        &[
            "mark",
            "change",
            "--id",
            &today_id,
            "--mark",
            "3",
            "--reason",
            "ошибка ввода",
        ],
    )
    .success();
    assert_eq!(on(&marks(&j), "2023-10-10")["permit"], Value::Null);

    // An absence records its permit the same way.
    let school_permit = permit(&j, &[]);
    as_teacher(
        &j,
        TODAY,
        &[
            "absence",
            "add",
            "--date",
            "02.10.2023",
            "--class",
            "5А",
            "--student",
            "Абрамова Кира",
            "--code",
            "Н",
        ],
    )
    .success();
    as_teacher(
        &j,
        TODAY,
        &[
            "absence",
            "add",
            "--date",
            "10.10.2023",
            "--class",
            "5А",
            "--student",
            "Абрамова Кира",
            "--code",
            "Н",
        ],
    )
    .success();
    // 02.10 has two lessons of 5А (Математика, Английский язык): the whole-school permit
    // covers both; 10.10's lesson is on time.
    assert_eq!(
        j.count(&format!(
            "SELECT count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id
             WHERE l.date = '2023-10-02' AND a.permit_id = {school_permit}"
        )),
        j.count(
            "SELECT count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id
             WHERE l.date = '2023-10-02'"
        )
    );
    assert_eq!(
        j.count(
            "SELECT count(*) FROM absences a JOIN lessons l ON l.id = a.lesson_id
             WHERE l.date = '2023-10-10' AND a.permit_id IS NULL"
        ),
        1
    );
}

/// A plain-SQL write that must be refused by the permit trigger, leaving the journal as it
/// was.
fn refused(j: &Journal, conn: &rusqlite::Connection, sql: &str) {
    let before = j.dump();
    let err = conn
        .execute(sql, [])
        .expect_err(&format!("accepted: {sql}"))
        .to_string();
    assert!(err.contains(REFUSAL), "{sql}: {err}");
    assert_eq!(before, j.dump(), "{sql} changed the journal");
}

#[test]
fn plain_sql_can_neither_claim_a_permit_nor_hide_one() {
    let j = journal();
    let id = permit(&j, &MATH);
    let other = permit(&j, &[]);
    add_mark(&j, TODAY, "10.10.2023", "Ёлкин Фёдор").success();
    add_mark(&j, TODAY, "03.10.2023", "Жуков Матвей").success();
    let listed = marks(&j);
    let on_time = on(&listed, "2023-10-10")["id"].as_i64().unwrap();
    let late = on(&listed, "2023-10-03")["id"].as_i64().unwrap();
    assert_eq!(on(&listed, "2023-10-03")["permit"], id);

    let conn = rusqlite::Connection::open(j.db()).unwrap();
    conn.execute_batch(
        "UPDATE session SET actor = 'sql', today = '2023-10-10', now = '2023-10-10T12:00:00', permit_id = NULL",
    )
    .unwrap();
    let lesson = |date: &str| -> i64 {
        conn.query_row(
            "SELECT l.id FROM lessons l JOIN courses c ON c.id = l.course_id
             JOIN subjects s ON s.id = c.subject_id
             WHERE l.date = ?1 AND s.name = 'Математика'",
            [date],
            |r| r.get(0),
        )
        .unwrap()
    };
    let (today, tuesday) = (lesson("2023-10-10"), lesson("2023-10-03"));
    let insert = |lesson: i64, permit: &str| {
        format!(
            "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id, permit_id)
             VALUES ({lesson}, 1, '5', 1, (SELECT max(id) FROM entries), {permit})"
        )
    };

    // Under no permit: a mark on time may not claim one, nor be made to name one.
    refused(&j, &conn, &insert(today, &id.to_string()));
    refused(
        &j,
        &conn,
        &format!("UPDATE marks SET permit_id = {id} WHERE id = {on_time}"),
    );
    // …while the same mark without one goes in, as the tool writes it.
    conn.execute(&insert(today, "NULL"), []).unwrap();

    // Under the permit: a late mark may not hide it, nor name another.
    conn.execute("UPDATE session SET permit_id = ?1", [id])
        .unwrap();
    refused(&j, &conn, &insert(tuesday, "NULL"));
    refused(&j, &conn, &insert(tuesday, &other.to_string()));
    refused(
        &j,
        &conn,
        &format!("UPDATE marks SET permit_id = NULL WHERE id = {late}"),
    );
    refused(
        &j,
        &conn,
        &format!("UPDATE marks SET value = '3', permit_id = {other} WHERE id = {late}"),
    );
    // A correction that names it is what the tool does.
    conn.execute(
        &format!("UPDATE marks SET value = '3', permit_id = {id} WHERE id = {late}"),
        [],
    )
    .unwrap();
    conn.execute(&insert(tuesday, &id.to_string()), []).unwrap();

    // Absences the same.
    refused(
        &j,
        &conn,
        &format!(
            "INSERT INTO absences (lesson_id, student_id, code, permit_id) VALUES ({tuesday}, 2, 'Н', NULL)"
        ),
    );
    conn.execute(
        &format!(
            "INSERT INTO absences (lesson_id, student_id, code, permit_id) VALUES ({tuesday}, 2, 'Н', {id})"
        ),
        [],
    )
    .unwrap();
    refused(
        &j,
        &conn,
        &format!("UPDATE absences SET code = 'Б', permit_id = {other} WHERE lesson_id = {tuesday}"),
    );
}

#[test]
fn the_window_and_the_lock_still_speak_first() {
    let j = journal();
    let id = permit(&j, &MATH);
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    conn.execute_batch(
        "UPDATE session SET actor = 'sql', today = '2023-10-10', now = '2023-10-10T12:00:00', permit_id = NULL",
    )
    .unwrap();
    let lesson: i64 = conn
        .query_row(
            "SELECT l.id FROM lessons l JOIN courses c ON c.id = l.course_id
             JOIN subjects s ON s.id = c.subject_id
             WHERE l.date = '2023-10-03' AND s.name = 'Математика'",
            [],
            |r| r.get(0),
        )
        .unwrap();
    // A late mark that claims a permit its session is not under: the window refuses it,
    // with its own message.
    let insert = format!(
        "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id, permit_id)
         VALUES ({lesson}, 1, '5', 1, (SELECT max(id) FROM entries), {id})"
    );
    let err = conn.execute(&insert, []).unwrap_err().to_string();
    assert!(err.contains("ejournal: outside the entry window"), "{err}");
    // Under the lock, the lock speaks.
    deputy(
        &j,
        &["lock", "--until", "06.10.2023", "--reason", "конец месяца"],
    )
    .success();
    conn.execute("UPDATE session SET permit_id = NULL", [])
        .unwrap();
    let err = conn.execute(&insert, []).unwrap_err().to_string();
    assert!(err.contains("ejournal: date locked"), "{err}");
}

#[test]
fn the_demo_moves_its_quarter_under_a_whole_school_permit() {
    let j = Journal::empty();
    let dir = j.path("demo");
    j.cmd()
        .args(["demo", "--dir", dir.to_str().unwrap()])
        .assert()
        .success()
        .stderr(contains("under the deputy's whole-school permit № 1"));
    let demo = |args: &[&str]| -> Value {
        let out = j
            .cmd()
            .env("EJOURNAL_DB", dir.join("ejournal.db"))
            .env("EJOURNAL_TODAY", "2023-10-27")
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(out.status.success(), "{args:?}");
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let permits = demo(&["permit", "list", "--all"]);
    let p = &permits.as_array().unwrap()[..];
    assert_eq!(p.len(), 1, "{permits}");
    assert_eq!(p[0]["class"], Value::Null, "the whole school");
    assert_eq!(p[0]["reason"], "перенос отметок из прежней системы");
    assert_eq!(p[0]["created_by"], "Литвиненко Сергей Андреевич");
    assert_eq!(
        (&p[0]["from"], &p[0]["to"]),
        (&"2023-09-01".into(), &"2023-10-27".into())
    );
    // Late by the day of the move: under the permit; that day's own: on time.
    let marks = demo(&["mark", "list", "--class", "5А", "--subject", "Математика"]);
    let marks = marks.as_array().unwrap();
    let plain: Vec<&Value> = marks
        .iter()
        .filter(|m| m["work_type"] == "Ответ на уроке")
        .collect();
    assert!(plain.iter().any(|m| m["date"] == "2023-10-27"));
    for m in plain {
        let expect = if m["date"] == "2023-10-27" {
            Value::Null
        } else {
            Value::from(1)
        };
        assert_eq!(m["permit"], expect, "{m}");
    }
    let fill = demo(&["report", "fill-rate", "--month", "2023-10"]);
    let s = &fill["summary"];
    let (marks, on_time, late) = (
        s["marks"].as_i64().unwrap(),
        s["marks_on_time"].as_i64().unwrap(),
        s["late_marks"].as_i64().unwrap(),
    );
    assert!(on_time > 0 && late > on_time, "{s}");
    assert_eq!(on_time + late, marks, "{s}");
}
