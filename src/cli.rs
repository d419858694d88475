//! The command line: `regie` opens the meeting screen; `regie check` validates a dataset.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::dataset::Source;

/// Regie van sociale economie: matrix van de gemeenten × 4 componenten, bevindingen en
/// opvolgacties voor stuurgroepen.
#[derive(Debug, Parser)]
#[command(name = "regie", version)]
pub struct Cli {
    /// Dataset-map met RON-bestanden (standaard: de ingebouwde dataset Zuid-West-Vlaanderen).
    #[arg(long, global = true, value_name = "MAP")]
    pub data: Option<PathBuf>,
    /// Werkmap voor vergaderingen, acties en wijzigingen (standaard: de datamap van het platform).
    #[arg(long, global = true, value_name = "MAP")]
    pub workspace: Option<PathBuf>,
    /// Projectmap (van `regie new`): de dataset uit MAP, de werkmap MAP/workspace.
    #[arg(long, global = true, value_name = "MAP", conflicts_with_all = ["data", "workspace"])]
    pub project: Option<PathBuf>,
    /// De meting (id) om te tonen, te controleren, in te lezen of te rapporteren (standaard: de
    /// laatste).
    #[arg(long, global = true, value_name = "ID")]
    pub measurement: Option<String>,
    /// De replica waarvan deze computer de bestanden schrijft in een gedeelde werkmap
    /// (standaard: de vorige keer gegeven naam, anders de naam van de computer).
    #[arg(long, global = true, value_name = "NAAM")]
    pub replica: Option<String>,
    /// Extra keymap over de standaard: een RON-bestand, of `vim`.
    #[arg(long, value_name = "BESTAND")]
    pub keymap: Option<String>,
    /// Wat te doen; zonder opdracht opent het vergaderscherm.
    #[command(subcommand)]
    pub command: Option<Command>,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Controleer een dataset of project en toon het regionaal overzicht (exitcode 2 bij fouten).
    Check {
        /// Dataset- of projectmap (zonder: de ingebouwde dataset); van een project tellen de
        /// wijzigingen in de werkmap mee.
        #[arg(value_name = "MAP")]
        dir: Option<PathBuf>,
        /// Uitvoer als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Maak een nieuw project: vragenlijst, gemeenten, alle antwoorden onbekend, lege werkmap.
    New {
        /// De nieuwe projectmap (mag niet bestaan of moet leeg zijn).
        #[arg(value_name = "MAP")]
        dir: PathBuf,
        /// Gemeenten: "A;B;C" of een bestand met één naam per regel (of anders --from-sample).
        #[arg(long, value_name = "NAMEN|BESTAND", required_unless_present = "from_sample")]
        municipalities: Option<String>,
        /// Begin van de voorbeelddataset Zuid-West-Vlaanderen.
        #[arg(long, conflicts_with = "municipalities")]
        from_sample: bool,
        /// Titel van het project, bv. "Midwest-Vlaanderen" (in de app en het rapport).
        #[arg(long, value_name = "TITEL")]
        title: Option<String>,
    },
    /// Schrijf het invulwerkboek (XLSX) van het project zoals de app het toont; afgedrukt een
    /// vragenlijst (met --gemeente die van één gemeente, voor het gesprek).
    Template {
        /// Het nieuwe werkboek (wordt nooit overschreven).
        #[arg(value_name = "BESTAND")]
        file: PathBuf,
        /// Toon (en druk) alleen de rijen van deze gemeente (naam of id); de andere blijven
        /// erin, weggefilterd.
        #[arg(long, value_name = "GEMEENTE")]
        gemeente: Option<String>,
    },
    /// Lees een ingevuld werkboek in (.xlsx of .ods): alles of niets, als één wijziging in de
    /// werkmap.
    Import {
        /// Het ingevulde werkboek (.xlsx of .ods).
        #[arg(value_name = "BESTAND")]
        file: PathBuf,
    },
    /// Metingen van het project: een nieuwe maken of ze oplijsten.
    Measurement {
        /// Wat te doen.
        #[command(subcommand)]
        what: MeasurementCommand,
    },
    /// Vergelijk twee metingen: niveau per gemeente en component, en elke gewijzigde bevinding.
    Compare {
        /// De vroegere meting (id).
        #[arg(value_name = "VROEGER")]
        before: String,
        /// De latere meting (id).
        #[arg(value_name = "LATER")]
        after: String,
        /// Uitvoer als JSON: `cells` en `findings`.
        #[arg(long)]
        json: bool,
    },
    /// Maak een grote synthetische dataset en werkmap (voor metingen).
    DemoData {
        /// Aantal gemeenten.
        #[arg(long, default_value_t = 300)]
        municipalities: usize,
        /// Indicatoren per component (vier componenten).
        #[arg(long, default_value_t = 50)]
        indicators_per_component: usize,
        /// Aantal opvolgacties in de werkmap.
        #[arg(long, default_value_t = 10_000)]
        actions: usize,
        /// Doelmap: de dataset erin, de werkmap in DOEL/workspace.
        #[arg(long, value_name = "DOEL")]
        out: PathBuf,
    },
    /// Exporteer notulen (Markdown of Word), alle acties (CSV of Excel) of het rapport (HTML).
    Export {
        /// Wat te exporteren.
        #[command(subcommand)]
        what: ExportCommand,
    },
}

/// What `regie measurement` does.
#[derive(Debug, Subcommand)]
pub enum MeasurementCommand {
    /// Een nieuwe meting: een kopie van de laatste zoals de app ze toont (of van --from), of leeg.
    New {
        /// De naam, bv. "Opvolging 2026"; de id volgt eruit (`opvolging-2026`).
        name: String,
        /// Kopieer deze meting (id) in plaats van de laatste.
        #[arg(long, value_name = "ID", conflicts_with = "empty")]
        from: Option<String>,
        /// Begin leeg: alle antwoorden onbekend.
        #[arg(long)]
        empty: bool,
    },
    /// Toon de metingen van het project, oudste eerst.
    List,
}

/// What `regie export` writes.
#[derive(Debug, Subcommand)]
pub enum ExportCommand {
    /// Notulen van een vergadering (standaard: de laatste), in Markdown of als Word-document.
    Minutes {
        /// Nummer van de vergadering (standaard: de laatste).
        #[arg(long, value_name = "NUMMER")]
        meeting: Option<u64>,
        /// Formaat: md (standaard, naar standaarduitvoer) of docx (naar de map Documenten/regie).
        #[arg(long, value_enum, default_value_t = MinutesFormat::Md, value_name = "FORMAAT")]
        format: MinutesFormat,
        /// Schrijf naar dit bestand.
        #[arg(long, value_name = "BESTAND")]
        out: Option<PathBuf>,
    },
    /// Alle acties, als CSV (naar standaarduitvoer) of als Excel-werkmap.
    #[command(group(clap::ArgGroup::new("formaat").required(true).args(["csv", "xlsx"])))]
    Actions {
        /// Als CSV: UTF-8 met BOM, puntkomma tussen de cellen.
        #[arg(long)]
        csv: bool,
        /// Als Excel-werkmap (.xlsx) in dit bestand.
        #[arg(long, value_name = "BESTAND")]
        xlsx: Option<PathBuf>,
    },
    /// Het regionaal rapport als één HTML-pagina (zonder netwerk, af te drukken op A4); met
    /// --measurement van die meting, met --compare ook de veranderingen sinds die meting.
    Report {
        /// Vergelijk met deze meting (id).
        #[arg(long, value_name = "ID")]
        compare: Option<String>,
        /// Schrijf naar dit bestand (zonder: de map Documenten/regie).
        #[arg(long, value_name = "BESTAND")]
        html: Option<PathBuf>,
    },
}

/// The file formats of the minutes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum MinutesFormat {
    /// Markdown.
    Md,
    /// Word (DOCX).
    Docx,
}

/// The help page of every command, in Dutch.
const HELP: &str = "{before-help}{about-with-newline}\nGebruik: {usage}\n\n{all-args}{after-help}";

/// Clap's own words in Dutch: headings, the help and version flags, its error messages.
fn in_dutch(command: clap::Command, parent: &str) -> clap::Command {
    let full = match parent {
        "" => command.get_name().to_string(),
        parent => format!("{parent} {}", command.get_name()),
    };
    let help = clap::Arg::new("hulp")
        .short('h')
        .long("help")
        .action(clap::ArgAction::Help)
        .help("Toon deze hulp")
        .help_heading("Opties")
        .global(true);
    let command = command
        .help_template(HELP)
        .disable_help_flag(true)
        .disable_help_subcommand(true)
        .subcommand_help_heading("Opdrachten")
        .subcommand_value_name("OPDRACHT")
        .mut_args(|arg| {
            let heading = if arg.is_positional() { "Argumenten" } else { "Opties" };
            let arg = arg.help_heading(heading);
            match arg.get_action().takes_values() {
                true => arg.hide_default_value(true).hide_possible_values(true),
                false => arg,
            }
        })
        .arg(help);
    let command = match command.get_version() {
        Some(_) => command.disable_version_flag(true).arg(
            clap::Arg::new("versie")
                .short('V')
                .long("version")
                .action(clap::ArgAction::Version)
                .help("Toon de versie")
                .help_heading("Opties"),
        ),
        None => command,
    };
    let command = command.mut_subcommands(|sub| in_dutch(sub, &full));
    // Clap's usage line, with its `[OPTIONS]` in Dutch.
    let usage = command.clone().bin_name(&full).render_usage().to_string();
    let usage = usage.trim_start_matches("Usage:").trim().replace("[OPTIONS]", "[OPTIES]");
    command.override_usage(usage)
}

/// Clap's English in an error, in Dutch (its phrases; names and values stay as typed).
fn dutch_error(text: &str) -> String {
    const PHRASES: [(&str, &str); 14] = [
        ("error: ", "fout: "),
        ("Usage: ", "Gebruik: "),
        ("For more information, try '--help'.", "Meer uitleg: --help."),
        ("unrecognized subcommand", "onbekende opdracht"),
        ("the following required arguments were not provided:", "deze verplichte argumenten ontbreken:"),
        ("unexpected argument", "onverwacht argument"),
        ("' found", "' gevonden"),
        ("invalid value", "ongeldige waarde"),
        ("' for '", "' voor '"),
        ("[possible values:", "[mogelijke waarden:"),
        ("a value is required for", "er ontbreekt een waarde voor"),
        ("but none was supplied", "maar er is er geen"),
        ("cannot be used with", "gaat niet samen met"),
        ("a similar subcommand exists:", "bedoelt u"),
    ];
    let text = PHRASES.iter().fold(text.to_string(), |text, (english, dutch)| text.replace(english, dutch));
    text.replace("a similar argument exists:", "bedoelt u")
}

/// The command line as typed, with clap's help and errors in Dutch; exits as clap does on
/// `--help`, `--version` and a mistake (code 2).
pub fn parse() -> Cli {
    use clap::{CommandFactory, FromArgMatches};
    let command = in_dutch(Cli::command(), "");
    let parsed = command.try_get_matches().and_then(|matches| Cli::from_arg_matches(&matches));
    parsed.unwrap_or_else(|error| {
        let mut text = error.render().to_string();
        if !text.ends_with('\n') {
            text.push('\n');
        }
        let text = if error.use_stderr() { dutch_error(&text) } else { text };
        if error.use_stderr() {
            eprint!("{text}");
        } else {
            print!("{text}");
        }
        std::process::exit(error.exit_code())
    })
}

impl Cli {
    /// The dataset the options name.
    pub fn source(&self) -> Source {
        source_of(self.data.clone().or_else(|| self.project.clone()))
    }

    /// The workspace directory the options name, else the platform's.
    pub fn workspace_dir(&self) -> Option<PathBuf> {
        let project = self.project.as_deref().map(crate::project::workspace_dir);
        self.workspace.clone().or(project).or_else(crate::workspace::default_dir)
    }
}

/// A directory when one is given, else the shipped dataset.
pub fn source_of(dir: Option<PathBuf>) -> Source {
    dir.map_or(Source::Shipped, Source::Directory)
}
