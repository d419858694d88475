//! What docx-rs 0.4.22 cannot set, written into the package it built: the core properties
//! (`docProps/core.xml`: docx-rs sets only the dates, and writes the author as `unknown`),
//! and the repeated header row of each table (`w:tblHeader`, which its row properties lack).
//! Every other part is copied as it is.

use std::io::{Cursor, Read, Write};

use zip::write::SimpleFileOptions;
use zip::{CompressionMethod, ZipArchive, ZipWriter};

use super::report_html::escape;

/// The core properties of a document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CoreProperties {
    /// The title.
    pub title: String,
    /// The author (and the last to modify it).
    pub author: String,
    /// When it was made, as `2026-11-24T14:03:00Z`.
    pub at: String,
}

/// The package with its core properties set and the first row of every table repeated on
/// each page the table runs over.
pub fn finish(package: &[u8], properties: &CoreProperties) -> Result<Vec<u8>, String> {
    let failed = |e: &dyn std::fmt::Display| format!("DOCX schrijven mislukt: {e}");
    let mut archive = ZipArchive::new(Cursor::new(package)).map_err(|e| failed(&e))?;
    let mut out = ZipWriter::new(Cursor::new(Vec::new()));
    let options = SimpleFileOptions::default().compression_method(CompressionMethod::Deflated);
    for index in 0..archive.len() {
        let mut file = archive.by_index(index).map_err(|e| failed(&e))?;
        let name = file.name().map_err(|e| failed(&e))?.to_string();
        let replaced = match name.as_str() {
            "docProps/core.xml" => Some(core_xml(properties)),
            "word/document.xml" => {
                let mut xml = String::new();
                file.read_to_string(&mut xml).map_err(|e| failed(&e))?;
                Some(repeat_header_rows(&xml))
            }
            _ => None,
        };
        match replaced {
            Some(xml) => {
                out.start_file(name, options).map_err(|e| failed(&e))?;
                out.write_all(xml.as_bytes()).map_err(|e| failed(&e))?;
            }
            None => out.raw_copy_file(file).map_err(|e| failed(&e))?,
        }
    }
    Ok(out.finish().map_err(|e| failed(&e))?.into_inner())
}

/// `docProps/core.xml` with the title, author and dates.
fn core_xml(properties: &CoreProperties) -> String {
    let (title, author, at) = (escape(&properties.title), escape(&properties.author), escape(&properties.at));
    format!(
        r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?><cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"><dc:title>{title}</dc:title><dc:creator>{author}</dc:creator><cp:lastModifiedBy>{author}</cp:lastModifiedBy><dc:language>nl-BE</dc:language><dcterms:created xsi:type="dcterms:W3CDTF">{at}</dcterms:created><dcterms:modified xsi:type="dcterms:W3CDTF">{at}</dcterms:modified><cp:revision>1</cp:revision></cp:coreProperties>"#
    )
}

/// The document with `<w:tblHeader/>` in the row properties of each table's first row (the
/// renderer gives every row properties: rows are kept on one page).
fn repeat_header_rows(xml: &str) -> String {
    let mut out = String::with_capacity(xml.len() + 64);
    let mut rest = xml;
    while let Some(at) = rest.find("<w:tbl>") {
        let (before, table) = rest.split_at(at);
        out.push_str(before);
        match table.find("<w:trPr>") {
            Some(row) => {
                let end = row + "<w:trPr>".len();
                out.push_str(&table[..end]);
                out.push_str("<w:tblHeader />");
                rest = &table[end..];
            }
            None => {
                out.push_str(table);
                rest = "";
            }
        }
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_first_row_of_each_table_is_a_header() {
        let xml = "<w:tbl><w:tr><w:trPr></w:trPr></w:tr><w:tr><w:trPr></w:trPr></w:tr></w:tbl><w:tbl><w:tr><w:trPr>";
        let out = repeat_header_rows(xml);
        assert_eq!(out.matches("<w:tblHeader />").count(), 2, "{out}");
        assert!(
            out.starts_with("<w:tbl><w:tr><w:trPr><w:tblHeader /></w:trPr></w:tr><w:tr><w:trPr></w:trPr>"),
            "{out}"
        );
    }
}
