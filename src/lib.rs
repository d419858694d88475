//! `regie`: a terminal UI that Sinergiek facilitators project in steering meetings on the
//! regie of the social economy in Zuid-West-Vlaanderen.

#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod app;
pub mod check;
pub mod cli;
pub mod config;
pub mod dataset;
pub mod demo;
pub mod domain;
pub mod export;
pub mod gap_bridging;
pub mod keymap;
pub mod ronfile;
pub mod run;
pub mod signals;
pub mod tui;
pub mod ui;
pub mod workspace;
