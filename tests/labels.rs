//! Codes a table shows as words: the kinds of `calendar show`, the actions and entities of
//! `audit`, the rows and values of `lock status`. A table speaks the user's language; CSV
//! and JSON keep the stable English codes whatever the language, for scripts.

mod common;

use common::*;

/// stdout of a command in a language (`ru` or `en`) and a format.
fn out_in(j: &Journal, lang: &str, format: &str, args: &[&str]) -> String {
    let a = j
        .in_locale(None)
        .env("EJOURNAL_LANG", lang)
        .args(args)
        .args(["--format", format])
        .assert()
        .success();
    String::from_utf8(a.get_output().stdout.clone()).unwrap()
}

/// The values of one key of a JSON listing.
fn values(j: &Journal, lang: &str, args: &[&str], key: &str) -> Vec<String> {
    let json: serde_json::Value = serde_json::from_str(&out_in(j, lang, "json", args)).unwrap();
    json.as_array()
        .unwrap()
        .iter()
        .map(|r| r[key].as_str().unwrap_or_default().to_string())
        .collect()
}

/// The values of one column of a CSV listing.
fn csv_column(j: &Journal, lang: &str, args: &[&str], key: &str) -> Vec<String> {
    let text = out_in(j, lang, "csv", args);
    let mut r = csv::Reader::from_reader(text.as_bytes());
    let at = r.headers().unwrap().iter().position(|h| h == key).unwrap();
    r.records()
        .map(|row| row.unwrap()[at].to_string())
        .collect()
}

#[test]
fn calendar_kinds_are_words_in_a_table_and_codes_for_scripts() {
    let j = Journal::new();
    j.run(&[
        "calendar",
        "add-holiday",
        "--from",
        "04.11.2023",
        "--to",
        "04.11.2023",
        "--name",
        "перенос выходного дня",
    ])
    .success();
    let table = out_in(&j, "ru", "table", &["calendar", "show"]);
    for word in ["учебный год", "период", "каникулы"] {
        assert!(table.contains(word), "no «{word}» in:\n{table}");
    }
    assert!(!table.contains("day_off") && !table.contains("holiday"));
    for lang in ["ru", "en"] {
        let kinds = values(&j, lang, &["calendar", "show"], "kind");
        assert_eq!(kinds[0], "year");
        assert!(kinds.iter().any(|k| k == "period"));
        assert!(kinds.iter().any(|k| k == "holiday"));
        assert_eq!(
            csv_column(&j, lang, &["calendar", "show"], "kind"),
            kinds,
            "{lang}"
        );
    }
}

#[test]
fn audit_actions_and_entities_are_words_in_a_table_and_codes_for_scripts() {
    let j = school();
    mark(&j, "02.10.2023", "Ёлкин Фёдор", "5", "Ответ на уроке").success();
    let args = ["audit", "--entity", "mark"];
    let table = out_in(&j, "ru", "table", &args);
    assert!(table.contains("отметка"), "{table}");
    assert!(table.contains("добавление"), "{table}");
    assert!(!table.contains("insert"), "{table}");
    let english = out_in(&j, "en", "table", &args);
    assert!(english.contains("insert"), "{english}");
    for lang in ["ru", "en"] {
        assert!(values(&j, lang, &args, "action").contains(&"insert".to_string()));
        assert!(values(&j, lang, &args, "entity")
            .iter()
            .all(|e| e == "mark"));
        let actions = csv_column(&j, lang, &args, "action");
        assert!(
            actions.contains(&"insert".to_string()),
            "{lang}: {actions:?}"
        );
        assert!(csv_column(&j, lang, &args, "entity")
            .iter()
            .all(|e| e == "mark"));
    }
}

#[test]
fn lock_status_speaks_in_a_table_and_keeps_codes_for_scripts() {
    let j = school();
    deputy(&j, &["lock", "--until", "03.10.2023", "--reason", "первая"]).success();
    deputy(&j, &["lock", "--older-than", "5"]).success();
    let table = out_in(&j, "ru", "table", &["lock", "status"]);
    for word in [
        "заблокировано по",
        "скользящая блокировка",
        "5 дней",
        "изменение",
    ] {
        assert!(table.contains(word), "no «{word}» in:\n{table}");
    }
    assert!(!table.contains("rolling lock 5 days"), "{table}");
    for lang in ["ru", "en"] {
        let what = values(&j, lang, &["lock", "status"], "what");
        assert_eq!(
            what[..4],
            [
                "locked_until",
                "lock_older_than",
                "rolling_lock_today",
                "fingerprint"
            ],
            "{lang}"
        );
        let value = values(&j, lang, &["lock", "status"], "value");
        assert_eq!(
            value[..3],
            ["2023-10-03", "5 days", "before 05.10.2023"],
            "{lang}"
        );
        assert_eq!(
            value[4..],
            ["rolling lock 5 days", "locked up to 03.10.2023"],
            "{lang}"
        );
        assert_eq!(
            csv_column(&j, lang, &["lock", "status"], "value"),
            value,
            "{lang}"
        );
    }
}
