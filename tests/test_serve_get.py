"""`borderkg serve BUILD --get PATH`: one request answered in-process, no port (a complement to test_serve)."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import quote

import pytest
from click.testing import CliRunner

from borderkg.cli import main
from test_serve_support import handmade_build


@pytest.fixture(scope="module")
def build(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return handmade_build(tmp_path_factory.mktemp("get"))


def serve_get(build: Path, path: str, *extra: str):  # type: ignore[no-untyped-def]
    return CliRunner().invoke(main, ["serve", str(build), "--get", path, *extra])


def test_get_a_query(build: Path) -> None:
    result = serve_get(build, "/sparql?query=" + quote("SELECT (COUNT(*) AS ?n) WHERE { ?m a bk:Meeting }"))
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["results"]["bindings"][0]["n"]["value"] == "1"


def test_get_with_accept(build: Path) -> None:
    result = serve_get(build, "/sparql?query=" + quote("SELECT ?t WHERE { ?m a bk:Meeting ; a ?t }"),
                       "--accept", "text/csv")
    assert result.exit_code == 0 and result.stdout.splitlines() == ["t", "https://w3id.org/borderkg/ontology#Meeting"]


def test_get_the_service_description_and_pages(build: Path) -> None:
    assert "sd:Service" in serve_get(build, "/sparql").stdout
    assert "Example queries" in serve_get(build, "/").stdout
    page = serve_get(build, "/id/place/quang-ninh", "--accept", "text/html")
    assert page.exit_code == 0 and "广宁省" in page.stdout


def test_get_errors_exit_1(build: Path) -> None:
    result = serve_get(build, "/sparql?query=SELEC")
    assert result.exit_code == 1 and "QuerySyntaxError" in result.stdout
    assert serve_get(build, "/nowhere").exit_code == 1


def test_missing_build_exits_2(tmp_path: Path) -> None:
    result = serve_get(tmp_path, "/")
    assert result.exit_code == 2 and "no graph at" in result.output


def test_settings_are_checked() -> None:
    result = CliRunner().invoke(main, ["serve", ".", "--port", "70000"])
    assert result.exit_code == 2 and "serve.port 70000 is not valid" in result.output
