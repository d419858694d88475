//! Due dates as typed in a meeting: `2026-12-15`, `15/12/2026`, `+2w`, `+3d`, `+1m`,
//! `vandaag`, `morgen`, `vrijdag`.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

const WEEKDAYS: [(&str, Weekday); 7] = [
    ("maandag", Weekday::Monday),
    ("dinsdag", Weekday::Tuesday),
    ("woensdag", Weekday::Wednesday),
    ("donderdag", Weekday::Thursday),
    ("vrijdag", Weekday::Friday),
    ("zaterdag", Weekday::Saturday),
    ("zondag", Weekday::Sunday),
];

/// Parses a due date relative to `today`; empty text is no date. The error says what is
/// accepted.
///
/// ```
/// use jiff::civil::date;
/// use regie::domain::due::parse_due;
///
/// let today = date(2026, 11, 24);
/// assert_eq!(parse_due("+2w", today), Ok(Some(date(2026, 12, 8))));
/// assert_eq!(parse_due("vrijdag", today), Ok(Some(date(2026, 11, 27))));
/// assert!(parse_due("ooit", today).is_err());
/// ```
pub fn parse_due(text: &str, today: Date) -> Result<Option<Date>, String> {
    let text = text.trim().to_lowercase();
    if text.is_empty() {
        return Ok(None);
    }
    let parsed = match text.as_str() {
        "vandaag" => Some(today),
        "morgen" => today.checked_add(1.day()).ok(),
        "overmorgen" => today.checked_add(2.days()).ok(),
        _ => relative(&text, today).or_else(|| weekday(&text, today)).or_else(|| absolute(&text)),
    };
    parsed.map(Some).ok_or_else(|| {
        format!("onbekende datum '{text}': gebruik 2026-12-15, 15/12/2026, +2w, +3d, +1m, morgen of vrijdag")
    })
}

fn relative(text: &str, today: Date) -> Option<Date> {
    let rest = text.strip_prefix('+')?;
    let unit = rest.chars().last()?;
    let count: i64 = rest[..rest.len() - unit.len_utf8()].parse().ok().filter(|n| (0..=520).contains(n))?;
    let span = match unit {
        'd' => count.days(),
        'w' => count.weeks(),
        'm' => count.months(),
        _ => return None,
    };
    today.checked_add(span).ok()
}

fn weekday(text: &str, today: Date) -> Option<Date> {
    let (_, day) = WEEKDAYS.iter().find(|(name, _)| *name == text || (text.len() >= 2 && name.starts_with(text)))?;
    today.nth_weekday(1, *day).ok()
}

fn absolute(text: &str) -> Option<Date> {
    if let Ok(date) = text.parse::<Date>() {
        return Some(date);
    }
    let parts: Vec<&str> = text.split(['/', '-', '.']).collect();
    match parts[..] {
        [day, month, year] => Date::new(year.parse().ok()?, month.parse().ok()?, day.parse().ok()?).ok(),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const TODAY: Date = date(2026, 11, 24);

    #[test]
    fn every_accepted_form_parses() {
        let cases = [
            ("2026-12-15", date(2026, 12, 15)),
            ("15/12/2026", date(2026, 12, 15)),
            ("15.12.2026", date(2026, 12, 15)),
            ("+2w", date(2026, 12, 8)),
            ("+3d", date(2026, 11, 27)),
            ("+1m", date(2026, 12, 24)),
            ("vandaag", TODAY),
            ("Morgen", date(2026, 11, 25)),
            ("vrijdag", date(2026, 11, 27)),
            ("di", date(2026, 12, 1)),
        ];
        for (text, expected) in cases {
            assert_eq!(parse_due(text, TODAY), Ok(Some(expected)), "{text}");
        }
        assert_eq!(parse_due("  ", TODAY), Ok(None));
    }

    #[test]
    fn bad_dates_say_what_is_accepted() {
        for text in ["31/02/2026", "+2x", "volgende week", "+", "2026-13-01", "+99999w"] {
            let error = parse_due(text, TODAY).err().unwrap_or_default();
            assert!(error.contains("onbekende datum") && error.contains("+2w"), "{text}: {error}");
        }
    }
}
