//! The command line: `regie` opens the meeting screen; `regie check` validates a dataset.

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::dataset::Source;

/// Regie van sociale economie: matrix, bevindingen en opvolgacties voor stuurgroepen.
#[derive(Debug, Parser)]
#[command(name = "regie", version, about)]
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
        dir: Option<PathBuf>,
        /// Uitvoer als JSON.
        #[arg(long)]
        json: bool,
    },
    /// Maak een nieuw project: vragenlijst, gemeenten, alle antwoorden onbekend, lege werkmap.
    New {
        /// De nieuwe projectmap (mag niet bestaan of moet leeg zijn).
        dir: PathBuf,
        /// Gemeenten: "A;B;C" of een bestand met één naam per regel.
        #[arg(long, value_name = "NAMEN|BESTAND", required_unless_present = "from_sample")]
        municipalities: Option<String>,
        /// Begin van de voorbeelddataset Zuid-West-Vlaanderen.
        #[arg(long, conflicts_with = "municipalities")]
        from_sample: bool,
    },
    /// Schrijf het invulwerkboek (XLSX) van het project zoals de app het toont.
    Template {
        /// Het nieuwe werkboek (wordt nooit overschreven).
        file: PathBuf,
    },
    /// Lees een ingevuld werkboek in: alles of niets, als één wijziging in de werkmap.
    Import {
        /// Het ingevulde werkboek.
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
        before: String,
        /// De latere meting (id).
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
    /// Exporteer notulen (Markdown) of alle acties (CSV) naar standaarduitvoer.
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
        /// Id van de vergadering.
        #[arg(long)]
        meeting: Option<u64>,
        /// Formaat: md (naar standaarduitvoer) of docx (naar de map Documenten/regie).
        #[arg(long, value_enum, default_value_t = MinutesFormat::Md)]
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
