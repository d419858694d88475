//! The HTML report: well-formed, self-contained (no script, no external URL), holding every
//! municipality, every count sentence and the provenance; from the library and the command line.

use std::process::Command;

use jiff::civil::date;
use regie::dataset::{Source, load};
use regie::domain::sentences::sentence;
use regie::domain::{Dataset, Workspace, regional_summary};
use regie::export::report_html::{escape, render};

/// Elements HTML writes without a closing tag.
const VOID: [&str; 6] = ["meta", "br", "hr", "img", "link", "input"];

/// Every tag opened is closed in order (void elements and `<x/>` aside), and every `&`
/// starts an entity: the page parses as it was meant.
fn assert_well_formed(html: &str) {
    let mut open: Vec<String> = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find('<') {
        let text = &rest[..start];
        for (at, _) in text.match_indices('&') {
            let entity = &text[at..];
            assert!(entity.find(';').is_some_and(|end| end < 8), "a bare & in {:?}", &entity[..entity.len().min(20)]);
        }
        let end = rest[start..].find('>').map(|e| start + e).unwrap_or_else(|| panic!("an unclosed <"));
        let tag = &rest[start + 1..end];
        rest = &rest[end + 1..];
        if tag.starts_with('!') || tag.ends_with('/') {
            continue;
        }
        let name: String = tag.trim_start_matches('/').chars().take_while(|c| c.is_ascii_alphanumeric()).collect();
        if let Some(closing) = tag.strip_prefix('/') {
            let expected = open.pop().unwrap_or_else(|| panic!("</{closing}> closes nothing"));
            assert_eq!(expected, name, "</{name}> closes <{expected}>");
        } else if !VOID.contains(&name.as_str()) {
            open.push(name);
        }
    }
    assert!(open.is_empty(), "never closed: {open:?}");
}

fn assert_complete(html: &str, dataset: &Dataset) {
    assert_well_formed(html);
    let lower = html.to_lowercase();
    for forbidden in ["<script", "http", "url(", "src=", "@import", "<link", "<iframe"] {
        assert!(!lower.contains(forbidden), "the page contains {forbidden}");
    }
    for municipality in dataset.municipalities() {
        assert!(html.contains(&escape(&municipality.name)), "{}", municipality.name);
    }
    for line in regional_summary(dataset) {
        let wanted = escape(&sentence(&line));
        assert!(html.contains(&wanted), "missing: {wanted}");
    }
    assert!(html.contains("In 10 van de 13 gemeenten: SE is structureel ingebed in de organisatie."));
    assert!(html.contains("Deze gegevens zijn illustratief"), "the sample says it is illustrative");
    assert!(html.contains("<svg") && html.contains("<circle"), "the quadrant is a figure");
}

#[test]
fn the_report_is_self_contained_and_complete() {
    let dataset = load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"));
    let html = render(&dataset, &Workspace::default(), date(2026, 11, 27), None);
    assert_complete(&html, &dataset);
    assert!(html.contains("Stand van vrijdag 27 november 2026"));
}

#[test]
fn text_from_the_room_is_escaped() {
    let dataset = load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"));
    let mut workspace = Workspace::default();
    workspace.follow_ups.push(std::sync::Arc::new(regie::domain::FollowUp {
        id: 1,
        text: "<script>alert(1)</script> & \"meer\"\u{202E}".into(),
        links: Vec::new(),
        owner: Some(regie::domain::Owner::Tekst("<b>x</b>".into())),
        due: None,
        status: regie::domain::FollowUpStatus::Open,
        meeting: None,
    }));
    let html = render(&dataset, &workspace, date(2026, 11, 27), None);
    assert_complete(&html, &dataset);
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt; &amp; &quot;meer&quot;\u{FFFD}"));
}

#[test]
fn the_command_line_writes_the_report_where_asked() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("rapport.html");
    let output = Command::new(env!("CARGO_BIN_EXE_regie"))
        .args(["export", "report", "--html"])
        .arg(&file)
        .arg("--workspace")
        .arg(dir.path().join("werkmap"))
        .output()
        .unwrap_or_else(|e| panic!("{e}"));
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let html = std::fs::read_to_string(&file).unwrap_or_else(|e| panic!("{e}"));
    let dataset = load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"));
    assert_complete(&html, &dataset);
}
