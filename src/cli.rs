//! The command line: global options and the subcommands.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::commands;
use crate::i18n::Lang;
use crate::render::Format;

const AFTER_HELP: &str = "\
Examples:
  ejournal demo                                    build the demo school in ./ejournal-demo
  ejournal init --school \"Гимназия № 24\" --year 2023/2024
  ejournal import roster roster.csv               Windows-1251 or UTF-8, ; or , — detected
  ejournal student list --class 5А --format json

Exit codes: 0 ok, 1 failure, 2 usage, 3 a report found shortfalls (--fail-on-issues),
65 input data refused, 75 journal busy, 77 not allowed for this actor.

Language: Russian; EJOURNAL_LANG=en (or LANG=en_US.UTF-8) gives English messages and help.
CSV headers, JSON keys and exit codes are the same in both.";

/// A Russian school's electronic class journal (электронный журнал) in one SQLite file.
#[derive(Debug, Parser)]
#[command(name = "ejournal", version, about, after_help = AFTER_HELP)]
pub struct Cli {
    #[command(flatten)]
    pub global: Global,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every subcommand takes.
#[derive(Debug, clap::Args)]
pub struct Global {
    /// The journal file
    #[arg(
        long,
        global = true,
        env = "EJOURNAL_DB",
        default_value = "ejournal.db",
        value_name = "PATH"
    )]
    pub db: PathBuf,
    /// Who does this (ФИО as in the staff list); every write records it [default: the member
    /// of staff linked to your login, else your login]. Once your login is linked, only a
    /// deputy or the director may name someone else here
    #[arg(long, global = true, env = "EJOURNAL_ACTOR", value_name = "NAME")]
    pub actor: Option<String>,
    /// How to print rows: table (the default), or csv/json on stdout for scripts; reports
    /// also write xlsx (with --out, the format follows the file's extension). The documents
    /// `export paper` writes are chosen with its --as
    #[arg(long, global = true, env = "EJOURNAL_FORMAT", value_enum)]
    pub format: Option<Format>,
    /// How long a write waits for another ejournal writing to the same journal before it
    /// gives up with exit code 75, in milliseconds
    #[arg(
        long,
        global = true,
        env = "EJOURNAL_BUSY_TIMEOUT_MS",
        default_value_t = 5_000,
        value_name = "MS"
    )]
    pub busy_timeout_ms: u64,
    /// Tables show every column: a table wider than the terminal prints one block per row
    /// instead of leaving columns out
    #[arg(long, global = true, env = "EJOURNAL_WIDE",
          action = clap::ArgAction::SetTrue, value_parser = clap::builder::BoolishValueParser::new())]
    pub wide: bool,
    /// No progress or chatter on stderr (errors still go there)
    #[arg(short, long, global = true, env = "EJOURNAL_QUIET",
          action = clap::ArgAction::SetTrue, value_parser = clap::builder::BoolishValueParser::new())]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create a new journal file with the default calendar, work types and settings
    ///
    /// Example: ejournal init --school "Гимназия № 24" --year 2023/2024
    Init(commands::init::Init),
    /// Show and change the school calendar: periods, holidays, days off
    ///
    /// Example: ejournal calendar add-holiday --from 2024-04-29 --to 2024-04-30 --name перенос
    #[command(subcommand)]
    Calendar(commands::calendar::CalendarCmd),
    /// Import school files (.csv or .xlsx): roster, staff, load, groups, timetable, КТП, marks, absences, final marks, access log
    ///
    /// Example: ejournal import roster roster.csv --dry-run
    #[command(subcommand)]
    Import(commands::import::ImportCmd),
    /// List classes
    ///
    /// Example: ejournal class list
    #[command(subcommand)]
    Class(commands::class::ClassCmd),
    /// List students, or record one leaving the class
    ///
    /// Example: ejournal student list --class 5А --format json
    #[command(subcommand)]
    Student(commands::student::StudentCmd),
    /// List staff
    ///
    /// Example: ejournal staff list
    #[command(subcommand)]
    Staff(commands::staff::StaffCmd),
    /// List courses: subjects taught to classes and groups, with teacher and hours
    ///
    /// Example: ejournal course list --class 9А
    #[command(subcommand)]
    Course(commands::course::CourseCmd),
    /// Show a course's thematic plan (КТП)
    ///
    /// Example: ejournal plan show --class 5А --subject Математика
    #[command(subcommand)]
    Plan(commands::plan::PlanCmd),
    /// Show a class's timetable
    ///
    /// Example: ejournal timetable show --class 5А
    #[command(subcommand)]
    Timetable(commands::timetable::TimetableCmd),
    /// Lessons: generate them from the timetable and КТП, list them, record topic and homework
    ///
    /// Example: ejournal lessons generate --class 5А
    #[command(subcommand, visible_alias = "lessons")]
    Lesson(commands::lesson::LessonCmd),
    /// Marks: add, list, change or delete (with a reason)
    ///
    /// Example: ejournal mark add --date 12.10.2023 --class 5А --subject Математика --student "Ёлкин Фёдор" --mark 5
    #[command(subcommand)]
    Mark(commands::mark::MarkCmd),
    /// Absences: Б ill, У excused, Н unexcused, О late
    ///
    /// Example: ejournal absence add --date 12.10.2023 --class 5А --student "Жуков Матвей" --code Н
    #[command(subcommand)]
    Absence(commands::absence::AbsenceCmd),
    /// Final marks of a period: suggest, set, accept, list
    ///
    /// Example: ejournal final suggest --period Q1 --class 5А
    #[command(subcommand)]
    Final(commands::final_mark::FinalCmd),
    /// Lock past dates (--until D, or a rolling --older-than N), or show the lock
    ///
    /// Example: ejournal lock --until 27.10.2023 --reason "конец I четверти"
    Lock(commands::lock::Lock),
    /// Move the lock back (a deputy or the director, with a reason)
    ///
    /// Example: ejournal unlock --until 20.10.2023 --reason "приказ № 45"
    Unlock(commands::lock::Unlock),
    /// Permits for late entries and corrections (разрешения): add, list, revoke — deputies and the director
    ///
    /// Example: ejournal permit add --class 5А --subject Математика --from 02.10.2023 --to 06.10.2023 --reason "болезнь учителя"
    #[command(subcommand)]
    Permit(commands::permit::PermitCmd),
    /// The audit trail: who changed what, when, before and after, and why
    ///
    /// Example: ejournal audit --class 5А --since 01.10.2023
    Audit(commands::audit::Audit),
    /// Back the journal up into a folder (an external disk), online, checked by verify
    ///
    /// Example: ejournal backup --to /media/usb/ejournal --keep 30
    Backup(commands::backup::Backup),
    /// Put a backup in the journal's place (verified first; the replaced journal is kept)
    ///
    /// Example: ejournal restore /media/usb/ejournal/Гимназия-24_2023-2024_2023-10-27_220000.db
    Restore(commands::backup::Restore),
    /// The year's archive for external media: a read-only copy of the journal, every
    /// period's paper copies, the year's reports and MANIFEST.sha256
    ///
    /// Example: ejournal archive --out /media/usb/archive-2023-2024
    Archive(commands::archive::Archive),
    /// Check that the journal is intact: SQLite's checks, the schema, the sealed history
    /// replayed against every table (exit 3 when anything was changed outside ejournal)
    ///
    /// Example: ejournal verify --fingerprint 3f2a9c0d17e4b5a8
    Verify(commands::verify::Verify),
    /// Paper copies of the journal (PDF, XLSX) and printouts for parents
    ///
    /// Example: ejournal export paper --period Q1 --out copies/
    #[command(subcommand)]
    Export(commands::export::ExportCmd),
    /// Control reports: fill-rate, accumulation, progress, attendance, forecast
    ///
    /// Example: ejournal report fill-rate --month 2023-10 --out fill-rate.xlsx
    #[command(subcommand)]
    Report(commands::report::ReportCmd),
    /// A deputy's remarks on how a course's journal is kept: add, list, resolve
    ///
    /// Example: ejournal remark add --class 5А --subject Математика --text "нет тем" --due 10.11.2023
    #[command(subcommand)]
    Remark(commands::remark::RemarkCmd),
    /// Show or change the school's settings (rounding threshold, accumulation minimum, …)
    ///
    /// Example: ejournal settings set rounding_threshold 0.6
    #[command(subcommand)]
    Settings(commands::settings::SettingsCmd),
    /// Build the demo school's journal from the bundled example files
    ///
    /// Example: ejournal demo --dir /tmp/demo
    Demo(commands::demo::Demo),
    /// Write an empty file for an import (.xlsx with drop-down lists and comments, or .csv):
    /// the Russian header row and one example row
    ///
    /// Example: ejournal template roster --out roster.xlsx
    Template(commands::template::Template),
    /// Print shell completions
    ///
    /// Example: ejournal completions bash > /etc/bash_completion.d/ejournal
    Completions(commands::completions::Completions),
    /// Print the man page (roff), or write a page for every command into a folder
    ///
    /// Example: ejournal man --dir /usr/local/share/man/man1
    Man(commands::completions::ManArgs),
}

/// The command line as users see it: clap's description, with a help line for every option
/// the derive left without one (an option of the same name means the same thing in every
/// command, so its line is written once, here) and no `[default: ""]` shown.
pub fn command() -> clap::Command {
    let cmd = fill_help(<Cli as clap::CommandFactory>::command());
    match crate::i18n::lang() {
        Lang::Ru => {
            let mut cmd = localize(cmd, "root", Lang::Ru);
            // clap adds its `help` subcommands when it builds the tree: describe them after.
            cmd.build();
            describe_help_commands(cmd)
        }
        Lang::En => cmd,
    }
}

fn describe_help_commands(cmd: clap::Command) -> clap::Command {
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        if name == "help" {
            cmd.mut_subcommand("help", |help| {
                help.about(crate::t!("clap-help-command"))
                    .mut_subcommands(|sub| sub.about(crate::t!("clap-help-command")))
            })
        } else {
            cmd.mut_subcommand(&name, describe_help_commands)
        }
    })
}

/// The command line with its help in English, as the code's doc comments write it: the
/// source the Russian catalogue (`locales/ru/help.ftl`) translates.
pub fn english_command() -> clap::Command {
    fill_help(<Cli as clap::CommandFactory>::command())
}

/// Every help text of the command line as `(catalogue id, English text)`: the description
/// of each command (`cmd-PATH`, and `cmd-PATH-long` when its long description says more)
/// and the help of each option (`arg-PATH-ID`, `arg-PATH-ID-long`), PATH being the command
/// names from `root` joined by `-`.
pub fn help_texts() -> Vec<(String, String)> {
    let mut out = Vec::new();
    collect_help(&english_command(), "root", &mut out);
    out
}

fn collect_help(cmd: &clap::Command, path: &str, out: &mut Vec<(String, String)>) {
    if cmd.is_hide_set() && path != "root" {
        return;
    }
    let about = cmd.get_about().map(|a| a.to_string());
    if let Some(about) = &about {
        out.push((format!("cmd-{path}"), about.clone()));
    }
    if let Some(long) = cmd.get_long_about().map(|a| a.to_string()) {
        if Some(&long) != about.as_ref() {
            out.push((format!("cmd-{path}-long"), long));
        }
    }
    if let Some(after) = cmd.get_after_help().map(|a| a.to_string()) {
        out.push((format!("cmd-{path}-after"), after));
    }
    for arg in cmd.get_arguments() {
        if arg.is_hide_set() {
            continue;
        }
        let id = arg.get_id().as_str();
        let help = arg.get_help().map(|h| h.to_string());
        if let Some(help) = &help {
            out.push((format!("arg-{path}-{id}"), help.clone()));
        }
        if let Some(long) = arg.get_long_help().map(|h| h.to_string()) {
            if Some(&long) != help.as_ref() {
                out.push((format!("arg-{path}-{id}-long"), long));
            }
        }
    }
    for sub in cmd.get_subcommands() {
        collect_help(sub, &format!("{path}-{}", sub.get_name()), out);
    }
}

/// The command line in a language: every description and option help from the catalogue
/// (English where it has none), clap's own headings, flags and notes
/// (`[default: …]`, `[env: …]`, `[possible values: …]`) in the same language.
fn localize(cmd: clap::Command, path: &str, lang: Lang) -> clap::Command {
    let text = |id: String| crate::i18n::lookup(lang, &id);
    let mut cmd = cmd
        .help_template(crate::t!("clap-help-template"))
        .subcommand_help_heading(crate::t!("clap-heading-commands"))
        .subcommand_value_name(crate::t!("clap-command-value"))
        .disable_help_flag(true)
        .arg(
            clap::Arg::new("help")
                .short('h')
                .long("help")
                .action(clap::ArgAction::Help)
                .help(crate::t!("clap-help-flag"))
                .help_heading(crate::t!("clap-heading-options"))
                .display_order(usize::MAX - 1),
        );
    if path == "root" {
        cmd = cmd.disable_version_flag(true).arg(
            clap::Arg::new("version")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help(crate::t!("clap-version-flag"))
                .help_heading(crate::t!("clap-heading-options"))
                .display_order(usize::MAX),
        );
    }
    if let Some(about) = text(format!("cmd-{path}")) {
        cmd = cmd.about(about);
        cmd = match text(format!("cmd-{path}-long")) {
            Some(long) => cmd.long_about(long),
            None => cmd.long_about(None),
        };
    }
    if let Some(after) = text(format!("cmd-{path}-after")) {
        cmd = cmd.after_help(after);
    }
    let options = crate::t!("clap-heading-options");
    let arguments = crate::t!("clap-heading-arguments");
    let cmd = cmd.mut_args(|arg| {
        let id = arg.get_id().as_str().to_string();
        if id == "help" || id == "version" {
            return arg;
        }
        let mut help = text(format!("arg-{path}-{id}"))
            .or_else(|| arg.get_help().map(|h| h.to_string()))
            .unwrap_or_default();
        let mut notes = Vec::new();
        let defaults: Vec<String> = arg
            .get_default_values()
            .iter()
            .map(|v| v.to_string_lossy().into_owned())
            .filter(|v| !v.is_empty())
            .collect();
        if !defaults.is_empty() && !arg.is_hide_default_value_set() {
            notes.push(crate::t!("clap-note-default", value = defaults.join(", ")));
        }
        let values: Vec<String> = arg
            .get_possible_values()
            .iter()
            .filter(|v| !v.is_hide_set())
            .map(|v| v.get_name().to_string())
            .collect();
        if !values.is_empty()
            && !arg.is_hide_possible_values_set()
            && arg.get_action().takes_values()
        {
            notes.push(crate::t!("clap-note-values", values = values.join(", ")));
        }
        if let Some(env) = arg.get_env() {
            if !arg.is_hide_env_set() {
                notes.push(crate::t!(
                    "clap-note-env",
                    name = env.to_string_lossy().into_owned()
                ));
            }
        }
        for note in notes {
            if !help.is_empty() {
                help.push(' ');
            }
            help.push_str(&note);
        }
        let heading = if arg.is_positional() {
            &arguments
        } else {
            &options
        };
        let arg = match arg.get_help_heading() {
            Some(_) => arg,
            None => arg.help_heading(heading.clone()),
        };
        let arg = match text(format!("arg-{path}-{id}-long")) {
            Some(long) => arg.long_help(long),
            None => arg.long_help(None),
        };
        arg.help(help)
            .hide_default_value(true)
            .hide_possible_values(true)
            .hide_env(true)
    });
    let names: Vec<String> = cmd
        .get_subcommands()
        .map(|s| s.get_name().to_string())
        .collect();
    names.into_iter().fold(cmd, |cmd, name| {
        let sub_path = format!("{path}-{name}");
        cmd.mut_subcommand(&name, |sub| localize(sub, &sub_path, lang))
    })
}

/// Parse a command line through [`command`].
pub fn parse<I, T>(args: I) -> Result<Cli, clap::Error>
where
    I: IntoIterator<Item = T>,
    T: Into<std::ffi::OsString> + Clone,
{
    let mut matches = command().try_get_matches_from(args)?;
    <Cli as clap::FromArgMatches>::from_arg_matches_mut(&mut matches)
}

fn fill_help(cmd: clap::Command) -> clap::Command {
    cmd.mut_args(|arg| {
        let arg = match (
            arg.get_help(),
            arg.get_long_help(),
            common_help(arg.get_id().as_str()),
        ) {
            (None, None, Some(help)) => arg.help(help),
            _ => arg,
        };
        if arg.get_default_values().iter().all(|v| v.is_empty()) {
            arg.hide_default_value(true)
        } else {
            arg
        }
    })
    .mut_subcommands(fill_help)
}

/// The help line of an option that means the same in every command.
fn common_help(id: &str) -> Option<&'static str> {
    Some(match id {
        "date" => "The lesson's date (dd.mm.yyyy)",
        "class" => "The class, like 5А",
        "subject" => "The subject, like Математика",
        "group" => "The group, for a subject taught in groups",
        "student" => "The student: ФИО (a birth date after the name tells namesakes apart)",
        "lesson_no" => "The lesson's number in the day, when the course has two that day",
        "from" => "The first date (dd.mm.yyyy)",
        "to" => "The last date (dd.mm.yyyy)",
        "period" => "The period: Q1–Q4, H1, H2, Y (also «I четверть», «год» …)",
        "code" => "The absence code: Н (unexcused), Б (ill), У (excused), О (late)",
        "mark" => "The mark: 5, 4, 3, 2, 1, зч, нз (final marks also н/а, осв)",
        "all" => "Also the revoked and expired ones",
        "text" => "What the remark says",
        "due" => "The date it must be put right by (dd.mm.yyyy)",
        "id" => "Its number, as `list` shows it",
        "key" => "The setting (see `ejournal settings show`)",
        "value" => "Its new value",
        _ => return None,
    })
}

/// A command-line error in the user's language: clap writes its own in English, so in
/// Russian it is written here from the error's kind and context (None: clap's own will do).
pub fn usage_error_text(err: &clap::Error) -> Option<String> {
    use clap::error::{ContextKind, ContextValue, ErrorKind};
    if crate::i18n::lang() == Lang::En || !err.use_stderr() {
        return None;
    }
    let get = |kind: ContextKind| -> String {
        match err.get(kind) {
            Some(ContextValue::String(s)) => s.clone(),
            Some(ContextValue::Strings(v)) => v.join(", "),
            Some(ContextValue::StyledStr(s)) => s.to_string(),
            Some(ContextValue::StyledStrs(v)) => v
                .iter()
                .map(|s| s.to_string())
                .collect::<Vec<_>>()
                .join(", "),
            Some(ContextValue::Number(n)) => n.to_string(),
            _ => String::new(),
        }
    };
    let arg = get(ContextKind::InvalidArg);
    let value = get(ContextKind::InvalidValue);
    let mut text = match err.kind() {
        ErrorKind::InvalidValue if value.is_empty() => {
            crate::t!("clap-error-value-missing", arg = arg)
        }
        ErrorKind::InvalidValue => crate::t!(
            "clap-error-value-invalid",
            arg = arg,
            value = value,
            valid = get(ContextKind::ValidValue)
        ),
        ErrorKind::UnknownArgument => crate::t!("clap-error-unknown-argument", arg = arg),
        ErrorKind::InvalidSubcommand => crate::t!(
            "clap-error-unknown-command",
            command = get(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::NoEquals => crate::t!("clap-error-no-equals", arg = arg),
        ErrorKind::ValueValidation => {
            let why = std::error::Error::source(err)
                .map(|e| e.to_string())
                .unwrap_or_default();
            crate::t!(
                "clap-error-value-validation",
                arg = arg,
                value = value,
                why = why
            )
        }
        ErrorKind::TooManyValues => crate::t!("clap-error-too-many", arg = arg, value = value),
        ErrorKind::TooFewValues | ErrorKind::WrongNumberOfValues => {
            crate::t!("clap-error-values-count", arg = arg)
        }
        ErrorKind::ArgumentConflict => crate::t!(
            "clap-error-conflict",
            arg = arg,
            prior = get(ContextKind::PriorArg)
        ),
        ErrorKind::MissingRequiredArgument => crate::t!("clap-error-missing", args = arg),
        ErrorKind::MissingSubcommand => crate::t!(
            "clap-error-missing-command",
            command = get(ContextKind::InvalidSubcommand)
        ),
        ErrorKind::InvalidUtf8 => crate::t!("clap-error-utf8"),
        _ => return None,
    };
    for (kind, id) in [
        (ContextKind::SuggestedArg, "clap-tip-similar-argument"),
        (ContextKind::SuggestedSubcommand, "clap-tip-similar-command"),
        (ContextKind::SuggestedValue, "clap-tip-similar-value"),
    ] {
        let suggested = get(kind);
        if !suggested.is_empty() {
            text.push_str("\n\n  ");
            text.push_str(&crate::i18n::message(
                id,
                &[("suggested", suggested.into())],
            ));
        }
    }
    let usage = get(ContextKind::Usage);
    if !usage.is_empty() {
        text.push_str("\n\n");
        let usage = usage.trim_end();
        let usage = usage.strip_prefix("Usage:").unwrap_or(usage).trim_start();
        text.push_str(&crate::t!("clap-usage", usage = usage));
    }
    text.push_str("\n\n");
    text.push_str(&crate::t!("clap-error-more"));
    Some(text)
}
