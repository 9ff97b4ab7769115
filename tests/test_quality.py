"""The evaluation gates of CI: the seed gold (the bar of issue 3 and 4, in
eval_thresholds.json), the 39 real documents of tests/real (the bar of issues 10 and 13)
and the two extra gold sets written for this project (tests/heldout, tests/blind), each
with its thresholds file. A regression in any extractor on any of these 59 documents
fails the build with the metric that fell."""

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from pipeline.cli import app

ROOT = Path(__file__).resolve().parent.parent

SETS = {
    "seeds": (ROOT / "sources", ROOT / "tests" / "gold", ROOT / "eval_thresholds.json"),
    "real": (ROOT / "tests" / "real" / "sources", ROOT / "tests" / "real" / "gold", ROOT / "tests" / "real" / "thresholds.json"),
    "heldout": (ROOT / "tests" / "heldout" / "sources", ROOT / "tests" / "heldout" / "gold", ROOT / "tests" / "heldout" / "thresholds.json"),
    "blind": (ROOT / "tests" / "blind" / "sources", ROOT / "tests" / "blind" / "gold", ROOT / "tests" / "blind" / "thresholds.json"),
}


@pytest.mark.parametrize("name", sorted(SETS))
def test_evaluation_meets_its_thresholds(name, tmp_path):
    sources, gold, thresholds = SETS[name]
    limits = {k: v for k, v in json.loads(thresholds.read_text(encoding="utf-8")).items() if not k.startswith("_")}
    limits_file = tmp_path / "limits.json"
    limits_file.write_text(json.dumps(limits))
    result = CliRunner().invoke(app, ["eval", "--sources", str(sources), "--gold", str(gold),
                                      "--thresholds", str(limits_file), "--json"])
    report = json.loads(result.stdout)
    assert result.exit_code == 0, f"{name}: {report['failures']}"
    assert report["failures"] == []
