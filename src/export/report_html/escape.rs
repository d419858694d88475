//! Text for HTML: on one line (see [`crate::domain::text::one_line`]), or with its lines kept
//! as `<br>`, with the characters that HTML gives a meaning escaped.

use crate::domain::text::{lines, one_line};

/// Text from data or typing, safe inside an HTML element or a quoted attribute.
///
/// ```
/// use regie::export::report_html::escape;
///
/// assert_eq!(escape("<b>\"A&B\"</b>\n'x'"), "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &#39;x&#39;");
/// ```
pub fn escape(text: &str) -> String {
    escape_clean(&one_line(text))
}

/// Typed text of several lines (an action), each line break a `<br>`.
///
/// ```
/// use regie::export::report_html::escape_lines;
///
/// assert_eq!(escape_lines("a<\r\nb\x1b"), "a&lt;<br>b\u{FFFD}");
/// ```
pub fn escape_lines(text: &str) -> String {
    escape_clean(&lines(text)).replace('\n', "<br>")
}

fn escape_clean(clean: &str) -> String {
    let mut out = String::with_capacity(clean.len());
    for c in clean.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}
