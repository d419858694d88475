//! Text for HTML: on one line (see [`crate::domain::text::one_line`]), with the characters
//! that HTML gives a meaning escaped.

use crate::domain::text::one_line;

/// Text from data or typing, safe inside an HTML element or a quoted attribute.
///
/// ```
/// use regie::export::report_html::escape;
///
/// assert_eq!(escape("<b>\"A&B\"</b>\n'x'"), "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; &#39;x&#39;");
/// ```
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in one_line(text).chars() {
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
