//! The message catalogues (`locales/`): complete in both languages, every message the code
//! asks for present, every help text translated; and the language the environment asks for
//! is the one the user gets.

mod common;

use std::collections::BTreeSet;
use std::path::Path;

use ejournal::i18n::{self, Lang};

/// The ids a Fluent source defines (messages and terms).
fn ids(source: &str) -> BTreeSet<String> {
    source
        .lines()
        .filter(|l| l.starts_with(|c: char| c.is_ascii_alphabetic() || c == '-'))
        .filter_map(|l| l.split_once('=').map(|(id, _)| id.trim().to_string()))
        .collect()
}

/// The ids of a language's catalogue files whose name satisfies `file`.
fn catalogue(lang: Lang, file: impl Fn(&str) -> bool) -> BTreeSet<String> {
    i18n::sources(lang)
        .iter()
        .filter(|(name, _)| file(name))
        .flat_map(|(_, text)| ids(text))
        .collect()
}

/// An id defined in two files would make Fluent refuse the catalogue at start.
#[test]
fn no_id_is_defined_twice() {
    for lang in [Lang::Ru, Lang::En] {
        let mut seen = BTreeSet::new();
        for (name, text) in i18n::sources(lang) {
            for id in ids(text) {
                assert!(seen.insert(id.clone()), "{name}: {id} is defined twice");
            }
        }
    }
}

#[test]
fn both_languages_hold_the_same_messages() {
    let messages = |name: &str| !name.ends_with("help.ftl");
    let ru = catalogue(Lang::Ru, messages);
    let en = catalogue(Lang::En, messages);
    let only_en: Vec<_> = en.difference(&ru).collect();
    let only_ru: Vec<_> = ru.difference(&en).collect();
    assert!(
        only_en.is_empty() && only_ru.is_empty(),
        "not in locales/ru/: {only_en:?}\nnot in locales/en/: {only_ru:?}"
    );
}

/// Every `t!("id"…)` and `message("id"…)` in the code names a message both catalogues hold.
#[test]
fn every_message_the_code_asks_for_exists() {
    let pattern = regex::Regex::new(r#"\bt!\(\s*"([a-z0-9-]+)""#).unwrap();
    let mut missing = Vec::new();
    let mut files = vec![Path::new("src").to_path_buf()];
    while let Some(path) = files.pop() {
        if path.is_dir() {
            for entry in std::fs::read_dir(&path).unwrap() {
                files.push(entry.unwrap().path());
            }
            continue;
        }
        if path.extension().is_none_or(|e| e != "rs") || path.ends_with("i18n.rs") {
            continue;
        }
        let text = std::fs::read_to_string(&path).unwrap();
        for cap in pattern.captures_iter(&text) {
            let id = &cap[1];
            for lang in [Lang::Ru, Lang::En] {
                if !i18n::has(lang, id) {
                    missing.push(format!("{} ({lang:?}): {id}", path.display()));
                }
            }
        }
    }
    assert!(
        missing.is_empty(),
        "messages missing:\n{}",
        missing.join("\n")
    );
}

/// A help text written so Fluent reads it back as it is.
fn ftl_value(text: &str) -> String {
    let escaped: Vec<String> = text
        .lines()
        .map(|line| {
            let mut out = String::new();
            for (i, c) in line.chars().enumerate() {
                match c {
                    '{' => out.push_str("{\"{\"}"),
                    '}' => out.push_str("{\"}\"}"),
                    '[' | '*' | '.' if i == 0 => out.push_str(&format!("{{\"{c}\"}}")),
                    _ => out.push(c),
                }
            }
            out
        })
        .collect();
    if escaped.len() == 1 && !text.starts_with(' ') {
        return format!(" {}", escaped[0]);
    }
    let mut out = String::new();
    for line in escaped {
        out.push('\n');
        if !line.is_empty() {
            // A leading space would be lost to Fluent's dedent: keep it as a literal.
            let trimmed = line.trim_start_matches(' ');
            let spaces = line.len() - trimmed.len();
            out.push_str("    ");
            if spaces > 0 {
                out.push_str(&format!("{{\"{}\"}}", " ".repeat(spaces)));
            }
            out.push_str(trimmed);
        }
    }
    out
}

/// `locales/en/help.ftl` is the English help as the code writes it (the translator's
/// source); `EJOURNAL_BLESS=1` regenerates it. Every text in it has a Russian translation.
#[test]
fn every_help_text_is_translated() {
    let texts = ejournal::cli::help_texts();
    let mut english = String::from(
        "# The English help of every command and option, as the code's doc comments write it:\n\
         # the source ../ru/help.ftl translates. Generated: EJOURNAL_BLESS=1 cargo test --release --test i18n\n\n",
    );
    for (id, text) in &texts {
        english.push_str(&format!("{id} ={}\n", ftl_value(text)));
    }
    // The file reads back as the texts themselves.
    let resource = fluent_bundle::FluentResource::try_new(english.clone())
        .unwrap_or_else(|(_, e)| panic!("generated help.ftl does not parse: {e:?}"));
    let mut bundle = fluent_bundle::FluentBundle::new(vec!["en".parse().unwrap()]);
    bundle.set_use_isolating(false);
    bundle.add_resource(resource).unwrap();
    for (id, text) in &texts {
        let pattern = bundle.get_message(id).unwrap().value().unwrap();
        let mut errors = vec![];
        let read = bundle.format_pattern(pattern, None, &mut errors);
        assert_eq!(&read, text, "{id} does not read back");
    }
    let path = Path::new("locales/en/help.ftl");
    if std::env::var_os("EJOURNAL_BLESS").is_some() {
        std::fs::write(path, &english).unwrap();
    } else {
        let committed = std::fs::read_to_string(path).unwrap_or_default();
        assert!(
            committed == english,
            "locales/en/help.ftl is stale: EJOURNAL_BLESS=1 cargo test --release --test i18n"
        );
    }
    let missing: Vec<&str> = texts
        .iter()
        .map(|(id, _)| id.as_str())
        .filter(|id| !i18n::has(Lang::Ru, id))
        .collect();
    assert!(
        missing.is_empty(),
        "{} help texts have no Russian in locales/ru/help.ftl:\n{}",
        missing.len(),
        missing.join("\n")
    );
    let known: BTreeSet<&str> = texts.iter().map(|(id, _)| id.as_str()).collect();
    let stale: Vec<String> = catalogue(Lang::Ru, |name| name.ends_with("help.ftl"))
        .into_iter()
        .filter(|id| !known.contains(id.as_str()))
        .collect();
    assert!(
        stale.is_empty(),
        "locales/ru/help.ftl translates texts the code no longer has: {stale:?}"
    );
}

#[test]
fn usage_errors_speak_the_users_language() {
    let j = common::Journal::empty();
    let ru = j
        .in_locale(Some("ru_RU.UTF-8"))
        .args(["mark", "ad"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&ru.get_output().stderr).to_string();
    assert!(stderr.contains("неизвестная команда «ad»"), "{stderr}");
    assert!(stderr.contains("похожая команда «add»"), "{stderr}");
    let en = j
        .in_locale(Some("en_US.UTF-8"))
        .args(["mark", "ad"])
        .assert()
        .code(2);
    let stderr = String::from_utf8_lossy(&en.get_output().stderr).to_string();
    assert!(stderr.contains("unrecognized subcommand 'ad'"), "{stderr}");
}

#[test]
fn help_is_russian_by_default_and_english_on_request() {
    let j = common::Journal::empty();
    let out = |lang: Option<&str>| {
        let mut c = j.in_locale(lang);
        let o = c.args(["mark", "add", "--help"]).assert().success();
        String::from_utf8_lossy(&o.get_output().stdout).to_string()
    };
    let ru = out(None);
    assert!(ru.contains("Использование:"), "{ru}");
    assert!(ru.contains("Параметры:"), "{ru}");
    assert!(ru.contains("[по умолчанию: ejournal.db]"), "{ru}");
    assert!(!ru.contains("[default:"), "{ru}");
    let en = out(Some("en_US.UTF-8"));
    assert!(en.contains("Usage:"), "{en}");
    assert!(en.contains("The lesson's date"), "{en}");
}

#[test]
fn a_bad_mark_is_refused_in_the_users_language() {
    let j = common::Journal::new();
    let add = |lang: Option<&str>| {
        let mut c = j.in_locale(lang);
        let out = c
            .args([
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
                "7",
            ])
            .assert()
            .code(2);
        String::from_utf8_lossy(&out.get_output().stderr).to_string()
    };
    let ru = add(None);
    assert!(ru.contains("«7» — не отметка (1–5, зч, нз)"), "{ru}");
    let en = add(Some("en_US.UTF-8"));
    assert!(en.contains("\"7\" is not a mark (1–5, зч, нз)"), "{en}");
}

/// The Russian forms the product's messages take for 1, 2, 5, 21, 22, 25 (CLDR: one, few,
/// many, and again one, few, many).
#[test]
fn russian_messages_agree_with_their_numbers() {
    let said =
        |n: u32| i18n::message_in(Lang::Ru, "forecast-risk-unexcused", &[("count", n.into())]);
    let forms: Vec<String> = [1, 2, 5, 21, 22, 25].into_iter().map(said).collect();
    assert_eq!(
        forms,
        [
            "1 пропуск без уважительной причины",
            "2 пропуска без уважительной причины",
            "5 пропусков без уважительной причины",
            "21 пропуск без уважительной причины",
            "22 пропуска без уважительной причины",
            "25 пропусков без уважительной причины",
        ]
    );
    let english: Vec<String> = [1, 2]
        .into_iter()
        .map(|n: u32| i18n::message_in(Lang::En, "forecast-risk-unexcused", &[("count", n.into())]))
        .collect();
    assert_eq!(english, ["1 unexcused absence", "2 unexcused absences"]);
}

/// Every refusal a migration's trigger raises is known to `error::describe`, says in English
/// exactly what the trigger says, and has its Russian.
#[test]
fn every_trigger_refusal_is_in_the_catalogue() {
    let known = ejournal::error::trigger_messages();
    let raise = regex::Regex::new(r"RAISE\(\s*ABORT\s*,\s*'((?:[^']|'')*)'\s*\)").unwrap();
    let mut texts = BTreeSet::new();
    for entry in std::fs::read_dir("src/db/migrations").unwrap() {
        let path = entry.unwrap().path();
        let sql = std::fs::read_to_string(&path).unwrap();
        for cap in raise.captures_iter(&sql) {
            texts.insert(cap[1].replace("''", "'"));
        }
    }
    assert!(!texts.is_empty());
    for text in &texts {
        let Some((_, id)) = known.iter().find(|(t, _)| t == text) else {
            panic!("a trigger says \"{text}\": add it to error::TRIGGER_MESSAGES");
        };
        assert_eq!(&i18n::message_in(Lang::En, id, &[]), text, "{id}");
        assert!(i18n::has(Lang::Ru, id), "{id} has no Russian");
    }
    for (text, _) in known {
        assert!(texts.contains(*text), "no trigger says \"{text}\" any more");
    }
}

/// A trigger's refusal reaches the user in his language, inside the error's chain.
#[test]
fn a_triggers_refusal_is_said_in_the_users_language() {
    let sqlite = rusqlite::Error::SqliteFailure(
        rusqlite::ffi::Error::new(rusqlite::ffi::SQLITE_CONSTRAINT),
        Some("ejournal: date locked".to_string()),
    );
    let err = anyhow::Error::new(sqlite).context("writing a mark");
    assert_eq!(
        ejournal::error::describe(&err),
        format!(
            "writing a mark: {}",
            i18n::message("trigger-date-locked", &[])
        )
    );
    assert_eq!(
        i18n::message_in(Lang::Ru, "trigger-date-locked", &[]),
        "дата заблокирована"
    );
}
