//! Who is at the keyboard: a member of staff linked to the operating-system login writes as
//! himself whatever `--actor` says; a deputy or the director may enter something for
//! someone else, and the audit trail keeps both; once logins are linked, an unlinked login
//! may read but not write; only a deputy links logins or gives deputies' roles.

mod common;

use common::*;
use predicates::str::contains;

const TEACHER: &str = "Иванова Анна Петровна"; // teaches 5А Математика
const OTHER_TEACHER: &str = "Петров Сергей Ильич";

/// The login these tests run under (the process's real user, as the tool finds it).
fn login() -> String {
    ejournal::identity::os_login()
}

fn mark_add(mark: &str) -> Vec<String> {
    [
        "mark",
        "add",
        "--date",
        "10.10.2023",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--student",
        "Ёлкин Фёдор",
        "--mark",
        mark,
    ]
    .iter()
    .map(|s| s.to_string())
    .collect()
}

fn link(j: &Journal, name: &str, login: &str) {
    j.run(&["staff", "set-login", name, "--login", login])
        .success();
}

/// The audit records of marks, as JSON.
fn mark_audit(j: &Journal) -> Vec<serde_json::Value> {
    j.json(&["audit", "--entity", "mark"])
        .as_array()
        .unwrap()
        .clone()
}

#[test]
fn staff_list_shows_the_login_a_deputy_links() {
    let j = school();
    // The deputy links her own login first: she goes on writing from it.
    link(&j, DEPUTY, &login());
    link(&j, "Иванова А.П.", "ivanova");
    let staff = j.json(&["staff", "list"]);
    let ivanova = staff
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["last_name"] == "Иванова")
        .unwrap();
    assert_eq!(ivanova["login"], "ivanova");
    // The link is in the audit trail, made by the deputy.
    let audit = j.json(&["audit", "--entity", "staff"]);
    let last = audit.as_array().unwrap().last().unwrap();
    assert_eq!(last["actor"], DEPUTY);
    assert!(last["after"].as_str().unwrap().contains("login=ivanova"));
    // A login is one person's.
    let before = j.dump();
    j.run(&["staff", "set-login", OTHER_TEACHER, "--login", "ivanova"])
        .code(65)
        .stderr(contains(
            "the login \"ivanova\" is already linked to someone else",
        ));
    assert_eq!(before, j.dump());
    // Unlinking.
    j.run(&["staff", "set-login", "Иванова А.П.", "--remove"])
        .success();
    let staff = j.json(&["staff", "list"]);
    let linked: Vec<_> = staff
        .as_array()
        .unwrap()
        .iter()
        .filter(|s| !s["login"].is_null())
        .collect();
    assert_eq!(linked.len(), 1);
    assert_eq!(linked[0]["last_name"], "Сидорова");
}

#[test]
fn the_first_login_linked_is_a_deputys_so_nobody_is_locked_out() {
    let j = school();
    let before = j.dump();
    j.run(&["staff", "set-login", "Иванова А.П.", "--login", "ivanova"])
        .code(65)
        .stderr(contains("no deputy or director would have a login"));
    assert_eq!(before, j.dump());
    // Nor may the last deputy's login be taken away while others stay linked.
    link(&j, DEPUTY, &login());
    link(&j, "Иванова А.П.", "ivanova");
    j.run(&["staff", "set-login", DEPUTY, "--remove"]).code(65);
    // Unlinking everyone is fine: the journal is back to names.
    j.run(&["staff", "set-login", "Иванова А.П.", "--remove"])
        .success();
    j.run(&["staff", "set-login", DEPUTY, "--remove"]).success();
}

#[test]
fn only_a_deputy_links_logins() {
    let j = school();
    let before = j.dump();
    j.as_actor(
        OTHER_TEACHER,
        &["staff", "set-login", OTHER_TEACHER, "--login", "petrov"],
    )
    .code(77)
    .stderr(contains("can link staff to logins"));
    assert_eq!(before, j.dump());
}

#[test]
fn a_linked_login_writes_as_its_owner_whatever_actor_says() {
    let j = school();
    // The deputy's login is another (set up with plain SQL: this process has one login).
    j.tamper(&format!(
        "UPDATE staff SET login = 'sidorova' WHERE last_name = 'Сидорова';
         UPDATE staff SET login = '{}' WHERE last_name = 'Иванова'",
        login()
    ));
    let before = j.dump();
    // Naming the deputy does not make the teacher one.
    let args = mark_add("5");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    j.run(&args).code(77).stderr(contains(format!(
        "the login \"{}\" is {TEACHER}'s, who writes as himself",
        login()
    )));
    j.run(&["settings", "set", "rounding_threshold", "0.6"])
        .code(77);
    assert_eq!(before, j.dump());
    // Reading needs no identity.
    j.run(&["mark", "list", "--class", "5А"]).success();
    // Without --actor, or naming herself, she writes as herself, in her own course.
    j.cmd()
        .env_remove("EJOURNAL_ACTOR")
        .args(&args)
        .assert()
        .success();
    j.as_actor("Иванова А. П.", &args).success();
    let audit = mark_audit(&j);
    assert_eq!(audit.len(), 2);
    for record in &audit {
        assert_eq!(record["actor"], TEACHER);
        assert!(record["entered_by"].is_null());
    }
    // And she is still only a teacher: the calendar is refused by role.
    j.cmd()
        .env_remove("EJOURNAL_ACTOR")
        .args([
            "calendar",
            "add-holiday",
            "--from",
            "20.11.2023",
            "--to",
            "20.11.2023",
        ])
        .assert()
        .code(77)
        .stderr(contains(format!("\"{TEACHER}\" is учитель")));
}

#[test]
fn a_deputy_enters_for_a_teacher_and_the_audit_names_both() {
    let j = school();
    link(&j, DEPUTY, &login());
    let args = mark_add("4");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    j.as_actor(TEACHER, &args).success();
    let audit = mark_audit(&j);
    let record = audit.last().unwrap();
    assert_eq!(record["actor"], TEACHER);
    assert_eq!(record["entered_by"], DEPUTY);
    // The entry is the teacher's: it is held to what she may do (not her colleague's course).
    let before = j.dump();
    j.as_actor(
        OTHER_TEACHER,
        &args, // 5А Математика is Иванова's
    )
    .code(77)
    .stderr(contains(format!(
        "\"{OTHER_TEACHER}\" does not teach 5А Математика"
    )));
    // Nor someone who is not on the staff.
    j.as_actor("Никто Никакой", &args)
        .code(77)
        .stderr(contains("is not a member of staff"));
    assert_eq!(before, j.dump());
}

#[test]
fn once_logins_are_linked_an_unlinked_login_may_read_but_not_write() {
    let j = school();
    // Someone else's login is linked; the one these tests run under is not.
    link(&j, DEPUTY, "sidorova-not-this-login");
    let before = j.dump();
    let args = mark_add("5");
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    j.run(&args).code(77).stderr(contains(format!(
        "the login \"{}\" is not linked to a member of staff",
        login()
    )));
    j.run(&["lock", "--until", "02.10.2023"]).code(77);
    assert_eq!(before, j.dump());
    // Reports and lists still run (a cron job's service account).
    j.run(&["report", "fill-rate", "--month", "2023-09"])
        .success();
    j.run(&["audit"]).success();
}

#[test]
fn only_a_deputy_gives_or_takes_a_deputys_role() {
    let j = school();
    std::fs::write(
        j.path("tech.csv"),
        "Фамилия;Имя;Отчество;Роль\nТехников;Иван;Петрович;электроник\n",
    )
    .unwrap();
    j.run(&["import", "staff", "tech.csv"]).success();
    let before = j.dump();
    // The technician imports staff, but may not make himself (or anyone) the director.
    std::fs::write(
        j.path("promote.csv"),
        "Фамилия;Имя;Отчество;Роль\nТехников;Иван;Петрович;электроник, директор\nНовый;Завуч;Петрович;заместитель\n",
    )
    .unwrap();
    j.as_actor("Техников Иван Петрович", &["import", "staff", "promote.csv"])
        .code(77)
        .stderr(contains(
            "promote.csv:2: Роль: Техников Иван Петрович: only a deputy (заместитель) or the director may give or take the role",
        ))
        .stderr(contains("promote.csv:3: Роль: Новый Завуч Петрович"));
    assert_eq!(before, j.dump());
    // The deputy may.
    j.run(&["import", "staff", "promote.csv"]).success();
    let audit = j.json(&["audit", "--entity", "staff"]);
    assert!(audit
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r["action"] == "update"
            && r["after"]
                .as_str()
                .unwrap()
                .contains("электроник, директор")));
}

#[test]
fn plain_sql_changing_a_login_is_in_the_audit_trail() {
    let j = school();
    j.tamper("UPDATE staff SET login = 'intruder' WHERE last_name = 'Сидорова'");
    let audit = j.json(&["audit", "--entity", "staff"]);
    let last = audit.as_array().unwrap().last().unwrap();
    assert_eq!(last["actor"], "sql");
    assert!(last["after"].as_str().unwrap().contains("login=intruder"));
}
