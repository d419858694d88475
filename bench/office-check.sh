#!/usr/bin/env bash
# The files that leave the room, opened where their readers open them: LibreOffice (installed
# when missing) converts the DOCX minutes of a scripted meeting and the sample's workbook for
# one municipality to PDF, and bench/office_check.py checks them: every word of the minutes
# whole in the PDF, the header row on every page of a long table; the questionnaire
# (Bevindingen) of one municipality in at most 4 A4 pages with the question beside the answer
# columns. Usage: bash bench/office-check.sh [OUTDIR]   (default target/office-check)
set -euo pipefail
cd "$(dirname "$0")/.."
out="${1:-target/office-check}"
mkdir -p "$out"
out="$(cd "$out" && pwd)"

loud() { echo "!!!!! OFFICE: $* !!!!!" >&2; }
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    apt-get update -qq >/dev/null 2>&1 || true
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends \
        libreoffice-writer libreoffice-calc poppler-utils python3 >/dev/null 2>&1 || true
fi
if ! command -v soffice >/dev/null 2>&1 || ! command -v pdftotext >/dev/null 2>&1; then
    loud "LibreOffice of poppler-utils is niet te installeren: de exports zijn niet in LibreOffice bekeken"
    exit 1
fi

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
rm -f "$out"/*.pdf "$out"/*.docx "$out"/*.xlsx
regie() { cargo run --locked --quiet --bin regie -- "$@"; }

# A scripted meeting with many actions: the synthetic workspace (50 meetings, 400 actions).
regie demo-data --out "$work/demo" --municipalities 13 --actions 400 >/dev/null
regie --data "$work/demo" --workspace "$work/demo/workspace" export minutes --format docx --out "$out/notulen.docx" >/dev/null
# The sample's questionnaire for one municipality.
regie --workspace "$work/ws" template "$out/deerlijk.xlsx" --gemeente Deerlijk >/dev/null

convert() {
    timeout 300 soffice --headless "-env:UserInstallation=file://$work/profile" \
        --convert-to pdf --outdir "$out" "$1" >/dev/null 2>&1 || true
    [ -s "${1%.*}.pdf" ] || { echo "LibreOffice maakte geen PDF van $1" >&2; exit 1; }
}
convert "$out/notulen.docx"
convert "$out/deerlijk.xlsx"

python3 bench/office_check.py words "$out/notulen.docx" "$out/notulen.pdf"
python3 bench/office_check.py header "$out/notulen.pdf" 'blijft open,' Afgesproken
python3 bench/office_check.py sheet-pages "$out/deerlijk.pdf" Bevindingen 4
python3 bench/office_check.py same-page "$out/deerlijk.pdf" Vraag Bestuur Oordeel Toelichting
echo "office: $out/notulen.pdf, $out/deerlijk.pdf"
