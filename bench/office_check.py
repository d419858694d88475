#!/usr/bin/env python3
"""Checks on exports converted to PDF by LibreOffice (called by bench/office-check.sh, which CI runs).

  words DOCX PDF            every word of the DOCX's text appears whole in the PDF's text
  header PDF ROW_RE WORD    every page with a line matching ROW_RE also shows the header WORD
  pages PDF MAX             the PDF has at most MAX pages
  sheet-pages PDF SHEET MAX the pages whose page header names SHEET (regie's workbook prints the
                            sheet's name there) are at most MAX, and there is at least one
  same-page PDF WORD...     some page shows every WORD (the question beside the answer columns)
"""
import html
from collections import Counter
import re
import subprocess
import sys
import zipfile


def pdf_pages(pdf):
    text = subprocess.run(["pdftotext", "-layout", pdf, "-"], check=True, capture_output=True, text=True).stdout
    return text.split("\f")


def tokens(text):
    # Words, split also after a hyphen: Writer may break "Spiere-Helkijn" there, which is no cut.
    return [t for w in text.split() for t in re.split(r"(?<=-)", w) if t]


def words(docx, pdf):
    with zipfile.ZipFile(docx) as z:
        xml = z.read("word/document.xml").decode("utf-8")
    texts = [html.unescape(t) for t in re.findall(r"<w:t(?: [^>]*)?>([^<]*)</w:t>", xml)]
    # Each word as often as the DOCX has it: one cut "Gemeent|e" is not hidden by a whole one.
    wanted = Counter(tokens(" ".join(texts)))
    found = Counter(tokens("\n".join(pdf_pages(pdf))))
    cut = sorted(w for w, n in wanted.items() if found[w] < n)
    if cut:
        sys.exit(f"{pdf}: {len(cut)} woorden niet heel in de PDF: {cut[:20]}")
    print(f"{pdf}: alle {sum(wanted.values())} woorden heel")


def header(pdf, row_re, word):
    pages = pdf_pages(pdf)
    with_rows = [n for n, page in enumerate(pages, 1) if re.search(row_re, page, re.M)]
    missing = [n for n in with_rows if word not in pages[n - 1]]
    if not with_rows or missing:
        sys.exit(f"{pdf}: kop '{word}' ontbreekt op pagina's {missing} (tabel op {with_rows})")
    print(f"{pdf}: kop '{word}' op elk van de pagina's {with_rows}")


def page_count(pdf):
    out = subprocess.run(["pdfinfo", pdf], check=True, capture_output=True, text=True).stdout
    return int(re.search(r"^Pages:\s+(\d+)", out, re.M).group(1))


def pages(pdf, most):
    count = page_count(pdf)
    if count > int(most):
        sys.exit(f"{pdf}: {count} pagina's, meer dan {most}")
    print(f"{pdf}: {count} pagina's (hoogstens {most})")


def sheet_pages(pdf, sheet, most):
    # The page header is the first line of the page: project, sheet, measurement.
    first = [next((line for line in page.splitlines() if line.strip()), "") for page in pdf_pages(pdf)]
    count = sum(1 for line in first if re.search(rf"\s{re.escape(sheet)}\s", line))
    if not 0 < count <= int(most):
        sys.exit(f"{pdf}: blad {sheet} op {count} pagina's, verwacht 1 tot {most}")
    print(f"{pdf}: blad {sheet} op {count} pagina's (hoogstens {most}; het hele werkboek {len(first) - 1})")


def same_page(pdf, *wanted):
    pages_ = pdf_pages(pdf)
    if not any(all(w in page for w in wanted) for page in pages_):
        sys.exit(f"{pdf}: geen pagina toont samen {wanted}")
    print(f"{pdf}: {wanted} samen op een pagina")


if __name__ == "__main__":
    check, *args = sys.argv[1:]
    {"words": words, "header": header, "pages": pages, "sheet-pages": sheet_pages, "same-page": same_page}[check](*args)
