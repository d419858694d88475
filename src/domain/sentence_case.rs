//! Capitals read as shouting on a wall: a source's paragraph set in CAPITALS (the Pröpper
//! activities, the report's conclusions per component) is shown in sentence case, its
//! abbreviations (OCMW, SE, …) kept.

use std::borrow::Cow;

/// Abbreviations that stay in capitals when a paragraph is put in sentence case.
const ABBREVIATIONS: [&str; 10] = ["OCMW", "SE", "LDE", "HIVA", "VDAB", "RESOC", "SERR", "WSE", "IGS", "CAW"];

/// Fewer letters than this are a heading or an abbreviation, not a paragraph in capitals.
const PARAGRAPH_LETTERS: usize = 20;

/// The text in sentence case when (nearly) all its letters are capitals, else as it is: every
/// word lowercased but the [`ABBREVIATIONS`], the first letter of each sentence a capital.
///
/// ```
/// use regie::domain::sentence_case::sentence_case;
///
/// assert_eq!(
///     sentence_case("GEMEENTE EN OCMW BEKIJKEN DE ACTOREN LOKAAL. LOKALE ÉN REGIONALE ACTOREN"),
///     "Gemeente en OCMW bekijken de actoren lokaal. Lokale én regionale actoren"
/// );
/// assert_eq!(sentence_case("Het OCMW van Menen"), "Het OCMW van Menen");
/// ```
pub fn sentence_case(text: &str) -> Cow<'_, str> {
    let letters = text.chars().filter(|c| c.is_alphabetic());
    let (all, lower) = letters.fold((0, 0), |(all, lower), c| (all + 1, lower + usize::from(c.is_lowercase())));
    if all < PARAGRAPH_LETTERS || lower * 20 > all {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len());
    let mut sentence_start = true;
    for word in text.split_inclusive(|c: char| !c.is_alphanumeric()) {
        let (letters, rest) = word.split_at(word.find(|c: char| !c.is_alphanumeric()).unwrap_or(word.len()));
        if ABBREVIATIONS.contains(&letters) {
            out.push_str(letters);
        } else if sentence_start {
            let mut chars = letters.chars();
            out.extend(chars.next());
            out.extend(chars.flat_map(char::to_lowercase));
        } else {
            out.extend(letters.chars().flat_map(char::to_lowercase));
        }
        if !letters.is_empty() {
            sentence_start = false;
        }
        if matches!(rest.trim(), "." | "?" | "!") && !is_abbreviated(letters) {
            sentence_start = true;
        }
        out.push_str(rest);
    }
    Cow::Owned(out)
}

/// Whether a word before a full stop is an abbreviation (`VB.`, `T.A.V.`) rather than the
/// end of a sentence.
fn is_abbreviated(word: &str) -> bool {
    word.chars().count() == 1 || ["VB", "BV", "NR", "ZGN", "BIJV", "IVM", "OA"].contains(&word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_in_capitals_reads_as_sentences() {
        let source = "ACTOREN AAN ELKAAR KOPPELEN (VB. DOOR DOELEN TE VERVLECHTEN)";
        assert_eq!(sentence_case(source), "Actoren aan elkaar koppelen (vb. door doelen te vervlechten)");
        let conclusion = "DE BESTUREN NEMEN HIER NOG NIET DE ROL OP. ECHTER, DE DOELSTELLINGEN BLIJVEN ALGEMEEN.";
        assert_eq!(
            sentence_case(conclusion),
            "De besturen nemen hier nog niet de rol op. Echter, de doelstellingen blijven algemeen."
        );
        let quoted = "GEFOCUST OP DE “EIGEN” ACTOREN (HOOFDZAKELIJK IN DE LOKALE DIENSTENECONOMIE) T.A.V. HET GEHEEL";
        assert_eq!(
            sentence_case(quoted),
            "Gefocust op de “eigen” actoren (hoofdzakelijk in de lokale diensteneconomie) t.a.v. het geheel"
        );
    }

    #[test]
    fn ordinary_text_and_short_capitals_stay_as_they_are() {
        for text in ["Verantwoording", "OCMW EN SE", "Een keer per jaar rapporteert het OCMW aan de gemeenteraad."] {
            assert!(matches!(sentence_case(text), Cow::Borrowed(t) if t == text), "{text}");
        }
    }
}
