//! One module per subcommand, each a clap `Args`/`Subcommand` type with `run`. The
//! dispatcher (`crate::dispatch`) opens the journal once and hands it down.

pub mod absence;
pub mod archive;
pub mod audit;
pub mod backup;
pub mod calendar;
pub mod class;
pub mod completions;
pub mod course;
pub mod demo;
mod demo_fill;
mod diary;
pub mod export;
pub mod final_mark;
pub mod import;
pub mod init;
pub mod lesson;
pub mod lock;
pub mod mark;
pub mod permit;
pub mod plan;
pub mod remark;
pub mod report;
pub mod roles;
pub mod settings;
pub mod staff;
pub mod student;
pub mod template;
pub mod timetable;
pub mod verify;

/// A number with exactly `digits` decimals for a message (`t!("…", size = decimal(x, 1))`):
/// Fluent writes it as `4.5` in English and `4,5` in Russian.
pub(crate) fn decimal(x: f64, digits: usize) -> fluent_bundle::types::FluentNumber {
    format!("{x:.digits$}")
        .parse()
        .unwrap_or_else(|_| fluent_bundle::types::FluentNumber::from(x))
}
