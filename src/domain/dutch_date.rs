//! Dates written out in Dutch, as a secretary writes them: `donderdag 27 november 2026`.

use jiff::civil::{Date, Weekday};

/// The Dutch name of a weekday.
pub fn weekday_name(weekday: Weekday) -> &'static str {
    match weekday {
        Weekday::Monday => "maandag",
        Weekday::Tuesday => "dinsdag",
        Weekday::Wednesday => "woensdag",
        Weekday::Thursday => "donderdag",
        Weekday::Friday => "vrijdag",
        Weekday::Saturday => "zaterdag",
        Weekday::Sunday => "zondag",
    }
}

/// The Dutch name of a month, 1–12; empty outside that range.
pub fn month_name(month: i8) -> &'static str {
    const MONTHS: [&str; 12] = [
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ];
    usize::try_from(month - 1).ok().and_then(|i| MONTHS.get(i)).copied().unwrap_or("")
}

/// A date without weekday: `27 november 2026`.
pub fn day_month_year(date: Date) -> String {
    format!("{} {} {}", date.day(), month_name(date.month()), date.year())
}

/// A date with weekday: `donderdag 27 november 2026`.
///
/// ```
/// use regie::domain::dutch_date::long_date;
///
/// assert_eq!(long_date(jiff::civil::date(2026, 11, 27)), "vrijdag 27 november 2026");
/// ```
pub fn long_date(date: Date) -> String {
    format!("{} {}", weekday_name(date.weekday()), day_month_year(date))
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn every_month_and_weekday_has_its_dutch_name() {
        assert_eq!(long_date(date(2026, 11, 26)), "donderdag 26 november 2026");
        assert_eq!(long_date(date(2027, 1, 4)), "maandag 4 januari 2027");
        assert_eq!(long_date(date(2026, 3, 1)), "zondag 1 maart 2026");
        assert_eq!(day_month_year(date(2026, 12, 15)), "15 december 2026");
        assert_eq!(month_name(0), "");
        assert_eq!(month_name(13), "");
    }
}
