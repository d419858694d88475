//! Loading a dataset from RON files, with every problem reported as `file:line:column`.

pub mod background;
mod load;
pub mod measurements;
mod source;

pub use crate::ronfile::Problem;
pub use load::{load, load_files, load_measurement};
pub use measurements::measurements;
pub use source::{Source, TableFile, shipped};
