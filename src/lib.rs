//! `regie`: a terminal UI that Sinergiek facilitators project in steering meetings on the
//! regie of the social economy in Zuid-West-Vlaanderen.

pub mod app;
pub mod check;
pub mod cli;
pub mod command;
pub mod config;
pub mod dataset;
pub mod demo;
pub mod domain;
pub mod durable;
pub mod export;
pub mod keymap;
pub mod measurement_cli;
pub mod project;
pub mod ronfile;
pub mod run;
pub mod screen;
pub mod terminal;
pub mod ui;
pub mod workbook;
pub mod workspace;
