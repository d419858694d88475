//! Damage to a workspace directory, found when it is read. Changes that cannot all be
//! accounted for (a snapshot gone, a gap in the change numbers) are refused, naming what to
//! restore, with every file left as it is. Damage that still loads (a last journal line cut
//! short, a journal gone) is reported; the session that writes keeps the evidence first.

use std::fs::{self, OpenOptions};
use std::io::{self, Write};
use std::path::{MAIN_SEPARATOR, Path};

use crate::durable;
use crate::ronfile::Problem;

use super::journal::{self, Entry, Journal};
use super::store::{self, BACKUP_DIR};

/// Damage that loads without losing a change, to be reported.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Damage {
    /// The journal's last line was cut short (a write that never finished) and is skipped.
    TornLine {
        /// Its line number.
        line: usize,
        /// The change number it would have had.
        seq: u64,
    },
    /// There is no journal beside the snapshot, which holds the changes up to `seq`.
    MissingJournal {
        /// The snapshot's last change number.
        seq: u64,
    },
}

/// How many copies of damaged journals with the same change number are kept.
const COPIES: u32 = 100;

/// How to set the journal aside, said in messages.
/// The console command that sets the journal aside, as the platform's shell writes it.
const SET_ASIDE: &str = if cfg!(windows) {
    "move workspace.journal workspace.journal.apart"
} else {
    "mv workspace.journal workspace.journal.apart"
};

/// The console command that puts a backup back as the snapshot (`copy` in cmd and PowerShell).
fn copy_back(backup: &Backup) -> String {
    let copy = if cfg!(windows) { "copy" } else { "cp" };
    format!("{copy} {} {}", backup.file, store::FILE)
}

/// The damage that loads, in a directory whose snapshot holds the changes up to `base`
/// (`None`: no snapshot) and whose journal is `journal`.
pub fn found(base: Option<u64>, journal: Option<&Journal>) -> Vec<Damage> {
    match (base, journal) {
        (Some(seq), None) => vec![Damage::MissingJournal { seq }],
        (_, Some(journal)) => {
            let last = journal.entries.last().map_or(base.unwrap_or(0), |e| e.delta.seq);
            journal.torn.map(|line| Damage::TornLine { line, seq: last.saturating_add(1) }).into_iter().collect()
        }
        (None, None) => Vec::new(),
    }
}

/// Refuses a directory whose saved changes cannot all be accounted for: a journal or
/// backups without the snapshot, a journal that starts after the snapshot's last change,
/// change numbers that skip or repeat.
pub fn check_sequence(dir: &Path, base: Option<u64>, journal: Option<&Journal>) -> Result<(), Problem> {
    let Some(base) = base else {
        return snapshot_missing(dir, journal);
    };
    let entries = journal.map_or(&[][..], |j| &j.entries[..]);
    if let Some(first) = entries.first().filter(|first| first.delta.seq > base.saturating_add(1)) {
        return Err(gap_after_snapshot(dir, base, first, entries));
    }
    for pair in entries.windows(2) {
        if let [before, after] = pair
            && after.delta.seq != before.delta.seq.saturating_add(1)
        {
            return Err(out_of_order(dir, base, before, after));
        }
    }
    Ok(())
}

/// A backup: its file (as `backups/…`) and the last change it holds, if it reads.
struct Backup {
    file: String,
    seq: Option<u64>,
}

/// The backups, newest first.
fn backups(dir: &Path) -> Vec<Backup> {
    let backups = dir.join(BACKUP_DIR);
    let numbers = store::backup_numbers(&backups).unwrap_or_default();
    let backup = |n: &u64| {
        let name = store::backup_name(*n);
        let seq = store::read_snapshot(&backups.join(&name)).ok().flatten().map(|s| s.workspace.seq);
        Backup { file: format!("{BACKUP_DIR}{MAIN_SEPARATOR}{name}"), seq }
    };
    numbers.iter().rev().map(backup).collect()
}

/// Refuses a journal or backups without the snapshot; a directory with neither is new.
fn snapshot_missing(dir: &Path, journal: Option<&Journal>) -> Result<(), Problem> {
    let backups = backups(dir);
    let Some(journal) = journal else {
        let Some(newest) = backups.first() else {
            return Ok(());
        };
        let message = format!(
            "ontbreekt, maar {BACKUP_DIR}{MAIN_SEPARATOR} houdt eerdere versies; zet de nieuwste terug in de \
             werkmap: {}",
            copy_back(newest)
        );
        return Err(Problem::whole_file(store::file(dir).display().to_string(), message));
    };
    let first = journal.entries.first().map(|e| e.delta.seq);
    let what = first.map_or_else(|| "staat er nog".to_string(), |seq| format!("begint bij wijziging {seq}"));
    let lost = format!(
        "{} ontbreekt, maar het journaal {what}: wat daarvoor bewaard was, stond in {}",
        store::FILE,
        store::FILE
    );
    let message = format!("{lost}. {}", restore_advice(&backups, first));
    Err(Problem::whole_file(journal::file(dir).display().to_string(), message))
}

/// What to restore so that the journal, starting at change `first`, follows on: a backup
/// that holds the changes before it, else the newest and what is then still missing.
fn restore_advice(backups: &[Backup], first: Option<u64>) -> String {
    let fits = |b: &&Backup| first.is_some_and(|first| b.seq.is_some_and(|seq| seq.saturating_add(1) >= first));
    if let Some(backup) = backups.iter().find(fits) {
        return format!("Zet de momentopname terug die erbij hoort, in de werkmap: {}", copy_back(backup));
    }
    let Some(newest) = backups.first() else {
        return format!(
            "Er is geen reservekopie in {BACKUP_DIR}{MAIN_SEPARATOR}: zet {} terug uit een eigen kopie, of zet het journaal \
             opzij om met een lege werkmap te beginnen: {SET_ASIDE}",
            store::FILE
        );
    };
    let upto = newest.seq.map_or_else(|| "een onbekende wijziging".to_string(), |seq| format!("wijziging {seq}"));
    let gap = first.map_or_else(String::new, |first| format!(" en vóór wijziging {first}"));
    format!(
        "De nieuwste reservekopie, {}, gaat maar tot {upto}: wat daarna{gap} bewaard werd, staat nergens meer. \
         Om daarmee verder te gaan, in de werkmap: {} en {SET_ASIDE}",
        newest.file,
        copy_back(newest)
    )
}

/// The journal starts after the change that follows the snapshot's last.
fn gap_after_snapshot(dir: &Path, base: u64, first: &Entry, entries: &[Entry]) -> Problem {
    let start = first.delta.seq;
    let last = entries.last().map_or(start, |e| e.delta.seq);
    let advice = match backups(dir).iter().find(|b| b.seq.is_some_and(|seq| seq.saturating_add(1) >= start)) {
        Some(backup) => {
            format!("Zet de momentopname terug die erbij hoort, in de werkmap: {}", copy_back(backup))
        }
        None => format!(
            "{} is ouder dan het journaal: zet de momentopname terug die erbij hoort, of zet het journaal opzij \
             om te openen zonder wijzigingen {start} tot {last}: {SET_ASIDE}",
            store::FILE
        ),
    };
    let message = format!(
        "het journaal begint bij wijziging {start}, terwijl {} maar tot wijziging {base} gaat: \
         wijzigingen {} tot {} ontbreken. {advice}",
        store::FILE,
        base.saturating_add(1),
        start - 1
    );
    at_line(dir, first.line, message)
}

/// A journal line whose number does not follow the line before.
fn out_of_order(dir: &Path, base: u64, before: &Entry, after: &Entry) -> Problem {
    let message = format!(
        "wijziging {} volgt op wijziging {}: er ontbreken wijzigingen of ze staan niet in volgorde. \
         Zet het journaal opzij om te openen met {} alleen (tot wijziging {base}): {SET_ASIDE}",
        after.delta.seq,
        before.delta.seq,
        store::FILE
    );
    at_line(dir, after.line, message)
}

/// A problem at the start of a journal line.
fn at_line(dir: &Path, line: usize, message: impl Into<String>) -> Problem {
    Problem { line, ..Problem::whole_file(journal::file(dir).display().to_string(), message) }
}

impl Damage {
    /// The warning, with nothing changed on disk (the commands, a read-only session).
    pub fn warning(&self, dir: &Path) -> Problem {
        match *self {
            Damage::TornLine { line, .. } => at_line(
                dir,
                line,
                "onvolledige laatste regel (een afgebroken schrijfactie) overgeslagen; het journaal is niet gewijzigd",
            ),
            Damage::MissingJournal { seq } => at_line(dir, 1, missing(seq)),
        }
    }

    /// Keeps the evidence and makes the journal safe to append to, then gives the warning
    /// saying so; for the session that holds the workspace lock. A journal with a torn line
    /// is copied as it was to `workspace.journal.beschadigd-<seq>` (never over another file)
    /// and then cut back to its complete lines; a missing journal is created empty. When
    /// that fails the journal is as it was, and the problem says so.
    pub fn secure(&self, dir: &Path) -> Result<Problem, Problem> {
        match *self {
            Damage::TornLine { line, seq } => match keep_copy(dir, seq).and_then(|copy| cut_torn(dir).map(|()| copy)) {
                Ok(copy) => {
                    Ok(at_line(dir, line, format!("onvolledige laatste regel overgeslagen; origineel: {copy}")))
                }
                Err(error) => {
                    let message = format!(
                        "onvolledige laatste regel; bewaren lukte niet ({error}), het journaal is niet gewijzigd"
                    );
                    Err(at_line(dir, line, message))
                }
            },
            Damage::MissingJournal { seq } => match create_empty(dir) {
                Ok(()) => Ok(at_line(dir, 1, format!("{}; nieuw leeg journaal aangelegd", missing(seq)))),
                Err(error) => Err(at_line(dir, 1, format!("{}; aanleggen lukte niet ({error})", missing(seq)))),
            },
        }
    }
}

/// What a missing journal means, for a snapshot holding the changes up to `seq`.
fn missing(seq: u64) -> String {
    format!(
        "ontbreekt naast {} (geladen tot en met wijziging {seq}); latere wijzigingen, als die er waren, zijn \
         niet terug te halen",
        store::FILE
    )
}

/// Copies the journal as it is to a file of its own; returns that file's name. A copy
/// left by an earlier attempt with the same bytes is kept; another file is never written over.
fn keep_copy(dir: &Path, seq: u64) -> io::Result<String> {
    let original = fs::read(journal::file(dir))?;
    for n in 1..=COPIES {
        let suffix = if n == 1 { String::new() } else { format!("-{n}") };
        let name = format!("{}.beschadigd-{seq}{suffix}", journal::FILE);
        let path = dir.join(&name);
        match OpenOptions::new().write(true).create_new(true).open(&path) {
            Ok(mut copy) => {
                copy.write_all(&original)?;
                copy.sync_all()?;
                durable::settle_dir(&path)?;
                return Ok(name);
            }
            Err(error) if error.kind() == io::ErrorKind::AlreadyExists => {
                if fs::read(&path)? == original {
                    return Ok(name);
                }
            }
            Err(error) => return Err(error),
        }
    }
    Err(io::Error::other(format!("al {COPIES} kopieën van beschadigde journalen")))
}

/// Cuts the journal back to its complete lines, so that the next change starts a line.
fn cut_torn(dir: &Path) -> io::Result<()> {
    let path = journal::file(dir);
    let bytes = fs::read(&path)?;
    let complete = bytes.iter().rposition(|&b| b == b'\n').map_or(0, |at| at + 1);
    let file = OpenOptions::new().write(true).open(&path)?;
    file.set_len(complete as u64)?;
    file.sync_all()
}

/// Creates the journal empty when it is missing; never empties one that is there.
fn create_empty(dir: &Path) -> io::Result<()> {
    let path = journal::file(dir);
    OpenOptions::new().append(true).create(true).open(&path)?.sync_all()?;
    durable::settle_dir(&path)
}
