//! The report's counts as Dutch sentences for the data at hand, as the report of 2010 wrote
//! them: "In 10 van de 13 gemeenten: SE is structureel ingebed in de organisatie."

use super::SummaryLine;

/// One line of the regional summary as a sentence; it says how many municipalities are not
/// yet asked, when there are any.
///
/// ```
/// use regie::domain::SummaryLine;
/// use regie::domain::sentences::sentence;
///
/// let (id, label) = ("1.1.2a".into(), "SE is structureel ingebed".into());
/// let line = SummaryLine { id, label, count: 2, total: 14, report: true, not_yet_asked: 11 };
/// assert_eq!(sentence(&line), "In 2 van de 14 gemeenten: SE is structureel ingebed (11 nog niet bevraagd).");
/// ```
pub fn sentence(line: &SummaryLine) -> String {
    let said = counted(line);
    match line.not_yet_asked {
        0 => said,
        n => format!("{} ({n} {}).", said.trim_end_matches('.'), super::NOT_YET_ASKED),
    }
}

fn counted(line: &SummaryLine) -> String {
    let (n, total) = (line.count, line.total);
    let heeft = if n == 1 { "heeft" } else { "hebben" };
    let is = if n == 1 { "is" } else { "zijn" };
    let kozen = if n == 1 { "koos" } else { "kozen" };
    match line.id.as_str() {
        "klasse.direct" => format!("{n} van de {total} gemeenten {heeft} een eigen LDE-erkenning (direct actor)."),
        "klasse.direct_en_eigen_actor" => {
            format!("{n} van de {total} gemeenten {is} direct actor en {heeft} daarnaast een eigen LDE-actor.")
        }
        "klasse.indirect" => {
            format!("{n} van de {total} gemeenten {heeft} een eigen actor zonder erkenning (indirect actor).")
        }
        "klasse.geen" => format!("{n} van de {total} gemeenten {is} direct noch indirect actor."),
        "klasse.bewust_geen_actor" => format!("{n} van de {total} gemeenten {kozen} bewust om geen actor te zijn."),
        "trekker.beide" => format!("In {n} van de {total} gemeenten trekken gemeente en OCMW samen."),
        "rolverdeling.geformaliseerd" => {
            format!("In {n} van de {total} gemeenten is de taakverdeling gemeente–OCMW geformaliseerd.")
        }
        _ => format!("In {n} van de {total} gemeenten: {}.", line.label),
    }
}
