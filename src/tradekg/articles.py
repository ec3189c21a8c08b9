"""Reading documents: plain text, Markdown with front matter, JSONL, HTML.

``read_articles`` turns files and folders into ``Article`` records; a file it cannot read raises
``InputError`` naming the file, and the caller decides whether to go on with the others.
"""
from __future__ import annotations

import html
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .errors import InputError

SUFFIXES = {".txt", ".md", ".text", ".jsonl", ".html", ".htm"}
MAX_BYTES = 50 * 1024 * 1024
LEGACY_ENCODINGS = ("utf-8-sig", "cp1252", "latin-1")


@dataclass(frozen=True)
class Article:
    """One document: its stable id (the file stem), title, text, date and source."""

    doc_id: str
    title: str
    text: str
    date: str = ""
    source: str = ""


def slug(text: str) -> str:
    return re.sub(r"[^A-Za-z0-9._-]+", "-", text).strip("-") or "doc"


def iter_files(paths: list[Path], problems: list[str] | None = None,
               skipped: list[str] | None = None) -> Iterator[Path]:
    """Every readable document under the given files and folders, in a stable order.

    A missing path or a file of another type raises ``InputError``, or, when ``problems`` is
    given, is noted there and the others go on; files of other types inside a folder are noted in
    ``skipped`` (a folder of PDFs says so rather than ingesting nothing in silence).
    """
    def fail(message: str) -> None:
        if problems is None:
            raise InputError(message)
        problems.append(message)
    for path in paths:
        if not path.exists():
            fail(f"{path}: no such file or folder")
        elif path.is_dir():
            for p in sorted(p for p in path.rglob("*") if p.is_file() and not p.name.startswith(".")):
                if p.suffix.lower() in SUFFIXES:
                    yield p
                elif skipped is not None:
                    skipped.append(f"{p}: skipped, not a document type tradekg reads ({' '.join(sorted(SUFFIXES))})")
        elif path.suffix.lower() not in SUFFIXES and path.suffix:
            fail(f"{path}: not a document type tradekg reads ({path.suffix}); give {' '.join(sorted(SUFFIXES))}")
        else:
            yield path


def _decode(path: Path, data: bytes) -> str:
    if b"\x00" in data[:4096]:
        raise InputError(f"{path}: binary file, not text")
    if data.lstrip()[:5] == b"%PDF-":
        raise InputError(f"{path}: a PDF file, not text (convert it to text first, e.g. with pdftotext)")
    for encoding in LEGACY_ENCODINGS:
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise InputError(f"{path}: not text in UTF-8 or a common legacy encoding")


# elements that end a paragraph: their text must not run on into the next ("Japan and Korea SEOUL, ...")
_BLOCK_RE = re.compile(r"(?i)<br\s*/?>|</?(?:p|h\d|li|ul|ol|div|title|head|body|tr|td|th|table|blockquote|"
                       r"section|article|header|footer|figcaption|pre|dd|dt)\b[^>]*>")


def strip_html(text: str) -> str:
    """Plain text of an HTML page, each block (title, heading, paragraph, cell) a paragraph of its own."""
    text = re.sub(r"(?is)<(script|style)\b.*?</\1>", " ", text)
    text = _BLOCK_RE.sub("\n\n", text)
    text = re.sub(r"<[^>]+>", " ", text)
    text = html.unescape(re.sub(r"[ \t]+", " ", text))
    return re.sub(r"\n{3,}", "\n\n", re.sub(r"\n[ \t]+", "\n", text)).strip() + "\n"


def _front_matter(text: str) -> tuple[dict[str, str], str]:
    m = re.match(r"^---\s*\n(.*?)\n---\s*\n", text, re.DOTALL)
    if not m:
        return {}, text
    meta = {}
    for line in m.group(1).splitlines():
        if ":" in line:
            key, value = line.split(":", 1)
            meta[key.strip().lower()] = value.strip().strip("\"'")
    return meta, text[m.end():]


_ISO_DATE = re.compile(r"^\s*((?:19|20)\d\d-\d\d-\d\d)\b")
_LONG_DATE = re.compile(r"^\s*(?:\w+day,\s+)?(January|February|March|April|May|June|July|August|September|October|"
                        r"November|December)\s+(\d{1,2}),\s+((?:19|20)\d\d)\s*$", re.MULTILINE)
# a wire dateline with no year: "SEOUL, May 6 - ", "CAIRO, Sept. 1 (Reuters) - ", "LIMA, Peru, Oct 3
# (AP) — ", "LIMA (Reuters) - ": the place, its country or state, a month and day, the agency
WIRE_DATELINE = re.compile(r"^\s*(?P<place>[A-Z][A-Z .'’-]+?)(?:,\s+(?P<region>[A-Z][a-z]+(?:\s[A-Z][a-z]+)?))?"
                           r"(?:,\s+(?:(?P<month>[A-Z][a-zA-Z]+)\.?\s+(?P<day>\d{1,2})|(?P<day2>\d{1,2})\s+(?P<month2>[A-Z][a-z]+))"
                           r"(?:\s+\([A-Z][\w .&-]{1,30}\))?|\s+\([A-Z][\w .&-]{1,30}\))\s+[-–—]+\s+")


def date_from_text(text: str) -> str:
    """A document date stated near the top ("2021-11-19, Moscow", "Wednesday, January 23, 2019"), or
    a wire dateline's month and day ("SEOUL, May 6 -" gives ``--05-06``: the year is unknown)."""
    from .extract.mentions import MONTHS
    head = "\n".join(text.splitlines()[:10])
    for line in head.splitlines():
        m = _ISO_DATE.match(line)
        if m:
            return m.group(1)
    m = _LONG_DATE.search(head)
    if m:
        return f"{m.group(3)}-{MONTHS[m.group(1).lower()]:02d}-{int(m.group(2)):02d}"
    for line in head.splitlines():
        m = WIRE_DATELINE.match(line)
        month, day = (m.group("month") or m.group("month2") or "", m.group("day") or m.group("day2") or "0") if m else ("", "0")
        if month.lower() in MONTHS and 1 <= int(day) <= 31:
            return f"--{MONTHS[month.lower()]:02d}-{int(day):02d}"
    return ""


def _article(doc_id: str, text: str, meta: dict[str, str], source: str) -> Article:
    text = text.replace("\r\n", "\n")
    title = meta.get("title") or next((line.strip() for line in text.splitlines() if line.strip()), "")
    date = meta.get("date", "") or date_from_text(text)
    return Article(slug(doc_id), title, text, date, meta.get("source", "") or meta.get("url", "") or source)


def read_file(path: Path, errors: list[str] | None = None) -> list[Article]:
    """The articles in one file (a JSONL file holds several).

    A file that cannot be read raises ``InputError``. A malformed line of a JSONL file raises too,
    unless ``errors`` is given: then the line's problem is appended there and the other lines read.
    """
    try:
        size = path.stat().st_size
        if size > MAX_BYTES:
            raise InputError(f"{path}: file too large ({size // 1_000_000} MB; the limit is {MAX_BYTES // 1_000_000} MB)")
        data = path.read_bytes()
    except OSError as exc:
        raise InputError(f"{path}: cannot read ({exc.strerror or exc})") from None
    text = _decode(path, data)
    if not text.strip():
        raise InputError(f"{path}: empty file")
    suffix = path.suffix.lower()
    if suffix == ".jsonl":
        articles = []
        for number, line in enumerate(text.splitlines(), 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                body = record["text"]
                if not isinstance(body, str) or not body.strip():
                    raise ValueError
            except (ValueError, KeyError, TypeError):
                problem = f"{path}:{number}: not a JSON object with a non-empty \"text\" field"
                if errors is None:
                    raise InputError(problem) from None
                errors.append(problem)
                continue
            meta = {k: str(v) for k, v in record.items() if k != "text" and v is not None}
            doc_id = meta.get("id") or f"{path.stem}-{number}"
            articles.append(_article(doc_id, body, meta, str(path)))
        return articles
    if suffix in (".html", ".htm"):
        title = re.search(r"(?is)<title>(.*?)</title>", text)
        body = strip_html(text)
        meta = {"title": html.unescape(title.group(1)).strip()} if title else {}
        return [_article(path.stem, body, meta, str(path))]
    meta, body = _front_matter(text)
    return [_article(path.stem, body, meta, str(path))]


def read_articles(paths: list[Path]) -> Iterator[Article]:
    """Articles from files and folders; stops at the first unreadable file (see ``read_file``)."""
    for path in iter_files(paths):
        yield from read_file(path)
