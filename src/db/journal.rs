//! The journal's entries as one place to import from: the lookup-and-validation service
//! ([`Index`], in `resolve` and `requests`) and the writes of marks and absences. The code
//! lives in the entity modules; this module only re-exports it for callers.

pub use super::absences::{upsert_absence, Written};
pub use super::marks::{existing_marks, insert_mark, write_time, WorkType, DEFAULT_WORK_TYPE};
pub use super::requests::{AbsenceRequest, MarkRequest, ResolvedAbsence, ResolvedMark};
pub use super::resolve::{group_label, in_span, CourseInfo, Index, Span};
