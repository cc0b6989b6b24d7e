//! The lesson-day rule (issue 9): entries on the lesson day, plus the entry window and a
//! work type's checking grace; later ones only under a deputy's permit, which the audit
//! trail names; a permit never opens a locked date; plain SQL meets the same triggers.
//! Today is 10.10.2023 (Tuesday); 5А has Математика on Mondays and Tuesdays.

mod common;

use common::*;
use predicates::str::contains;

const TEACHER: &str = "Иванова Анна Петровна";

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

fn as_actor(j: &Journal, actor: &str, today: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    j.cmd()
        .env("EJOURNAL_ACTOR", actor)
        .env("EJOURNAL_TODAY", today)
        .args(args)
        .assert()
}

fn as_teacher(j: &Journal, today: &str, args: &[&str]) -> assert_cmd::assert::Assert {
    j.cmd()
        .env("EJOURNAL_ACTOR", TEACHER)
        .env("EJOURNAL_TODAY", today)
        .args(args)
        .assert()
}

fn mark_args<'a>(date: &'a str, student: &'a str, work: &'a str) -> Vec<&'a str> {
    vec![
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
        "--work-type",
        work,
    ]
}

/// A deputy's permit for 5А Математика, lessons 02.10–06.10.2023; returns its id.
fn permit(j: &Journal, extra: &[&str]) -> String {
    let mut args = vec![
        "permit",
        "add",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--from",
        "02.10.2023",
        "--to",
        "06.10.2023",
        "--reason",
        "учитель болел",
    ];
    args.extend(extra);
    let out = deputy(j, &args).success().get_output().stdout.clone();
    String::from_utf8(out).unwrap().trim().to_string()
}

#[test]
fn todays_mark_is_accepted_and_a_week_old_one_refused() {
    let j = journal();
    as_teacher(
        &j,
        TODAY,
        &mark_args("10.10.2023", "Ёлкин Фёдор", "Ответ на уроке"),
    )
    .success();
    let before = j.dump();
    as_teacher(
        &j,
        TODAY,
        &mark_args("03.10.2023", "Ёлкин Фёдор", "Ответ на уроке"),
    )
    .code(65)
    .stderr(contains("03.10.2023 is outside the entry window"))
    .stderr(contains("accepted until 03.10.2023 (the lesson day)"))
    .stderr(contains("today is 10.10.2023"))
    .stderr(contains("ask a deputy for a permit: `ejournal permit add"));
    // An absence and a topic of that lesson are late too.
    as_teacher(
        &j,
        TODAY,
        &[
            "absence",
            "add",
            "--date",
            "03.10.2023",
            "--class",
            "5А",
            "--student",
            "Жуков Матвей",
            "--code",
            "Н",
        ],
    )
    .code(65)
    .stderr(contains("outside the entry window"));
    as_teacher(
        &j,
        TODAY,
        &[
            "lesson",
            "set",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            "03.10.2023",
            "--topic",
            "задним числом",
        ],
    )
    .code(65)
    .stderr(contains("outside the entry window"));
    assert_eq!(before, j.dump());
    // A wider window, set by the deputy, takes the week in.
    deputy(
        &j,
        &[
            "settings",
            "set",
            "entry_window_days",
            "7",
            "--reason",
            "приказ",
        ],
    )
    .success();
    as_teacher(
        &j,
        TODAY,
        &mark_args("03.10.2023", "Ёлкин Фёдор", "Ответ на уроке"),
    )
    .success();
}

#[test]
fn a_control_work_five_days_after_its_lesson_needs_no_permit() {
    let j = journal();
    let five_days_later = "2023-10-08";
    let before = j.dump();
    as_teacher(
        &j,
        five_days_later,
        &mark_args("03.10.2023", "Жуков Матвей", "Ответ на уроке"),
    )
    .code(65);
    assert_eq!(before, j.dump());
    as_teacher(
        &j,
        five_days_later,
        &mark_args("03.10.2023", "Жуков Матвей", "Контрольная работа"),
    )
    .success();
    as_teacher(
        &j,
        five_days_later,
        &mark_args("03.10.2023", "Ёлкин Фёдор", "Проверочная работа"),
    )
    .success();
    // A week and a day later, the checking grace is over too.
    as_teacher(
        &j,
        "2023-10-11",
        &mark_args("03.10.2023", "Ершов Артем", "Контрольная работа"),
    )
    .code(65)
    .stderr(contains("+ 7 days to check written work"));
}

#[test]
fn a_deputys_permit_lets_the_late_mark_in_and_the_audit_names_it() {
    let j = journal();
    let id = permit(&j, &[]);
    assert_eq!(id, "1");
    let listed = j.json(&["permit", "list"]);
    assert_eq!(listed[0]["id"], 1);
    assert_eq!(listed[0]["status"], "действует");
    assert_eq!(listed[0]["created_by"], DEPUTY);
    as_teacher(
        &j,
        TODAY,
        &mark_args("03.10.2023", "Ёлкин Фёдор", "Ответ на уроке"),
    )
    .success()
    .stderr(contains("(under permit 1)"));
    // A correction under the permit keeps its reason after the permit's number.
    let mark_id = j.json(&["mark", "list", "--class", "5А"])[0]["id"]
        .as_i64()
        .unwrap()
        .to_string();
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
    let audit = j.json(&["audit", "--class", "5А", "--student", "Ёлкин Фёдор"]);
    let entries = audit.as_array().unwrap();
    let insert = entries
        .iter()
        .find(|a| a["entity"] == "mark" && a["action"] == "insert")
        .unwrap();
    assert_eq!(insert["reason"], "по разрешению № 1");
    let update = entries
        .iter()
        .find(|a| a["entity"] == "mark" && a["action"] == "update")
        .unwrap();
    assert_eq!(update["reason"], "по разрешению № 1: ошибка ввода");
    // The permit covers Математика only: the English lesson of 02.10 stays closed.
    let before = j.dump();
    // (Asked by the English group's own teacher: the window, not the role, refuses it.)
    as_actor(
        &j,
        "Петров Сергей Ильич",
        TODAY,
        &[
            "mark",
            "add",
            "--date",
            "02.10.2023",
            "--class",
            "5А",
            "--subject",
            "Английский язык",
            "--group",
            "1",
            "--student",
            "Жуков Матвей",
            "--mark",
            "5",
        ],
    )
    .code(65);
    assert_eq!(before, j.dump());
    // The permit itself cannot be edited or deleted with plain SQL.
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    let edit = conn
        .execute("UPDATE permits SET to_date = '2023-10-31'", [])
        .unwrap_err()
        .to_string();
    assert!(edit.contains("only revoked"), "{edit}");
    let delete = conn
        .execute("DELETE FROM permits", [])
        .unwrap_err()
        .to_string();
    assert!(delete.contains("never deleted"), "{delete}");
}

#[test]
fn a_revoked_or_expired_permit_no_longer_works() {
    let j = journal();
    let late = mark_args("03.10.2023", "Ёлкин Фёдор", "Ответ на уроке");
    // Revoked: refused.
    let id = permit(&j, &["--until", "20.10.2023"]);
    deputy(
        &j,
        &["permit", "revoke", &id, "--reason", "выдано ошибочно"],
    )
    .success();
    let before = j.dump();
    as_teacher(&j, TODAY, &late).code(65);
    assert_eq!(before, j.dump());
    deputy(&j, &["permit", "revoke", &id, "--reason", "ещё раз"]).code(65);
    // Valid through today only: tomorrow it has expired.
    permit(&j, &["--until", "10.10.2023"]);
    let before = j.dump();
    as_teacher(&j, "2023-10-11", &late).code(65);
    assert_eq!(before, j.dump());
    assert_eq!(j.json(&["permit", "list"]).as_array().unwrap().len(), 1);
    let all = j.json(&["permit", "list", "--all"]);
    let statuses: Vec<_> = all
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["status"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(statuses, ["действует", "отозвано"]);
    // The expired one, seen from tomorrow.
    let tomorrow = j
        .cmd()
        .env("EJOURNAL_TODAY", "2023-10-11")
        .args(["permit", "list", "--all", "--format", "csv"])
        .assert()
        .success();
    let out = String::from_utf8(tomorrow.get_output().stdout.clone()).unwrap();
    assert!(out.contains("истекло"), "{out}");
    // `--until` before today is refused.
    deputy(
        &j,
        &[
            "permit",
            "add",
            "--from",
            "02.10.2023",
            "--to",
            "03.10.2023",
            "--until",
            "09.10.2023",
            "--reason",
            "x",
        ],
    )
    .code(2);
}

#[test]
fn a_permit_does_not_open_a_date_under_the_lock() {
    let j = journal();
    deputy(
        &j,
        &["lock", "--until", "05.10.2023", "--reason", "проверка"],
    )
    .success();
    permit(&j, &[]);
    let before = j.dump();
    as_teacher(
        &j,
        TODAY,
        &mark_args("03.10.2023", "Ёлкин Фёдор", "Ответ на уроке"),
    )
    .code(65)
    .stderr(contains("is locked"));
    assert_eq!(before, j.dump());
}

#[test]
fn only_a_deputy_issues_permits_and_widens_the_window() {
    let j = journal();
    let before = j.dump();
    j.cmd()
        .env("EJOURNAL_ACTOR", TEACHER)
        .args([
            "permit",
            "add",
            "--from",
            "02.10.2023",
            "--to",
            "06.10.2023",
            "--reason",
            "сам себе",
        ])
        .assert()
        .code(77)
        .stderr(contains(
            "only a deputy (заместитель) or the director can issue a permit",
        ));
    j.cmd()
        .env("EJOURNAL_ACTOR", TEACHER)
        .args(["settings", "set", "entry_window_days", "30"])
        .assert()
        .code(77)
        .stderr(contains("can change the settings"));
    assert_eq!(before, j.dump());
}

#[test]
fn an_import_with_late_rows_is_refused_by_line_and_goes_in_under_a_permit() {
    let j = journal();
    std::fs::write(
        j.path("marks.csv"),
        "Дата;Класс;Предмет;Ученик;Отметка\n\
         10.10.2023;5А;Математика;Ёлкин Фёдор;5\n\
         03.10.2023;5А;Математика;Жуков Матвей;4\n\
         02.10.2023;5А;Математика;Ершов Артем;3\n",
    )
    .unwrap();
    let before = j.dump();
    as_teacher(&j, TODAY, &["import", "marks", "marks.csv"])
        .code(65)
        .stderr(contains(
            "marks.csv:3: Дата: 03.10.2023 is outside the entry window",
        ))
        .stderr(contains(
            "marks.csv:4: Дата: 02.10.2023 is outside the entry window",
        ))
        .stderr(contains("nothing was imported"));
    assert_eq!(before, j.dump());
    permit(&j, &[]);
    as_teacher(&j, TODAY, &["import", "marks", "marks.csv"]).success();
    assert_eq!(j.count("SELECT count(*) FROM marks"), 3);
    // The import's marks are one batch record; `audit` shows each mark with its permit.
    assert_eq!(
        j.count("SELECT count(*) FROM audit_log WHERE entity = 'mark'"),
        1
    );
    let audit = j.json(&["audit", "--entity", "mark"]);
    let reasons: Vec<String> = audit
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["reason"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(reasons.len(), 3, "{audit}");
    assert_eq!(reasons[0], "import marks marks.csv");
    assert_eq!(reasons[1], "по разрешению № 1: import marks marks.csv");
    assert_eq!(reasons[2], "по разрешению № 1: import marks marks.csv");
    // Absences follow the same rule.
    std::fs::write(
        j.path("absences.csv"),
        "Дата;Класс;Ученик;Код;Предмет\n09.10.2023;5А;Абрамова Кира;Б;Математика\n",
    )
    .unwrap();
    as_teacher(&j, TODAY, &["import", "absences", "absences.csv"])
        .code(65)
        .stderr(contains(
            "absences.csv:2: Дата: 09.10.2023 is outside the entry window",
        ));
}

#[test]
fn plain_sql_through_a_session_without_a_permit_is_refused_by_the_trigger() {
    let j = journal();
    let id = permit(&j, &[]);
    let conn = rusqlite::Connection::open(j.db()).unwrap();
    conn.execute_batch(
        "UPDATE session SET actor = 'sql', today = '2023-10-10', now = '2023-10-10T12:00:00', permit_id = NULL;
         INSERT INTO entries (entered_at, entered_by) VALUES ('2023-10-10T12:00:00', 'sql')",
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
    // The mark names the session's permit, as the tool writes it (migration 010).
    let insert =
        "INSERT INTO marks (lesson_id, student_id, value, work_type_id, entry_id, permit_id)
                  VALUES (?1, 1, '5', 1, (SELECT max(id) FROM entries), (SELECT permit_id FROM session WHERE id = 1))";
    let err = conn.execute(insert, [lesson]).unwrap_err().to_string();
    assert!(err.contains("ejournal: outside the entry window"), "{err}");
    let err = conn
        .execute(
            "UPDATE lessons SET topic = 'задним числом' WHERE id = ?1",
            [lesson],
        )
        .unwrap_err()
        .to_string();
    assert!(err.contains("ejournal: outside the entry window"), "{err}");
    // Naming the valid permit opens it, as the tool does.
    conn.execute("UPDATE session SET permit_id = ?1", [&id])
        .unwrap();
    conn.execute(insert, [lesson]).unwrap();
    // Past its `until`, the same permit no longer does.
    conn.execute("UPDATE session SET today = '2023-10-11'", [])
        .unwrap();
    let err = conn.execute(insert, [lesson]).unwrap_err().to_string();
    assert!(err.contains("ejournal: outside the entry window"), "{err}");
}

#[test]
fn a_whole_school_permit_opens_absences_and_topics_and_the_audit_names_it() {
    let j = journal();
    let id = deputy(
        &j,
        &[
            "permit",
            "add",
            "--from",
            "02.10.2023",
            "--to",
            "09.10.2023",
            "--reason",
            "перенос из прежней системы",
        ],
    )
    .success()
    .get_output()
    .stdout
    .clone();
    let id = String::from_utf8(id).unwrap().trim().to_string();
    // A whole day of absences: every lesson of it is covered by the one permit.
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
            "Жуков Матвей",
            "--code",
            "Б",
        ],
    )
    .success()
    .stderr(contains(format!("(under permit {id})")));
    as_teacher(
        &j,
        TODAY,
        &[
            "lesson",
            "set",
            "--class",
            "5А",
            "--subject",
            "Математика",
            "--date",
            "03.10.2023",
            "--homework",
            "§ 3",
        ],
    )
    .success();
    let reason = format!("по разрешению № {id}");
    assert_eq!(
        j.count(&format!(
            "SELECT count(*) FROM audit_log WHERE entity IN ('absence', 'lesson') AND reason = '{reason}'"
        )),
        // two absences, the homework, and the lesson's record as given (`lesson set` of a
        // lesson that took place records it)
        4
    );
    // The session row is left clean for plain SQL after the tool's write.
    assert_eq!(
        j.count("SELECT count(*) FROM session WHERE permit_id IS NOT NULL OR actor IS NOT NULL"),
        0
    );
}

#[test]
fn a_late_write_takes_the_narrowest_permit_or_the_one_named() {
    let j = journal();
    let school_wide = deputy(
        &j,
        &[
            "permit",
            "add",
            "--from",
            "02.10.2023",
            "--to",
            "09.10.2023",
            "--reason",
            "вся школа",
        ],
    )
    .success()
    .get_output()
    .stdout
    .clone();
    assert_eq!(String::from_utf8(school_wide).unwrap().trim(), "1");
    assert_eq!(permit(&j, &[]), "2");
    // The course's permit is narrower than the school's.
    as_teacher(
        &j,
        TODAY,
        &mark_args("03.10.2023", "Ёлкин Фёдор", "Ответ на уроке"),
    )
    .success()
    .stderr(contains("(under permit 2)"));
    let mut named = mark_args("03.10.2023", "Жуков Матвей", "Ответ на уроке");
    named.extend(["--permit", "1"]);
    as_teacher(&j, TODAY, &named)
        .success()
        .stderr(contains("(under permit 1)"));
    let before = j.dump();
    let mut wrong = mark_args("03.10.2023", "Ершов Артем", "Ответ на уроке");
    wrong.extend(["--permit", "9"]);
    as_teacher(&j, TODAY, &wrong)
        .code(65)
        .stderr(contains("permit 9 does not open this entry"));
    assert_eq!(before, j.dump());
}
