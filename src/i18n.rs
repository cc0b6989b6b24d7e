//! The user's language: every message, help text and heading comes from a Fluent catalogue
//! (`locales/LANG/*.ftl`), Russian by default and English on request.
//!
//! The language is read once: `EJOURNAL_LANG` if set, else the first set of `LC_ALL`,
//! `LC_MESSAGES`, `LANG` (as POSIX orders them); a value beginning with `en` means English,
//! anything else (or nothing: a cron job, a fresh server) Russian. Plural forms follow the
//! CLDR rules of the language (Fluent selects `one`/`few`/`many`/`other` itself), and a
//! fractional number is written with the decimal comma in Russian.
//!
//! Stable for scripts whatever the language: CSV headers, JSON keys and exit codes.
//!
//! In code a message is `t!("id")` or `t!("id", name = value, …)`; a value is a string or
//! a number (numbers choose plural forms). An id missing from the user's catalogue falls
//! back to English, then to the id itself; `tests/i18n.rs` keeps both catalogues complete.

use std::borrow::Cow;
use std::sync::OnceLock;

use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::types::{FluentNumber, FluentNumberOptions};
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// A language the catalogues speak.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    Ru,
    En,
}

impl Lang {
    /// The language a locale name (`ru_RU.UTF-8`, `en_US`, `C.UTF-8`) asks for.
    pub fn from_locale(value: &str) -> Lang {
        if value.trim().to_ascii_lowercase().starts_with("en") {
            Lang::En
        } else {
            Lang::Ru
        }
    }

    fn id(self) -> LanguageIdentifier {
        let tag = match self {
            Lang::Ru => "ru",
            Lang::En => "en",
        };
        tag.parse().expect("a valid language tag")
    }
}

/// The language of this process's messages (read once from the environment).
pub fn lang() -> Lang {
    static LANG: OnceLock<Lang> = OnceLock::new();
    *LANG.get_or_init(|| detect(|name| std::env::var(name).ok()))
}

/// The language an environment asks for (`var` reads a variable).
pub fn detect(var: impl Fn(&str) -> Option<String>) -> Lang {
    ["EJOURNAL_LANG", "LC_ALL", "LC_MESSAGES", "LANG"]
        .iter()
        .find_map(|name| var(name).filter(|v| !v.trim().is_empty()))
        .map_or(Lang::Ru, |v| Lang::from_locale(&v))
}

/// The catalogue files of each language, compiled in: one binary, no files to install.
const RU: &[(&str, &str)] = &[
    ("ru/main.ftl", include_str!("../locales/ru/main.ftl")),
    (
        "ru/commands.ftl",
        include_str!("../locales/ru/commands.ftl"),
    ),
    ("ru/journal.ftl", include_str!("../locales/ru/journal.ftl")),
    ("ru/imports.ftl", include_str!("../locales/ru/imports.ftl")),
    ("ru/reports.ftl", include_str!("../locales/ru/reports.ftl")),
    ("ru/help.ftl", include_str!("../locales/ru/help.ftl")),
];
const EN: &[(&str, &str)] = &[
    ("en/main.ftl", include_str!("../locales/en/main.ftl")),
    (
        "en/commands.ftl",
        include_str!("../locales/en/commands.ftl"),
    ),
    ("en/journal.ftl", include_str!("../locales/en/journal.ftl")),
    ("en/imports.ftl", include_str!("../locales/en/imports.ftl")),
    ("en/reports.ftl", include_str!("../locales/en/reports.ftl")),
];

/// The sources of a language's catalogue, by file name (for the tests).
pub fn sources(lang: Lang) -> &'static [(&'static str, &'static str)] {
    match lang {
        Lang::Ru => RU,
        Lang::En => EN,
    }
}

fn build(lang: Lang) -> FluentBundle<FluentResource> {
    let mut bundle = FluentBundle::new_concurrent(vec![lang.id()]);
    // Unicode isolation marks would end up in files and terminals that show them.
    bundle.set_use_isolating(false);
    if lang == Lang::Ru {
        bundle.set_formatter(Some(decimal_comma));
    }
    for (name, text) in sources(lang) {
        let resource = FluentResource::try_new(text.to_string())
            .unwrap_or_else(|(_, errors)| panic!("locales/{name}: {errors:?}"));
        bundle
            .add_resource(resource)
            .unwrap_or_else(|errors| panic!("locales/{name}: {errors:?}"));
    }
    bundle
}

/// Russian writes a fraction with a comma: «4,5».
fn decimal_comma<M>(value: &FluentValue, _: &M) -> Option<String> {
    match value {
        FluentValue::Number(n) => Some(n.as_string().replace('.', ",")),
        _ => None,
    }
}

/// A number for a message, rounded to `digits` decimals and written with all of them
/// (`4.50`, in Russian `4,50`): Fluent alone writes the shortest form (`4.5`).
pub fn fixed(value: f64, digits: usize) -> FluentValue<'static> {
    let scale = 10f64.powi(digits as i32);
    FluentValue::Number(FluentNumber::new(
        (value * scale).round() / scale,
        FluentNumberOptions {
            minimum_fraction_digits: Some(digits),
            ..Default::default()
        },
    ))
}

fn bundle(lang: Lang) -> &'static FluentBundle<FluentResource> {
    static RU_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    static EN_BUNDLE: OnceLock<FluentBundle<FluentResource>> = OnceLock::new();
    match lang {
        Lang::Ru => RU_BUNDLE.get_or_init(|| build(Lang::Ru)),
        Lang::En => EN_BUNDLE.get_or_init(|| build(Lang::En)),
    }
}

/// Does the language's catalogue hold this message?
pub fn has(lang: Lang, id: &str) -> bool {
    bundle(lang).has_message(id)
}

/// A message in the user's language (see [`t!`](crate::t)).
pub fn message(id: &str, args: &[(&str, FluentValue)]) -> String {
    message_in(lang(), id, args)
}

/// A message in a given language, falling back to English, then to the id.
pub fn message_in(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> String {
    let found = format_in(lang, id, args).or_else(|| format_in(Lang::En, id, args));
    debug_assert!(found.is_some(), "no message \"{id}\" in the catalogues");
    found.unwrap_or_else(|| id.to_string())
}

/// A message only if the language's own catalogue holds it.
pub fn lookup(lang: Lang, id: &str) -> Option<String> {
    format_in(lang, id, &[])
}

fn format_in(lang: Lang, id: &str, args: &[(&str, FluentValue)]) -> Option<String> {
    let bundle = bundle(lang);
    let pattern = bundle.get_message(id)?.value()?;
    let mut fluent_args = FluentArgs::with_capacity(args.len());
    for (name, value) in args {
        fluent_args.set(*name, value.clone());
    }
    let mut errors = vec![];
    let text: Cow<str> = bundle.format_pattern(pattern, Some(&fluent_args), &mut errors);
    debug_assert!(errors.is_empty(), "message \"{id}\": {errors:?}");
    Some(text.into_owned())
}

/// A message from the catalogue: `t!("id")`, or `t!("id", count = n, class = name)` where a
/// value is anything Fluent takes (`&str`, `String`, integers, floats).
#[macro_export]
macro_rules! t {
    ($id:literal) => {
        $crate::i18n::message($id, &[])
    };
    ($id:literal, $($name:ident = $value:expr),+ $(,)?) => {
        $crate::i18n::message(
            $id,
            &[$((stringify!($name), fluent_bundle::FluentValue::from($value))),+],
        )
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_environment_chooses_the_language() {
        let env = |pairs: &'static [(&'static str, &'static str)]| {
            move |name: &str| {
                pairs
                    .iter()
                    .find(|(k, _)| *k == name)
                    .map(|(_, v)| v.to_string())
            }
        };
        assert_eq!(detect(env(&[])), Lang::Ru);
        assert_eq!(detect(env(&[("LANG", "C.UTF-8")])), Lang::Ru);
        assert_eq!(detect(env(&[("LANG", "en_US.UTF-8")])), Lang::En);
        assert_eq!(
            detect(env(&[
                ("LANG", "en_US.UTF-8"),
                ("LC_MESSAGES", "ru_RU.UTF-8")
            ])),
            Lang::Ru
        );
        assert_eq!(
            detect(env(&[("LANG", "ru_RU.UTF-8"), ("EJOURNAL_LANG", "en")])),
            Lang::En
        );
        assert_eq!(detect(env(&[("LC_ALL", ""), ("LANG", "en_GB")])), Lang::En);
    }

    #[test]
    fn russian_plurals_follow_cldr() {
        let marks = |n: u64| message_in(Lang::Ru, "test-marks", &[("count", n.into())]);
        assert_eq!(marks(1), "1 отметка");
        assert_eq!(marks(2), "2 отметки");
        assert_eq!(marks(5), "5 отметок");
        assert_eq!(marks(11), "11 отметок");
        assert_eq!(marks(21), "21 отметка");
        assert_eq!(marks(22), "22 отметки");
        assert_eq!(marks(25), "25 отметок");
        let en = |n: u64| message_in(Lang::En, "test-marks", &[("count", n.into())]);
        assert_eq!(en(1), "1 mark");
        assert_eq!(en(21), "21 marks");
    }

    #[test]
    fn russian_numbers_take_the_decimal_comma() {
        let avg = message_in(Lang::Ru, "test-average", &[("value", 4.5.into())]);
        assert_eq!(avg, "средний балл 4,5");
        let avg = message_in(Lang::En, "test-average", &[("value", 4.5.into())]);
        assert_eq!(avg, "average 4.5");
        let avg = message_in(Lang::Ru, "test-average", &[("value", fixed(4.5, 2))]);
        assert_eq!(avg, "средний балл 4,50");
        let avg = message_in(Lang::Ru, "test-average", &[("value", fixed(3.456, 2))]);
        assert_eq!(avg, "средний балл 3,46");
        let avg = message_in(Lang::En, "test-average", &[("value", fixed(4.0, 2))]);
        assert_eq!(avg, "average 4.00");
    }
}
