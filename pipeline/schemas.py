"""JSON Schemas generated from the boundary models, committed under schemas/ (a test
fails when they are out of date)."""

from __future__ import annotations

import json
from pathlib import Path

from .models import DocumentRecord, ReconciledView
from .write import write_atomic

SCHEMAS = {"document.schema.json": DocumentRecord, "reconciled.schema.json": ReconciledView}


def schema_texts() -> dict[str, str]:
    return {name: json.dumps(model.model_json_schema(), ensure_ascii=False, sort_keys=True, indent=2) + "\n"
            for name, model in SCHEMAS.items()}


def write_schemas(folder: Path) -> list[Path]:
    paths = []
    for name, text in schema_texts().items():
        write_atomic(Path(folder) / name, text)
        paths.append(Path(folder) / name)
    return paths
