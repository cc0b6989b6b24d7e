//! The journal file, the calendar, the command line's contract (exit codes, stdout only
//! data, --quiet), completions and the demo.

mod common;

use common::*;
use predicates::prelude::*;
use predicates::str::contains;

#[test]
fn init_makes_the_federal_calendar_and_refuses_an_existing_journal() {
    let j = Journal::new();
    let cal = j.json(&["calendar", "show"]);
    let period = |code: &str| {
        let p = cal
            .as_array()
            .unwrap()
            .iter()
            .find(|r| r["code"] == code)
            .unwrap();
        (
            p["from"].as_str().unwrap().to_string(),
            p["to"].as_str().unwrap().to_string(),
        )
    };
    assert_eq!(period("Q1"), ("2023-09-01".into(), "2023-10-27".into()));
    assert_eq!(period("Q2"), ("2023-11-07".into(), "2023-12-29".into()));
    assert_eq!(period("H2"), ("2024-01-09".into(), "2024-05-24".into()));
    assert_eq!(period("Y"), ("2023-09-01".into(), "2024-05-24".into()));
    let grade1 = cal
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["grades"] == "1")
        .unwrap();
    assert_eq!(
        (grade1["from"].as_str(), grade1["to"].as_str()),
        (Some("2024-02-17"), Some("2024-02-25"))
    );
    assert_eq!(j.count("SELECT count(*) FROM work_types"), 11);
    assert_eq!(
        j.count(
            "SELECT CAST(weight * 10 AS INTEGER) FROM work_types WHERE name = 'Проверочная работа'"
        ),
        15
    );
    assert_eq!(
        j.count("SELECT grace_days FROM work_types WHERE name = 'Диктант'"),
        7
    );
    assert_eq!(j.count("PRAGMA user_version"), ejournal::db::SCHEMA_VERSION);

    let before = j.dump();
    j.run(&[
        "init",
        "--training",
        "--school",
        "Другая",
        "--year",
        "2024/2025",
    ])
    .code(1)
    .stderr(contains(
        "already exists: init makes a new journal and never touches an existing one",
    ));
    assert_eq!(before, j.dump());
}

#[test]
fn the_calendar_pattern_holds_for_other_years() {
    let j = Journal::empty();
    j.run(&["init", "--training", "--school", "Ш", "--year", "2024/25"])
        .success();
    let cal = j.json(&["calendar", "show"]);
    let q: Vec<(String, String)> = cal
        .as_array()
        .unwrap()
        .iter()
        .filter(|r| r["kind"] == "period")
        .map(|r| {
            (
                r["from"].as_str().unwrap().into(),
                r["to"].as_str().unwrap().into(),
            )
        })
        .collect();
    // 01.09.2024 is a Sunday: the year starts on Monday 02.09.
    assert_eq!(q[0], ("2024-09-02".into(), "2024-10-25".into()));
    assert_eq!(q[3].1, "2025-05-23");
}

#[test]
fn calendar_changes() {
    let j = Journal::new();
    j.run(&[
        "calendar",
        "set-period",
        "Q1",
        "--from",
        "01.09.2023",
        "--to",
        "2023-10-28",
    ])
    .success();
    j.run(&[
        "calendar",
        "set-period",
        "Q2",
        "--from",
        "2023-10-20",
        "--to",
        "2023-12-29",
    ])
    .code(2)
    .stderr(contains("would overlap Q1"));
    j.run(&[
        "calendar",
        "set-period",
        "Q2",
        "--from",
        "2023-12-29",
        "--to",
        "2023-11-07",
    ])
    .code(2)
    .stderr(contains("is after --to"));
    j.run(&[
        "calendar",
        "add-holiday",
        "--from",
        "29.04.2024",
        "--to",
        "30.04.2024",
        "--name",
        "перенос",
    ])
    .success()
    .stderr(contains("added holiday"));
    j.run(&[
        "calendar",
        "add-holiday",
        "--from",
        "01.06.2024",
        "--to",
        "02.06.2024",
    ])
    .code(2)
    .stderr(contains("outside the academic year"));
    j.run(&[
        "calendar",
        "add-holiday",
        "--from",
        "2024-02-12",
        "--to",
        "2024-02-16",
        "--grades",
        "1-2",
    ])
    .success();
    let cal = j.json(&["calendar", "show"]);
    let rows = cal.as_array().unwrap();
    assert!(rows
        .iter()
        .any(|r| r["name"] == "перенос" && r["from"] == "2024-04-29" && r["grades"] == "1–11"));
    assert!(rows
        .iter()
        .any(|r| r["from"] == "2024-02-12" && r["grades"] == "1,2"));
    assert!(rows
        .iter()
        .any(|r| r["code"] == "Q1" && r["to"] == "2023-10-28"));
    // Calendar changes are attributed in the audit trail.
    assert_eq!(j.count(&format!("SELECT count(*) FROM audit_log WHERE entity IN ('period', 'holiday') AND actor = '{DEPUTY}' AND reason IS NULL")), 3);
}

#[test]
fn bad_usage_exits_2_and_a_missing_journal_exits_1() {
    let j = Journal::empty();
    j.run(&["student", "list"])
        .code(1)
        .stderr(contains("no journal at").and(contains("ejournal init")));
    j.run(&["frobnicate"]).code(2);
    j.run(&["init", "--school", "Ш", "--year", "2023/2025"])
        .code(2)
        .stderr(contains("not an academic year"));
    let j = Journal::new();
    j.run(&["student", "list", "--class", "13А"])
        .code(2)
        .stderr(contains("grade 13 is outside 1–11"));
    j.run(&["student", "list", "--class", "5А"])
        .code(2)
        .stderr(contains("there is no class 5А"));
    j.run(&["student", "list", "--on", "31.09.2023"])
        .code(2)
        .stderr(contains("not a real date"));
    j.cmd()
        .env("EJOURNAL_TODAY", "вчера")
        .args(["class", "list"])
        .assert()
        .code(2)
        .stderr(contains("EJOURNAL_TODAY"));
}

#[test]
fn stdout_is_only_data_and_quiet_is_quiet() {
    let j = Journal::new();
    write_sheet(&j.path("roster.csv"), Style::Cp1251, &roster_sheet());
    j.run(&["import", "roster", "roster.csv", "--quiet"])
        .success()
        .stdout("")
        .stderr("");
    let a = j
        .run(&["student", "list", "--format", "json", "-q"])
        .success()
        .stderr("");
    let v: serde_json::Value = serde_json::from_slice(&a.get_output().stdout).unwrap();
    assert_eq!(v.as_array().unwrap().len(), 8);
    for key in [
        "class",
        "last_name",
        "first_name",
        "middle_name",
        "birth_date",
    ] {
        assert!(v[0].get(key).is_some(), "{key}");
    }
    j.cmd()
        .env("EJOURNAL_FORMAT", "csv")
        .args(["class", "list"])
        .assert()
        .success()
        .stdout(contains("class,grade,"));
}

#[test]
fn the_actor_is_recorded() {
    let j = Journal::new();
    write_sheet(&j.path("roster.csv"), Style::Cp1251, &roster_sheet());
    j.cmd()
        .env("EJOURNAL_ACTOR", "Кураченко Е.Н.")
        .args(["import", "roster", "roster.csv"])
        .assert()
        .success();
    assert_eq!(
        j.count("SELECT count(*) FROM import_log WHERE actor = 'Кураченко Е.Н.' AND added = 8"),
        1
    );
    assert_eq!(j.count("SELECT count(*) FROM audit_log WHERE entity = 'enrolment' AND actor = 'Кураченко Е.Н.'"), 8);
    // The session row never keeps an actor after the tool is done.
    assert_eq!(
        j.count("SELECT count(*) FROM session WHERE actor IS NOT NULL"),
        0
    );
}

#[test]
fn a_busy_journal_exits_75_and_is_untouched() {
    let j = Journal::new();
    write_sheet(&j.path("roster.csv"), Style::Cp1251, &roster_sheet());
    let holder = rusqlite::Connection::open(j.db()).unwrap();
    holder.execute_batch("BEGIN IMMEDIATE").unwrap();
    j.cmd()
        .env("EJOURNAL_BUSY_TIMEOUT_MS", "200")
        .args(["import", "roster", "roster.csv"])
        .assert()
        .code(75)
        .stderr(contains("the journal is busy"));
    holder.execute_batch("ROLLBACK").unwrap();
    assert_eq!(j.count("SELECT count(*) FROM students"), 0);
}

#[test]
fn help_says_what_each_command_does_with_an_example() {
    let j = Journal::empty();
    let help = j.out(&["--help"]);
    for cmd in [
        "init",
        "calendar",
        "import",
        "student",
        "demo",
        "completions",
        "man",
    ] {
        assert!(help.contains(cmd), "{cmd} missing from --help");
    }
    for sub in [
        vec!["import", "roster"],
        vec!["student", "list"],
        vec!["calendar", "add-holiday"],
        vec!["init"],
    ] {
        let mut args = sub.clone();
        args.push("--help");
        assert!(
            j.out(&args).contains("Example: ejournal"),
            "{sub:?} has no example"
        );
    }
}

#[test]
fn committed_completions_and_man_page_are_current() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    let j = Journal::empty();
    let expected = [
        ("ejournal.bash", vec!["completions", "bash"]),
        ("_ejournal", vec!["completions", "zsh"]),
        ("ejournal.fish", vec!["completions", "fish"]),
        ("_ejournal.ps1", vec!["completions", "powershell"]),
    ];
    let bless = std::env::var_os("EJOURNAL_BLESS").is_some();
    let stale = |file: &str| {
        format!("completions/{file} is stale: regenerate with `EJOURNAL_BLESS=1 cargo test --test cli committed_completions`")
    };
    // What users install speaks the default language, Russian.
    let russian = |args: &[&str]| {
        let out = j
            .cmd()
            .env("EJOURNAL_LANG", "ru")
            .args(args)
            .assert()
            .success();
        String::from_utf8(out.get_output().stdout.clone()).unwrap()
    };
    for (file, args) in expected {
        let now = russian(&args);
        let path = root.join(file);
        if bless {
            std::fs::create_dir_all(&root).unwrap();
            std::fs::write(&path, &now).unwrap();
            continue;
        }
        let committed = std::fs::read_to_string(&path).unwrap_or_default();
        assert!(committed == now, "{}", stale(file));
    }
    // A man page for every command: the set of pages and each page's text.
    let pages = j.path("man");
    russian(&["man", "--dir", pages.to_str().unwrap()]);
    let man = root.join("man");
    let list = |dir: &std::path::Path| -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(dir)
            .map(|d| {
                d.map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
                    .collect()
            })
            .unwrap_or_default();
        names.sort();
        names
    };
    if bless {
        let _ = std::fs::remove_dir_all(&man);
        std::fs::create_dir_all(&man).unwrap();
        for name in list(&pages) {
            std::fs::copy(pages.join(&name), man.join(&name)).unwrap();
        }
        return;
    }
    let generated = list(&pages);
    let reference = regex::Regex::new(r"(ejournal(?:\\-[a-z]+)*)\(1\)").unwrap();
    assert_eq!(list(&man), generated, "{}", stale("man/"));
    for name in &generated {
        let text = std::fs::read_to_string(pages.join(name)).unwrap();
        // Every page a page refers to is among them.
        for r in reference.captures_iter(&text) {
            let page = format!("{}.1", r[1].replace("\\-", "-"));
            assert!(
                generated.contains(&page),
                "{name} refers to {page}, which is not written"
            );
        }
        assert_eq!(
            std::fs::read_to_string(man.join(name)).unwrap_or_default(),
            text,
            "{}",
            stale(&format!("man/{name}"))
        );
    }
    // `ejournal man` prints the main page.
    assert_eq!(
        russian(&["man"]),
        std::fs::read_to_string(man.join("ejournal.1")).unwrap()
    );
}

#[test]
fn demo_builds_the_school_from_the_bundled_files() {
    let j = Journal::empty();
    let dir = j.path("demo");
    j.cmd()
        .args(["demo", "--dir", dir.to_str().unwrap()])
        .assert()
        .success()
        .stderr(contains("demo journal:").and(contains("5 classes, 105 students")));
    let demo = j
        .cmd()
        .env("EJOURNAL_DB", dir.join("ejournal.db"))
        .args(["class", "list", "--format", "json"])
        .output()
        .unwrap();
    let classes: serde_json::Value = serde_json::from_slice(&demo.stdout).unwrap();
    let names: Vec<&str> = classes
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["class"].as_str().unwrap())
        .collect();
    assert_eq!(names, ["1А", "5А", "9А", "10А", "11А"]);
    assert!(classes
        .as_array()
        .unwrap()
        .iter()
        .all(|c| !c["class_teacher"].is_null()));
    // Every course has its КТП.
    let courses = j
        .cmd()
        .env("EJOURNAL_DB", dir.join("ejournal.db"))
        .args(["course", "list", "--format", "json"])
        .output()
        .unwrap();
    let courses: serde_json::Value = serde_json::from_slice(&courses.stdout).unwrap();
    for c in courses.as_array().unwrap() {
        assert!(c["plan_lessons"].as_i64().unwrap() > 0, "no КТП for {c}");
        assert!(
            c["timetable_slots"].as_i64().unwrap() > 0,
            "no timetable for {c}"
        );
    }
    // The journal is kept through the first quarter, which is then locked.
    let db = dir.join("ejournal.db");
    let demo_cmd = |args: &[&str]| -> serde_json::Value {
        let out = j
            .cmd()
            .env("EJOURNAL_DB", &db)
            .args(args)
            .args(["--format", "json"])
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{args:?}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        serde_json::from_slice(&out.stdout).unwrap()
    };
    let marks = demo_cmd(&["mark", "list", "--class", "5А", "--subject", "Математика"]);
    let marks = marks.as_array().unwrap();
    assert!(marks.len() > 100, "{}", marks.len());
    assert!(marks
        .iter()
        .all(|m| m["date"].as_str().unwrap() <= "2023-10-27"));
    assert!(marks.iter().any(|m| m["work_type"] == "Контрольная работа"));
    assert!(
        demo_cmd(&["absence", "list", "--class", "9А"])
            .as_array()
            .unwrap()
            .len()
            > 10
    );
    let finals = demo_cmd(&["final", "list", "--period", "Q1", "--class", "9А"]);
    assert!(finals.as_array().unwrap().len() > 100);
    assert!(
        demo_cmd(&["mark", "list", "--class", "1А"])
            .as_array()
            .unwrap()
            .is_empty(),
        "grade 1 has no marks"
    );
    assert_eq!(demo_cmd(&["lock", "status"])[0]["value"], "2023-10-27");
    let lessons = demo_cmd(&[
        "lesson",
        "list",
        "--class",
        "5А",
        "--subject",
        "Математика",
        "--to",
        "27.10.2023",
    ]);
    let lessons = lessons.as_array().unwrap();
    assert!(lessons.iter().all(|l| !l["topic"].is_null()));
    assert!(lessons.iter().filter(|l| !l["homework"].is_null()).count() * 10 > lessons.len() * 8);
    // Running it again replaces the demo journal.
    j.cmd()
        .args(["demo", "--dir", dir.to_str().unwrap(), "-q"])
        .assert()
        .success()
        .stderr("");
}

/// A deputy (заместитель) on the example school's staff list.
const EXAMPLE_DEPUTY: &str = "Литвиненко Сергей Андреевич";

#[test]
fn init_and_the_example_files_reproduce_the_demo_school() {
    let j = Journal::new();
    let ex = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/school");
    for (kind, file) in [
        ("staff", "staff.xlsx"),
        ("roster", "roster.csv"),
        ("load", "load.xlsx"),
        ("groups", "groups.csv"),
        ("timetable", "timetable.xlsx"),
    ] {
        // Once the school's staff is in, its own deputy sets the rest up.
        j.cmd()
            .env("EJOURNAL_ACTOR", EXAMPLE_DEPUTY)
            .args(["import", kind, ex.join(file).to_str().unwrap()])
            .assert()
            .success();
    }
    let mut plans: Vec<_> = std::fs::read_dir(ex.join("plans"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .collect();
    plans.sort();
    for p in &plans {
        j.cmd()
            .env("EJOURNAL_ACTOR", EXAMPLE_DEPUTY)
            .args(["import", "plan", p.to_str().unwrap(), "-q"])
            .assert()
            .success();
    }
    assert_eq!(j.count("SELECT count(*) FROM students"), 105);
    assert_eq!(
        j.count("SELECT count(*) FROM courses"),
        j.count("SELECT count(DISTINCT course_id) FROM plan_items")
    );
    let s5 = j.json(&["student", "list", "--class", "5А"]);
    let order: Vec<&str> = s5
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["last_name"].as_str().unwrap())
        .collect();
    let pos = |n: &str| order.iter().position(|x| *x == n).unwrap();
    assert!(
        pos("Елисеев") < pos("Ёлкин") && pos("Ёлкин") < pos("Жуков"),
        "{order:?}"
    );
    // A second round adds nothing.
    j.cmd()
        .env("EJOURNAL_ACTOR", EXAMPLE_DEPUTY)
        .args(["import", "roster", ex.join("roster.csv").to_str().unwrap()])
        .assert()
        .success()
        .stderr(contains("105 rows read, 0 added, 0 updated, 105 unchanged"));
}

#[test]
fn csv_and_json_into_a_closed_pipe_exit_quietly() {
    let j = Journal::new();
    import_school(&j, Style::Cp1251);
    for format in ["csv", "json", "table"] {
        let mut child = std::process::Command::new(assert_cmd::cargo::cargo_bin("ejournal"))
            .env("EJOURNAL_DB", j.db())
            .args(["calendar", "show", "--format", format])
            .stdout(std::process::Stdio::piped())
            .stderr(std::process::Stdio::piped())
            .spawn()
            .unwrap();
        drop(child.stdout.take());
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{format}: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        // A training journal says so: in a table's heading, on stderr for csv and json.
        let notice = if format == "table" {
            ""
        } else {
            "ejournal: Учебный журнал — не является документом\n"
        };
        assert_eq!(String::from_utf8_lossy(&out.stderr), notice, "{format}");
    }
}

#[test]
fn quiet_from_the_environment() {
    let j = Journal::new();
    write_sheet(&j.path("roster.csv"), Style::Cp1251, &roster_sheet());
    j.cmd()
        .env("EJOURNAL_QUIET", "1")
        .args(["import", "roster", "roster.csv"])
        .assert()
        .success()
        .stderr("");
}

#[test]
fn quarters_stay_inside_the_year_period() {
    let j = Journal::new();
    j.run(&[
        "calendar",
        "set-period",
        "Q4",
        "--from",
        "01.04.2024",
        "--to",
        "31.05.2024",
    ])
    .code(2)
    .stderr(contains("Q4 would fall outside the year period Y"));
    j.run(&[
        "calendar",
        "set-period",
        "Y",
        "--from",
        "01.09.2023",
        "--to",
        "31.05.2024",
    ])
    .success();
    j.run(&[
        "calendar",
        "set-period",
        "Q4",
        "--from",
        "01.04.2024",
        "--to",
        "31.05.2024",
    ])
    .success();
}

#[test]
fn the_cron_scripts_run_as_a_school_would_install_them() {
    let j = Journal::empty();
    let dir = j.path("demo");
    j.cmd()
        .args(["demo", "--dir", dir.to_str().unwrap(), "-q"])
        .assert()
        .success();
    let bin = assert_cmd::cargo::cargo_bin("ejournal");
    let path = format!(
        "{}:{}",
        bin.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/cron");
    let archive = j.path("archive");
    let out = std::process::Command::new("sh")
        .arg(root.join("term-end-export.sh"))
        .arg("Q1")
        .env("PATH", &path)
        .env("EJOURNAL_DB", dir.join("ejournal.db"))
        .env("EJOURNAL_TODAY", "2023-10-28")
        .env("ARCHIVE_DIR", &archive)
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    for f in [
        "copies/5А_Q1_2023-2024.pdf",
        "copies/9А_Q1_2023-2024.xlsx",
        "copies/written_Q1.csv",
        "reports/progress_Q1.xlsx",
        "reports/attendance_Q1.xlsx",
    ] {
        assert!(archive.join(f).exists(), "{f} missing");
    }
    let reports = j.path("reports");
    let out = std::process::Command::new("sh")
        .arg(root.join("monthly-fill-rate.sh"))
        .env("PATH", &path)
        .env("EJOURNAL_DB", dir.join("ejournal.db"))
        .env("REPORTS_DIR", &reports)
        // The demo's year is 2023/2024: the month that just ended is outside it (exit 2).
        .env("MONTH", "2023-10")
        .output()
        .unwrap();
    assert!(
        matches!(out.status.code(), Some(0) | Some(3)),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let files: Vec<_> = std::fs::read_dir(&reports)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        files
            .iter()
            .any(|f| f.starts_with("fill-rate_") && f.ends_with(".xlsx")),
        "{files:?}"
    );
}

/// Issue 12 item 4: every option of every command has a help line, and no help shows an
/// empty default.
#[test]
fn every_option_has_a_help_line() {
    fn walk(cmd: &clap::Command, path: String, out: &mut Vec<String>) {
        for a in cmd.get_arguments().filter(|a| !a.is_hide_set()) {
            if a.get_help().is_none() && a.get_long_help().is_none() {
                out.push(format!("{path} --{}", a.get_id()));
            }
        }
        for s in cmd.get_subcommands() {
            walk(s, format!("{path} {}", s.get_name()), out);
        }
    }
    let mut missing = Vec::new();
    walk(&ejournal::cli::command(), "ejournal".into(), &mut missing);
    assert!(missing.is_empty(), "options without help: {missing:#?}");
    let j = Journal::empty();
    for args in [
        &["mark", "add", "--help"][..],
        &["final", "set", "--help"],
        &["report", "teachers", "--help"],
    ] {
        let help = j.out(args);
        assert!(!help.contains("[default: ]"), "{help}");
        assert!(!help.contains("[default: \"\"]"), "{help}");
    }
}
