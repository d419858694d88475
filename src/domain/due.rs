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
        _ => relative(&text, today)
            .or_else(|| weekday(&text, today))
            .or_else(|| absolute(&text))
            .or_else(|| day_and_month(&text, today)),
    };
    parsed.map(Some).ok_or_else(|| {
        format!(
            "onbekende datum '{text}': gebruik 2026-12-15, 15/12/2026, 15/3, 15 maart, +2w, +3d, +1m, morgen of vrijdag"
        )
    })
}

fn relative(text: &str, today: Date) -> Option<Date> {
    let rest = text.strip_prefix('+')?.trim();
    // `+2 weken`, `+3 dagen`, `+1 maand` as well as `+2w`.
    let words = [("weken", "w"), ("week", "w"), ("dagen", "d"), ("dag", "d"), ("maanden", "m"), ("maand", "m")];
    let short;
    let rest = match words.iter().find_map(|(word, unit)| rest.strip_suffix(word).map(|n| (n.trim(), unit))) {
        Some((number, unit)) => {
            short = format!("{number}{unit}");
            short.as_str()
        }
        None => rest,
    };
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

/// `15/3` or `15 maart` (a year may follow the month's name): the first such day from
/// today on.
fn day_and_month(text: &str, today: Date) -> Option<Date> {
    let (day, month, year) = match text.split_once(['/', '-', '.']) {
        Some((day, month)) => (day.trim().parse().ok()?, month.trim().parse().ok()?, None),
        None => {
            let mut words = text.split_whitespace();
            let day: i8 = words.next()?.parse().ok()?;
            let name = words.next()?;
            let month = (1..=12).find(|&m| {
                let full = super::dutch_date::month_name(m);
                full == name || (name.len() >= 3 && full.starts_with(name.trim_end_matches('.')))
            })?;
            let year = match words.next() {
                Some(year) => Some(year.parse().ok()?),
                None => None,
            };
            if words.next().is_some() {
                return None;
            }
            (day, month, year)
        }
    };
    if let Some(year) = year {
        return Date::new(year, month, day).ok();
    }
    let this_year = Date::new(today.year(), month, day).ok()?;
    if this_year >= today { Some(this_year) } else { Date::new(today.year() + 1, month, day).ok() }
}

/// Whether a due date lies before today: the form says so before it is saved.
pub fn is_past(due: Date, today: Date) -> bool {
    due < today
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
            ("15/3", date(2027, 3, 15)),
            ("30/11", date(2026, 11, 30)),
            ("15 maart", date(2027, 3, 15)),
            ("15 sept 2028", date(2028, 9, 15)),
            ("1 december", date(2026, 12, 1)),
            ("+2 weken", date(2026, 12, 8)),
            ("+3 dagen", date(2026, 11, 27)),
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
