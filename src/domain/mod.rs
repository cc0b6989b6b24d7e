//! The journal's domain types. Russian terms of art are kept and explained where defined.

pub mod calendar;
pub mod class_name;
pub mod date;
pub mod fio;
pub mod journal;
pub mod limits;
pub mod marks;
pub mod roles;
pub mod text;
pub mod window;
pub mod work_types;
