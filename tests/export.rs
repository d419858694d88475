//! Minutes (Markdown) and actions (CSV) compared with expected files, from the library and
//! from the command line.
// Harness code outside #[test] functions: a failed set-up stops the run with its reason.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::path::Path;
use std::process::Command;
use std::sync::Arc;

use jiff::civil::date;
use regie::dataset::{Source, load};
use regie::domain::Workspace;
use regie::domain::{
    Besturen, Decision, FindingEdit, FindingFields, FollowUp, FollowUpStatus, Link, Meeting, Owner, Verdict,
    apply_workspace,
};
use regie::export::{Format, Subject, minutes_of};
use regie::workspace::store;

/// The expected file; with `REGIE_UPDATE_EXPECTED=1` it is first overwritten with `actual`
/// (after a deliberate change: review the diff by reading it).
fn expected_as(name: &str, actual: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected").join(name);
    if std::env::var_os("REGIE_UPDATE_EXPECTED").is_some() {
        std::fs::write(&path, actual).expect("expected file written");
    }
    expected(name)
}

fn expected(name: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/expected").join(name);
    let text = std::fs::read_to_string(&path).expect("expected file");
    assert!(!text.is_empty(), "{} is empty", path.display());
    text
}

fn action(
    id: u64,
    text: &str,
    links: Vec<Link>,
    owner: Option<Owner>,
    status: FollowUpStatus,
    meeting: u64,
) -> Arc<FollowUp> {
    Arc::new(FollowUp {
        id,
        text: text.into(),
        links,
        owner,
        due: Some(date(2026, 12, 15)),
        status,
        meeting: Some(meeting),
    })
}

/// Two meetings; the second reviewed two open actions of the first (closed one), changed a
/// finding and a rating, decided once and agreed three actions on two municipalities and an
/// actor.
fn workspace() -> Workspace {
    let meeting = |id, day, title: &str| Meeting {
        id,
        date: date(2026, 11, day),
        title: title.into(),
        attendees: vec!["Schepen Vanhoutte".into(), "OCMW-voorzitter Decock".into()],
        excused: vec!["Burgemeester Desmet".into()],
        ended: true,
        measurement: None,
    };
    let mut workspace = Workspace {
        meetings: vec![meeting(1, 3, "Stuurgroep november"), meeting(2, 24, "Stuurgroep | regie, \"SE\"")],
        ..Workspace::default()
    };
    workspace.follow_ups = vec![
        action(3, "Van de vorige keer", vec![Link::Municipality("menen".into())], None, FollowUpStatus::Open, 1),
        action(7, "Nog open van eerder", vec![Link::Municipality("wervik".into())], None, FollowUpStatus::Open, 1),
        action(
            4,
            "Doelstellingen SE in het meerjarenplan",
            vec![
                Link::Cell { municipality: "kortrijk".into(), component: 2 },
                Link::Cell { municipality: "kuurne".into(), component: 2 },
            ],
            Some(Owner::Beide),
            FollowUpStatus::Bezig,
            2,
        ),
        action(
            5,
            "Rapport naar de actoren, ook \"regionaal\"",
            vec![Link::Finding { municipality: "kortrijk".into(), indicator: "4.1.2c".into() }],
            Some(Owner::Tekst("Dienst welzijn".into())),
            FollowUpStatus::Klaar,
            2,
        ),
        action(
            6,
            "Energiescans uitbreiden",
            vec![Link::Actor("energiesnoeiers".into())],
            Some(Owner::Actor("energiesnoeiers".into())),
            FollowUpStatus::Geschrapt,
            2,
        ),
    ];
    workspace.set_rating(None, "kortrijk", 2, Some((3, "")));
    workspace.current_meeting = Some(2);
    workspace.set_status(3, FollowUpStatus::Klaar);
    workspace.set_rating(None, "kortrijk", 3, Some((2, "de visie is nog niet vastgelegd")));
    let baseline = FindingFields {
        verdict: Verdict::Ja,
        note: "Rapportage formeel verwacht, jaarlijks tot wekelijks.".into(),
        bestuur: Besturen::Beide,
        source: None,
    };
    let fields =
        FindingFields { verdict: Verdict::Nee, note: "Geen rapportage meer sinds 2025.".into(), ..baseline.clone() };
    let edit = FindingEdit {
        municipality: "kortrijk".into(),
        indicator: "2.4.1b".into(),
        original: Besturen::Beide,
        fields,
        meeting: None,
        was: None,
        measurement: None,
    };
    workspace.record_finding(edit, &baseline);
    workspace.decisions.push(Decision {
        id: 8,
        text: "Het rapport gaat naar alle gemeenteraden.".into(),
        meeting: Some(2),
    });
    workspace.current_meeting = None;
    workspace
}

#[test]
fn minutes_and_csv_match_the_expected_files() {
    let workspace = workspace();
    let dataset = load(&Source::Shipped).unwrap();
    let (dataset, _) = apply_workspace(dataset, &workspace);
    let render = |format: Format, meeting| {
        let today = date(2026, 11, 27);
        let bytes = format
            .render(&Subject {
                dataset: &dataset,
                workspace: &workspace,
                meeting,
                today,
                exported: jiff::Timestamp::UNIX_EPOCH,
            })
            .expect("rendered");
        bytes.map(|b| String::from_utf8(b).expect("UTF-8"))
    };
    let minutes = render(Format::MinutesMd, Some(2)).expect("minutes");
    assert_eq!(minutes, expected_as("minutes.md", &minutes));
    let csv = render(Format::FollowUpsCsv, None).expect("csv");
    assert_eq!(csv, expected_as("actions.csv", &csv));
    assert_eq!(render(Format::MinutesMd, Some(99)), None);
}

#[test]
fn the_command_line_writes_the_same() {
    let dir = tempfile::tempdir().unwrap();
    store::save(dir.path(), &workspace()).unwrap();
    let run = |args: &[&str]| {
        let output =
            Command::new(env!("CARGO_BIN_EXE_regie")).args(args).arg("--workspace").arg(dir.path()).output().unwrap();
        assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
        String::from_utf8_lossy(&output.stdout).into_owned()
    };
    assert_eq!(run(&["export", "minutes"]), expected("minutes.md"));
    assert_eq!(run(&["export", "minutes", "--meeting", "2"]), expected("minutes.md"));
    assert_eq!(run(&["export", "actions", "--csv"]), expected("actions.csv"));
}

/// A part of a DOCX (a zip archive) as text.
fn docx_part(bytes: &[u8], name: &str) -> String {
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name(name).expect(name), &mut xml).expect("UTF-8 XML");
    xml
}

/// The texts of the `<w:t>` elements of a DOCX's `word/document.xml`, unescaped, in order.
fn docx_texts(bytes: &[u8]) -> Vec<String> {
    let xml = docx_part(bytes, "word/document.xml");
    let mut texts = Vec::new();
    for piece in xml.split("<w:t").skip(1) {
        let Some((_, rest)) = piece.split_once('>') else { continue };
        let Some((text, _)) = rest.split_once("</w:t>") else { continue };
        let unescaped = text
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&quot;", "\"")
            .replace("&apos;", "'")
            .replace("&#39;", "'")
            .replace("&#34;", "\"")
            .replace("&amp;", "&");
        texts.push(unescaped);
    }
    texts
}

#[test]
fn the_docx_minutes_read_back_with_the_same_text() {
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    let workspace = workspace();
    store::save(dir.path(), &workspace).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("notulen.docx");
    let output = export_to(&["export", "minutes", "--format", "docx", "--out"], &file, dir.path());
    assert_eq!(String::from_utf8_lossy(&output.stdout).trim(), file.display().to_string());
    let bytes = std::fs::read(&file).expect("the DOCX written");
    docx_rs::read_docx(&bytes).unwrap_or_else(|e| panic!("the DOCX does not read back: {e}"));
    let dataset = load(&Source::Shipped).unwrap_or_else(|p| panic!("{p:?}"));
    let (dataset, _) = apply_workspace(dataset, &workspace);
    let today = date(2026, 11, 27);
    let document = minutes_of(&Subject {
        dataset: &dataset,
        workspace: &workspace,
        meeting: Some(2),
        today,
        exported: jiff::Timestamp::UNIX_EPOCH,
    })
    .expect("minutes");
    let texts = docx_texts(&bytes);
    assert_eq!(texts, document.texts());
    for wanted in ["Rapportage door de initiatieven verwacht", "Het rapport gaat naar alle gemeenteraden.", "afgerond"]
    {
        assert!(texts.iter().any(|t| t.contains(wanted)), "{wanted}");
    }
    if let Some(keep) = std::env::var_os("REGIE_KEEP_DOCX") {
        std::fs::copy(&file, keep).expect("kept");
    }
}

/// The minutes a secretary mails as they are: every table has its column widths (the text
/// columns wide, the codes narrow), a header row that repeats on every page and rows that do
/// not split; the footer numbers the pages; the core properties name the meeting, `regie`
/// and the export's time; the excused are listed.
#[test]
fn the_docx_minutes_have_column_widths_repeated_headers_page_numbers_and_properties() {
    let workspace = workspace();
    let dataset = load(&Source::Shipped).unwrap();
    let (dataset, _) = apply_workspace(dataset, &workspace);
    let exported: jiff::Timestamp = "2026-11-24T15:04:05Z".parse().unwrap();
    let subject =
        Subject { dataset: &dataset, workspace: &workspace, meeting: Some(2), today: date(2026, 11, 27), exported };
    let bytes = Format::MinutesDocx.render(&subject).unwrap().expect("a DOCX");
    let xml = docx_part(&bytes, "word/document.xml");
    let tables: Vec<&str> = xml.split("<w:tbl>").skip(1).collect();
    assert_eq!(tables.len(), 7, "tables of the minutes");
    for table in &tables {
        let grid: Vec<usize> =
            table.split("<w:gridCol w:w=\"").skip(1).map(|g| g.split('"').next().unwrap().parse().unwrap()).collect();
        assert!(!grid.is_empty(), "a grid: {table}");
        assert_eq!(grid.iter().sum::<usize>(), 11906 - 2 * 1134, "the width between the margins");
        let first_row = table.split("</w:tr>").next().unwrap();
        assert!(first_row.contains("<w:tblHeader />"), "the header row repeats");
        assert_eq!(table.matches("<w:tblHeader />").count(), 1, "only the header row repeats");
        assert_eq!(table.matches("<w:cantSplit />").count(), table.matches("<w:tr>").count(), "no row splits");
    }
    // The changed findings: the note column is the widest, the verdicts narrower.
    let findings = tables.iter().find(|t| t.contains("Toelichting")).unwrap();
    let grid: Vec<usize> =
        findings.split("<w:gridCol w:w=\"").skip(1).map(|g| g.split('"').next().unwrap().parse().unwrap()).collect();
    assert!(grid[4] > grid[2] && grid[4] > grid[0], "{grid:?}");
    let core = docx_part(&bytes, "docProps/core.xml");
    for wanted in [
        "<dc:title>Stuurgroep | regie, &quot;SE&quot;</dc:title>",
        "<dc:creator>regie</dc:creator>",
        ">2026-11-24T15:04:05Z</dcterms:created>",
        ">2026-11-24T15:04:05Z</dcterms:modified>",
    ] {
        assert!(core.contains(wanted), "{wanted} in {core}");
    }
    let footer = docx_part(&bytes, "word/footer1.xml");
    assert!(footer.contains("PAGE") && footer.contains("NUMPAGES") && footer.contains("Pagina"), "{footer}");
    assert!(docx_texts(&bytes).iter().any(|t| t == "Verontschuldigd: Burgemeester Desmet"));
}

/// `regie ARGS FILE --workspace DIR`, which must succeed.
fn export_to(args: &[&str], file: &Path, workspace: &Path) -> std::process::Output {
    let output = Command::new(env!("CARGO_BIN_EXE_regie"))
        .args(args)
        .arg(file)
        .arg("--workspace")
        .arg(workspace)
        .output()
        .expect("regie runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    output
}

#[test]
fn the_xlsx_reads_back_as_a_table_with_dates_and_words() {
    use calamine::{Data, Xlsx, open_workbook_from_rs};
    let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
    store::save(dir.path(), &workspace()).unwrap_or_else(|e| panic!("{e}"));
    let file = dir.path().join("uit").join("acties.xlsx");
    export_to(&["export", "actions", "--xlsx"], &file, dir.path());
    let bytes = std::fs::read(&file).expect("the XLSX written");
    let mut workbook: Xlsx<_> = open_workbook_from_rs(std::io::Cursor::new(bytes.clone())).expect("an XLSX");
    workbook.load_tables().expect("tables");
    assert_eq!(workbook.table_names(), [&"Table1".to_string()]);
    let table = workbook.table_by_name("Table1").expect("the table");
    assert_eq!(
        table.columns(),
        [
            "Nr.",
            "Actie",
            "Status",
            "Termijn",
            "Eigenaar",
            "Gemeenten",
            "Gekoppeld aan",
            "Vergadering",
            "Datum vergadering"
        ]
    );
    let rows: Vec<&[Data]> = table.data().rows().collect();
    assert_eq!(rows.len(), 5, "one row per action");
    assert_eq!(rows[0][0], Data::Float(3.0));
    assert_eq!(rows[0][2], Data::String("klaar".into()));
    assert!(matches!(&rows[0][3], Data::DateTime(d) if d.as_f64() == 46371.0), "{:?}", rows[0][3]);
    assert!(matches!(&rows[2][8], Data::DateTime(d) if d.as_f64() == 46350.0), "{:?}", rows[2][8]);
    assert_eq!(rows[2][5], Data::String("Kortrijk, Kuurne".into()));
    let mut archive = zip::ZipArchive::new(std::io::Cursor::new(bytes)).expect("a zip archive");
    let mut xml = String::new();
    std::io::Read::read_to_string(&mut archive.by_name("xl/tables/table1.xml").expect("table1.xml"), &mut xml)
        .expect("UTF-8 XML");
    assert!(xml.contains("<autoFilter"), "the table has filters: {xml}");
}
