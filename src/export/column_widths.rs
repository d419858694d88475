//! Column widths of a table from its texts, for formats that cannot measure text themselves
//! (the DOCX minutes): each column at least as wide as its longest word, so that no word is
//! cut in the middle, and the room left over given to the columns with the most text. Codes
//! and dates stay narrow, notes and action texts get the width.

/// The widths of the columns of a table, in the unit of `total` (twips), summing to `total`.
/// `em` is the font size and `padding` the space a cell takes beside its text; the header is
/// bold. When even the longest words do not fit, every column shrinks alike.
pub fn column_widths(header: &[String], rows: &[Vec<String>], total: usize, em: usize, padding: usize) -> Vec<usize> {
    let columns = header.len();
    if columns == 0 {
        return Vec::new();
    }
    let body = |c: usize| rows.iter().filter_map(move |row| row.get(c));
    let widest = |texts: &mut dyn Iterator<Item = &str>, bold: bool| texts.map(|t| width(t, bold, em)).max();
    let longest_word = |c: usize| {
        let head = widest(&mut words(&header[c]), true);
        head.max(widest(&mut body(c).flat_map(|t| words(t)), false)).unwrap_or(em)
    };
    // How much text a column holds: its rows' longest line (a header may wrap between words).
    let text = |c: usize| {
        let line = widest(&mut body(c).flat_map(|t| t.split('\n')), false);
        line.unwrap_or_else(|| width(&header[c], true, em))
    };
    let least: Vec<usize> = (0..columns).map(|c| longest_word(c) + padding).collect();
    let wanted: Vec<usize> = (0..columns).map(|c| (text(c) + padding).max(least[c])).collect();
    let (least_sum, wanted_sum): (usize, usize) = (least.iter().sum(), wanted.iter().sum());
    let widths: Vec<usize> = if least_sum >= total {
        least.iter().map(|w| w * total / least_sum).collect()
    } else if wanted_sum <= total {
        wanted.iter().map(|w| w * total / wanted_sum).collect()
    } else {
        let (room, extra) = (total - least_sum, wanted_sum - least_sum);
        least.iter().zip(&wanted).map(|(l, w)| l + (w - l) * room / extra).collect()
    };
    fill(widths, total)
}

/// The words of a text, split also after a hyphen (where a line may break).
fn words(text: &str) -> impl Iterator<Item = &str> {
    text.split_whitespace().flat_map(|word| word.split_inclusive('-'))
}

/// About how wide a text is in a wide sans-serif font (DejaVu Sans, which LibreOffice uses
/// where Calibri is missing; Calibri is narrower), at font size `em`, with 5% to spare.
fn width(text: &str, bold: bool, em: usize) -> usize {
    let thousandths: usize = text
        .chars()
        .map(|c| match c {
            'i' | 'j' | 'l' | '.' | ',' | ':' | ';' | '\'' | '|' | '!' | ' ' => 300,
            'f' | 't' | 'r' | '(' | ')' | '-' | '/' | 'I' | 'J' => 420,
            'm' | 'w' => 950,
            'M' | 'W' | '—' => 1000,
            c if c.is_uppercase() => 760,
            _ => 640,
        })
        .sum();
    let bold = if bold { 112 } else { 100 };
    thousandths * bold * em * 105 / (1000 * 100 * 100)
}

/// Gives the rounding's remainder to the widest column, so the widths sum to `total`.
fn fill(mut widths: Vec<usize>, total: usize) -> Vec<usize> {
    let sum: usize = widths.iter().sum();
    if let Some(widest) = widths.iter_mut().max_by_key(|w| **w) {
        *widest = (*widest + total).saturating_sub(sum);
    }
    widths
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| (*t).to_string()).collect()
    }

    #[test]
    fn a_note_column_is_wide_and_a_code_column_narrow_but_holds_its_longest_word() {
        let header = strings(&["Gemeente", "Nu", "Toelichting"]);
        let note = "Geen rapportage meer sinds 2025, ook niet aan de gemeenteraad of het vast bureau.";
        let rows = vec![strings(&["Spiere-Helkijn", "ja", note])];
        let widths = column_widths(&header, &rows, 10_000, 180, 200);
        assert_eq!(widths.iter().sum::<usize>(), 10_000);
        assert!(widths[2] > widths[0] && widths[0] > widths[1], "{widths:?}");
        assert!(widths[0] >= width("Gemeente", true, 180) + 200, "the bold header fits whole: {widths:?}");
        assert!(widths[1] >= width("Nu", true, 180) + 200, "{widths:?}");
    }

    #[test]
    fn short_tables_share_the_width_by_their_text() {
        let widths = column_widths(&strings(&["A", "BBBB"]), &[], 1_000, 100, 0);
        assert_eq!(widths.iter().sum::<usize>(), 1_000);
        assert!(widths[1] > 3 * widths[0] && widths[0] > 0, "{widths:?}");
    }
}
