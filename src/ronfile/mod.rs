//! RON files read from the user: parsing with positions, and problems as `file:line:column`.

mod outline;
mod problem;

pub use outline::Outline;
pub use problem::Problem;

use ron::extensions::Extensions;
use serde::de::DeserializeOwned;

/// Parses a RON text (with `implicit_some`); a syntax or type error becomes a [`Problem`].
pub fn parse<T: DeserializeOwned>(path: &str, text: &str) -> Result<T, Problem> {
    let options = ron::Options::default().with_default_extension(Extensions::IMPLICIT_SOME);
    options.from_str(text).map_err(|error| Problem {
        file: path.to_string(),
        line: error.span.start.line.max(1),
        column: error.span.start.col.max(1),
        message: error.code.to_string(),
    })
}

/// Decodes a file's bytes as UTF-8, or names the position of the first invalid byte.
pub fn decode<'b>(path: &str, bytes: &'b [u8]) -> Result<&'b str, Problem> {
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = bytes.get(..error.valid_up_to()).unwrap_or_default();
        let valid = std::str::from_utf8(valid).unwrap_or_default();
        Problem {
            file: path.to_string(),
            line: valid.matches('\n').count() + 1,
            column: valid.rsplit('\n').next().map_or(0, |l| l.chars().count()) + 1,
            message: "geen geldige UTF-8-tekst".to_string(),
        }
    })
}
