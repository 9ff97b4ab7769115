"""Stage 6, write: byte-identical JSON, written atomically, with ordinary file permissions."""

from __future__ import annotations

import json
import os
import stat

import pytest

from pipeline.models import ParagraphLanguage
from pipeline.write import dumps, output_path, replace_if_changed, to_json, write_atomic


def test_to_json_is_canonical():
    a = {"name": "Lyonbiopôle", "members": 270, "aliases": ["Lyonbiopole"], "b": {"z": 1, "a": 2}}
    b = {"b": {"a": 2, "z": 1}, "aliases": ["Lyonbiopole"], "members": 270, "name": "Lyonbiopôle"}
    text = to_json(a)
    assert text == to_json(b)  # key order of the input does not matter
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert "Lyonbiopôle" in text  # not \\u00f4
    assert json.loads(text) == a
    assert to_json(ParagraphLanguage(start=0, end=5, language="fr")) == (
        '{\n  "end": 5,\n  "language": "fr",\n  "start": 0\n}\n')


def test_write_atomic_replaces_and_leaves_no_temporary_file(tmp_path):
    path = tmp_path / "out" / "a.txt.json"  # the folder is created
    write_atomic(path, "first\n")
    write_atomic(path, "second ô\n")
    assert path.read_bytes() == "second ô\n".encode("utf-8")
    assert [p.name for p in path.parent.iterdir()] == ["a.txt.json"]


def test_write_atomic_keeps_lf_line_endings(tmp_path):
    path = tmp_path / "a.json"
    write_atomic(path, "a\nb\n")
    assert path.read_bytes() == b"a\nb\n"


def test_failed_write_keeps_the_old_file(tmp_path):
    path = tmp_path / "a.txt.json"
    write_atomic(path, '{"ok": true}\n')
    with pytest.raises(UnicodeEncodeError):
        write_atomic(path, '{"broken": "\ud800"}\n')  # a lone surrogate cannot be written as UTF-8
    assert path.read_text(encoding="utf-8") == '{"ok": true}\n'
    assert [p.name for p in tmp_path.iterdir()] == ["a.txt.json"]


def test_written_file_gets_the_usual_permissions(tmp_path):
    old = os.umask(0o022)
    try:
        path = tmp_path / "a.json"
        write_atomic(path, "{}\n")
        assert stat.S_IMODE(path.stat().st_mode) == 0o644
        os.umask(0o077)
        write_atomic(path, "{}\n")
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
    finally:
        os.umask(old)


def test_output_path(tmp_path):
    assert output_path(tmp_path, "communiqué.md") == tmp_path / "communiqué.md.json"


@pytest.mark.parametrize("value", [
    {"b": [1, 2.5, -0.0, None, True], "a": {"é": "x\u2028\"\\\n\t\u0000"}}, 1e16, 1.5e-05, 1e-4, 0.0001234, 123456789.125,
    12345678901234567.0, "\ud800", 2 ** 70, -(2 ** 63), float("nan"), float("inf"), {"t": "1e5 and 0.00001 in a text"},
    [], {}, [[]], {"z": {}, "a": []}, {"ü": 1, "u": 2, "é": 3, "\U0001f600": 4}, {"text": ": 1e5"}, 0.1 + 0.2])
def test_dumps_writes_what_json_dumps_writes(value):
    """orjson where it gives the same bytes, json.dumps otherwise (exponents, NaN, surrogates)."""
    assert dumps(value) == json.dumps(value, ensure_ascii=False, sort_keys=True, indent=2)


def test_replace_if_changed_keeps_an_equal_file_and_its_mtime(tmp_path):
    path = tmp_path / "view.json"
    assert replace_if_changed(path, lambda out: out.write("{}\n"))
    os.utime(path, ns=(0, 0))
    assert not replace_if_changed(path, lambda out: out.write("{}\n"))
    assert path.stat().st_mtime_ns == 0
    assert replace_if_changed(path, lambda out: out.write('{"a": 1}\n'))
    assert path.read_text(encoding="utf-8") == '{"a": 1}\n'
    with pytest.raises(RuntimeError):
        replace_if_changed(path, lambda out: (out.write("half"), (_ for _ in ()).throw(RuntimeError("boom"))))
    assert path.read_text(encoding="utf-8") == '{"a": 1}\n'  # a failed write leaves the old file
    assert [p.name for p in tmp_path.iterdir()] == ["view.json"]


def test_dumps_takes_the_fast_path_for_ids_and_words_with_digits(monkeypatch):
    """Hex IDs ("rfi_3e5a…") are not numbers in exponent notation:
    orjson's bytes are used (json.dumps is not called); a real exponent falls back."""
    import pipeline.write as w

    calls = []
    monkeypatch.setattr(w.json, "dumps", lambda *a, **k: calls.append(1) or json.JSONEncoder(**{
        key: v for key, v in k.items() if key != "cls"}).encode(*a))
    record = {"id": "rfi_3e5a0e9f1e2d", "record_id": "per_9e1e4e", "text": "le 3ème pôle", "value": 1200.5, "small": 0.25}
    assert dumps(record) == json.JSONEncoder(ensure_ascii=False, sort_keys=True, indent=2).encode(record)
    assert calls == []
    assert dumps({"value": 1e16}) == '{\n  "value": 1e+16\n}' and calls == [1]
