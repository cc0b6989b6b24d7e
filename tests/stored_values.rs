//! Teaching structure and calendar: a stored value that does not read back is an
//! error naming its table and row (never a silent default), and a name on the command line
//! that does not resolve exits 2 wherever it is given.

mod common;

use common::*;
use predicates::prelude::*;
use predicates::str::contains;

/// Change the journal behind the tool's back, as a damaged or hand-edited file would be.
#[test]
fn a_stored_period_date_that_does_not_read_back_names_the_period() {
    let j = Journal::new();
    j.tamper("UPDATE periods SET starts_on = '2023-09-xx' WHERE code = 'Q1'");
    j.run(&["calendar", "show"])
        .code(1)
        .stderr(contains("in periods (code Q1)").and(contains("\"2023-09-xx\" is not a date")));
    // Every reader of the calendar refuses it too, instead of reading 01.01.1970.
    import_school(&j, Style::Cp1251);
    j.run(&["lessons", "generate"])
        .code(1)
        .stderr(contains("in periods (code Q1)"));
}

#[test]
fn a_stored_holiday_that_does_not_read_back_names_the_holiday() {
    let j = Journal::new();
    let id = j.count("SELECT min(id) FROM holidays");
    j.tamper(&format!(
        "UPDATE holidays SET grades = '1,x' WHERE id = {id}"
    ));
    j.run(&["calendar", "show"])
        .code(1)
        .stderr(contains(format!("in holidays (id {id})")).and(contains("\"1,x\"")));
    j.tamper(&format!(
        "UPDATE holidays SET grades = NULL, ends_on = '2023-12-32' WHERE id = {id}"
    ));
    j.run(&["calendar", "show"])
        .code(1)
        .stderr(contains(format!("in holidays (id {id})")));
}

#[test]
fn stored_settings_that_do_not_read_back_are_named() {
    let j = Journal::new();
    j.tamper("UPDATE settings SET value = 'первое сентября' WHERE key = 'year_start'");
    j.run(&["calendar", "show"])
        .code(1)
        .stderr(contains("in settings (key year_start)"));

    let j = Journal::new();
    j.tamper("UPDATE settings SET value = 'пять' WHERE key = 'week_days'");
    write_school(&j, Style::Cp1251);
    j.run(&["import", "timetable", "timetable.csv"])
        .code(1)
        .stderr(contains("in settings (key week_days)"));
}

#[test]
fn a_stored_planned_date_that_does_not_read_back_names_the_plan_row() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let id = j.count("SELECT min(id) FROM plan_items");
    j.tamper(&format!(
        "UPDATE plan_items SET planned_date = '05.09.2023' WHERE id = {id}"
    ));
    let course = j.count(&format!("SELECT course_id FROM plan_items WHERE id = {id}"));
    let (class, subject, group): (String, String, String) = {
        let conn = rusqlite::Connection::open(j.db()).unwrap();
        conn.query_row(
            "SELECT cl.name, s.name, c.group_name FROM courses c JOIN classes cl ON cl.id = c.class_id
             JOIN subjects s ON s.id = c.subject_id WHERE c.id = ?1",
            [course],
            |r| Ok((r.get(0)?, r.get(1)?, r.get(2)?)),
        )
        .unwrap()
    };
    j.run(&[
        "plan",
        "show",
        "--class",
        &class,
        "--subject",
        &subject,
        "--group",
        &group,
    ])
    .code(1)
    .stderr(contains(format!("in plan_items (id {id})")));
}

#[test]
fn a_period_the_calendar_does_not_have_exits_2() {
    let j = Journal::new();
    j.tamper("DELETE FROM periods WHERE code = 'Q2'");
    let before = j.dump();
    j.run(&[
        "calendar",
        "set-period",
        "Q2",
        "--from",
        "06.11.2023",
        "--to",
        "29.12.2023",
    ])
    .code(2)
    .stderr(contains("the calendar has no period Q2"));
    assert_eq!(before, j.dump());
    // A period code that is not one exits 2 as before.
    j.run(&[
        "calendar",
        "set-period",
        "Q5",
        "--from",
        "06.11.2023",
        "--to",
        "29.12.2023",
    ])
    .code(2);
}

#[test]
fn course_names_on_the_command_line_exit_2_in_plan_show_and_import_plan() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    j.run(&["plan", "show", "--class", "5А", "--subject", "Астрономия"])
        .code(2)
        .stderr(contains(
            "5А has no subject \"Астрономия\" in the teaching load",
        ));
    j.run(&["plan", "show", "--class", "7Б", "--subject", "Математика"])
        .code(2)
        .stderr(contains("there is no class 7Б in the journal"));
    write_sheet(&j.path("ктп.csv"), Style::Cp1251, &plan_sheet());
    let before = j.dump();
    j.run(&[
        "import",
        "plan",
        "ктп.csv",
        "--class",
        "7Б",
        "--subject",
        "Математика",
    ])
    .code(2)
    .stderr(contains("there is no class 7Б in the journal"));
    j.run(&[
        "import",
        "plan",
        "ктп.csv",
        "--class",
        "5А",
        "--subject",
        "Астрономия",
    ])
    .code(2)
    .stderr(contains(
        "5А has no subject \"Астрономия\" in the teaching load: import the teaching load first",
    ));
    assert_eq!(before, j.dump());
}

#[test]
fn listings_print_the_teacher_as_before() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    let courses = j.json(&["course", "list", "--class", "5А"]);
    let expected: Vec<String> = {
        let conn = rusqlite::Connection::open(j.db()).unwrap();
        let mut stmt = conn
            .prepare(
                "SELECT st.last_name, st.first_name, st.middle_name FROM courses c
                 JOIN staff st ON st.id = c.teacher_id JOIN classes cl ON cl.id = c.class_id
                 WHERE cl.name = '5А'",
            )
            .unwrap();
        let rows = stmt
            .query_map([], |r| {
                Ok(format!(
                    "{} {} {}",
                    r.get::<_, String>(0)?,
                    r.get::<_, String>(1)?,
                    r.get::<_, String>(2)?
                )
                .trim()
                .to_string())
            })
            .unwrap();
        rows.map(Result::unwrap).collect()
    };
    for c in courses.as_array().unwrap() {
        let teacher = c["teacher"].as_str().unwrap().to_string();
        assert!(expected.contains(&teacher), "{teacher} not in {expected:?}");
    }
    let tt = j.json(&["timetable", "show", "--class", "5А"]);
    for t in tt.as_array().unwrap() {
        let teacher = t["teacher"].as_str().unwrap().to_string();
        assert!(expected.contains(&teacher), "{teacher} not in {expected:?}");
    }
}
