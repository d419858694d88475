//! A problem in a dataset file, reported as `file:line:column: message`.

use std::fmt;

use crate::domain::text::one_line;

/// One problem with its position in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// The file as the user named it (or `data/…` for the shipped dataset).
    pub file: String,
    /// 1-based line.
    pub line: usize,
    /// 1-based column, in characters.
    pub column: usize,
    /// What is wrong.
    pub message: String,
}

impl Problem {
    /// A problem with the file as a whole, reported at its first position.
    pub fn whole_file(file: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem { file: file.into(), line: 1, column: 1, message: message.into() }
    }
}

impl Problem {
    /// A problem with what was typed on the command line, not with a file: shown as its
    /// message alone (an unknown measurement can be named by any argument).
    pub fn typed(message: impl Into<String>) -> Problem {
        Problem { file: String::new(), line: 0, column: 0, message: message.into() }
    }
}

/// Shown as `file:line:column: message` (a typed problem as its message), on one line with control characters and
/// bidirectional controls neutralised: file names and messages quote user data.
impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if self.file.is_empty() && self.line == 0 {
            return write!(f, "{}", one_line(&self.message));
        }
        write!(f, "{}:{}:{}: {}", one_line(&self.file), self.line, self.column, one_line(&self.message))
    }
}
