"""Bad RDF in the data (ontology, lexicon, shapes) or a build: one line naming file, line and column, exit 2."""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from click.testing import CliRunner

import borderkg.resources
from borderkg.cli import main
from borderkg.errors import InputError, ResourceError, ShapeLoadError
from borderkg.export import load_build
from borderkg.resources import load_resources
from borderkg.validate import load_shapes

ROOT = Path(__file__).resolve().parents[1]
SEED = ROOT / "seeds" / "000_c2ab8260bbe1cb94.txt"
BAD = "<urn:x:broken> <urn:x:p> <urn:x:o> ,, .\n"
"""A statement whose error is at its second comma: column 37."""


@pytest.fixture()
def data(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A copy of ontology/ and shapes/ that the code under test reads as the installed data."""
    root = tmp_path / "data"
    shutil.copytree(ROOT / "ontology", root / "ontology")
    shutil.copytree(ROOT / "shapes", root / "shapes")
    monkeypatch.setattr(borderkg.resources, "data_dir", lambda: root)
    return root


def _break(path: Path) -> int:
    """Insert the bad statement after the prefixes; its line number."""
    lines = path.read_text(encoding="utf-8").splitlines(keepends=True)
    at = max(i for i, line in enumerate(lines) if line.startswith("@prefix")) + 1
    lines.insert(at, BAD)
    path.write_text("".join(lines), encoding="utf-8")
    return at + 1


@pytest.mark.parametrize("name", ["ontology/borderkg.ttl", "ontology/concepts.ttl", "ontology/lexicon/people.ttl",
                                  "ontology/lexicon/places-vietnam.ttl"])
def test_resource_error_names_file_line_and_column(data: Path, name: str) -> None:
    line = _break(data / name)
    with pytest.raises(ResourceError) as err:
        load_resources(data)
    assert str(err.value).startswith(f'File "{data / name}", line {line}, col 37: Turtle syntax error')


def test_shapes_error_names_file_line_and_column(data: Path) -> None:
    path = sorted((data / "shapes").glob("*.ttl"))[0]
    line = _break(path)
    with pytest.raises(ShapeLoadError, match=rf'line {line}, col 37: Turtle syntax error'):
        load_shapes(load_resources(data))


@pytest.mark.parametrize("name", ["ontology/lexicon/people.ttl", "shapes"])
def test_build_exits_2_with_one_line(data: Path, tmp_path: Path, name: str) -> None:
    path = data / name if name != "shapes" else sorted((data / "shapes").glob("*.ttl"))[0]
    line = _break(path)
    result = CliRunner().invoke(main, ["build", str(SEED), "--out", str(tmp_path / "out"), "-j", "1",
                                       "--no-progress"])
    assert result.exit_code == 2, result.output
    assert result.output.strip() == (f'borderkg: error: File "{path}", line {line}, col 37: Turtle syntax error: '
                                     ", is not a valid RDF object")


def test_link_export_unlinked_exits_2_on_a_bad_lexicon(data: Path, tmp_path: Path) -> None:
    line = _break(data / "ontology" / "lexicon" / "people.ttl")
    result = CliRunner().invoke(main, ["link", "export-unlinked", "--out", str(tmp_path / "unlinked.csv")])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"people.ttl\", line {line}, col 37" in result.output


def test_events_export_ontology_error_is_a_resource_error(data: Path) -> None:
    """The events table reads the installed ontology when a build does not carry it."""
    from borderkg.export.events import ontology_graph

    line = _break(data / "ontology" / "borderkg.ttl")
    with pytest.raises(ResourceError, match=rf'borderkg.ttl", line {line}, col 37: Turtle syntax error'):
        ontology_graph()


def test_bad_build_graph_names_line_and_column(tmp_path: Path) -> None:
    (tmp_path / "graph.trig").write_text("@prefix bk: <https://w3id.org/borderkg/ontology#> .\n"
                                         "<urn:g> { bk:a bk:b bk:c .\n  bk:a bk:b ,, . }\n", encoding="utf-8")
    with pytest.raises(InputError, match=r'graph.trig", line 3, col 13: TriG syntax error'):
        load_build(tmp_path)
