//! The words of the workbook's cells: verdicts, besturen, yes and no.

use crate::domain::{Besturen, Verdict};

/// The verdicts a cell of `Oordeel` may hold (empty is onbekend).
pub const VERDICTS: [&str; 4] = ["ja", "deels", "nee", "onbekend"];
/// The besturen a cell of `Bestuur` may hold.
pub const BESTUREN: [&str; 3] = ["gemeente", "ocmw", "beide"];

/// The verdict a cell says; empty is onbekend.
pub fn verdict(cell: &str) -> Option<Verdict> {
    match cell.trim().to_lowercase().as_str() {
        "ja" => Some(Verdict::Ja),
        "deels" => Some(Verdict::Deels),
        "nee" => Some(Verdict::Nee),
        "onbekend" | "" => Some(Verdict::Onbekend),
        _ => None,
    }
}

/// The word of a bestuur in the workbook.
pub fn besturen_word(besturen: Besturen) -> &'static str {
    besturen.word()
}

/// The bestuur a cell says (also the codes G, O and G+O); `None` for anything else.
pub fn besturen(cell: &str) -> Option<Besturen> {
    Besturen::parse(cell)
}

/// Yes or no as a cell says it (empty is no); `None` for anything else.
pub fn yes_no_cell(cell: &str) -> Option<bool> {
    match cell.trim().to_lowercase().as_str() {
        "ja" => Some(true),
        "nee" | "" => Some(false),
        _ => None,
    }
}

/// Yes or no as written.
pub fn yes_no(value: bool) -> &'static str {
    if value { "ja" } else { "nee" }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_written_word_reads_back() {
        for word in VERDICTS {
            assert_eq!(verdict(word).map(Verdict::label), Some(word));
        }
        for word in BESTUREN {
            assert_eq!(besturen(word).map(besturen_word), Some(word));
        }
        assert_eq!(verdict(" JA "), Some(Verdict::Ja));
        assert_eq!(verdict(""), Some(Verdict::Onbekend));
        assert_eq!(verdict("jaa"), None);
    }
}
