"""The committed JSON Schemas are those of the models, and every committed output follows them."""

from __future__ import annotations

import json
from pathlib import Path

import jsonschema
import pytest

from pipeline.schemas import SCHEMAS, schema_texts, write_schemas

REPO = Path(__file__).resolve().parent.parent
SCHEMA_DIR = REPO / "schemas"
OUTPUTS = sorted(p for p in (REPO / "outputs").glob("*.json") if not p.name.startswith("."))  # not the manifest


def validator(name: str) -> jsonschema.protocols.Validator:
    schema = json.loads((SCHEMA_DIR / name).read_text(encoding="utf-8"))
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


@pytest.mark.parametrize("name", sorted(SCHEMAS))
def test_committed_schema_is_up_to_date(name):
    committed = (SCHEMA_DIR / name).read_text(encoding="utf-8")
    assert committed == schema_texts()[name], f"schemas/{name} is out of date: run `cluster-extract schemas`"


def test_no_stray_schema_files():
    assert sorted(p.name for p in SCHEMA_DIR.glob("*.json")) == sorted(SCHEMAS)


def test_write_schemas_writes_the_texts(tmp_path):
    paths = write_schemas(tmp_path)
    assert sorted(p.name for p in paths) == sorted(SCHEMAS)
    for path in paths:
        assert path.read_text(encoding="utf-8") == schema_texts()[path.name]


def test_there_are_outputs_to_check():
    names = [p.name for p in OUTPUTS]
    assert "reconciled.json" in names and len(names) >= 2


@pytest.mark.parametrize("path", OUTPUTS, ids=[p.name for p in OUTPUTS])
def test_output_validates_against_its_schema(path):
    name = "reconciled.schema.json" if path.name == "reconciled.json" else "document.schema.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    errors = sorted(validator(name).iter_errors(data), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{path.name}: {'/'.join(map(str, e.absolute_path))}: {e.message}" for e in errors[:10])
    if name == "document.schema.json":
        assert path.name == f"{data['source']}.json"


def test_schema_rejects_a_broken_document():
    """The document schema is strict enough to catch a malformed output."""
    good = json.loads(next(p for p in OUTPUTS if p.name != "reconciled.json").read_text(encoding="utf-8"))
    check = validator("document.schema.json")
    assert check.is_valid(good)
    assert not check.is_valid({**good, "format": "docx"})
    assert not check.is_valid({**good, "unexpected": 1})
    assert not check.is_valid({k: v for k, v in good.items() if k != "persons"})
