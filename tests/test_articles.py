import json

import pytest

from tradekg.articles import date_from_text, read_articles, read_file, strip_html
from tradekg.errors import InputError


def test_text_title_and_dateline_date(tmp_path):
    p = tmp_path / "a.txt"
    p.write_text("Talks in Minsk\n\n2024-03-14, Minsk\n\nBelarus met Uzbekistan.")
    (a,) = read_file(p)
    assert (a.doc_id, a.title, a.date) == ("a", "Talks in Minsk", "2024-03-14")


def test_front_matter(tmp_path):
    p = tmp_path / "b.md"
    p.write_text("---\ntitle: Wire story\ndate: 1987-04-03\nsource: wire\n---\nSweden and China trade.")
    (a,) = read_file(p)
    assert (a.title, a.date, a.source) == ("Wire story", "1987-04-03", "wire")
    assert a.text.startswith("Sweden")


def test_jsonl_several_articles(tmp_path):
    p = tmp_path / "c.jsonl"
    p.write_text("\n".join(json.dumps({"id": f"x{i}", "title": "T", "date": "2020-01-01", "text": "Text."}) for i in range(3)))
    assert [a.doc_id for a in read_file(p)] == ["x0", "x1", "x2"]


def test_malformed_jsonl_line_names_file_and_line(tmp_path):
    p = tmp_path / "d.jsonl"
    p.write_text('{"text": "ok"}\n{not json\n')
    with pytest.raises(InputError, match=r"d\.jsonl:2"):
        read_file(p)


def test_html_scripts_removed():
    assert "alert" not in strip_html("<p>Trade</p><script>alert(1)</script>")


@pytest.mark.parametrize("content, problem", [(b"", "empty"), (b"\x00\x01\x02binary", "binary")])
def test_bad_files(tmp_path, content, problem):
    p = tmp_path / "bad.txt"
    p.write_bytes(content)
    with pytest.raises(InputError, match=problem):
        read_file(p)


def test_legacy_encoding_is_read(tmp_path):
    p = tmp_path / "old.txt"
    p.write_bytes("Caf\xe9 talks in Bras\xedlia".encode("latin-1"))
    assert "Brasília" in read_file(p)[0].text


def test_missing_path():
    from pathlib import Path
    with pytest.raises(InputError, match="no such file"):
        list(read_articles([Path("/nonexistent/folder")]))


def test_long_date_line():
    assert date_from_text("Title\n\nWednesday, January 23, 2019\n\nText") == "2019-01-23"
