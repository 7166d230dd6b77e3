"""Builds that never crash on bad input, and survive a full disk and a kill (issue 13's ingest findings)."""
from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Dataset
from rdflib.compare import isomorphic

from borderkg.cli import main
from borderkg.config import Config, ErrorPolicy
from borderkg.errors import InputError, StoreError
from borderkg.ingest import ingest
from borderkg.pipeline import ValidateMode, build
from borderkg.store import read_manifest

ROOT = Path(__file__).resolve().parents[1]
SEEDS = sorted((ROOT / "seeds").glob("*.txt"))
FRENCH = "Le 13 août 2024, une réunion a eu lieu à Mong Cai entre les délégations de Mong Cai et de Dongxing."


def _jsonl(path: Path, *records: dict | str) -> Path:
    path.write_text("".join((r if isinstance(r, str) else json.dumps(r, ensure_ascii=False)) + "\n"
                            for r in records), encoding="utf-8")
    return path


# --- lone surrogates and addresses that are no IRI --------------------------------------------

@pytest.mark.parametrize("field", ["text", "id", "title"])
def test_lone_surrogate_is_an_input_error_naming_file_and_line(tmp_path: Path, field: str) -> None:
    record = {"id": "ok", "text": FRENCH, "title": "titre"}
    record[field] = record[field] + "\ud800"
    # json.dumps writes the surrogate as the escape \\ud800, which json.loads reads back
    path = _jsonl(tmp_path / "f.jsonl", {"id": "first", "text": FRENCH}, json.dumps(record))
    with pytest.raises(InputError, match="lone surrogate") as info:
        list(ingest([path]))
    assert (info.value.path, info.value.line, info.value.value) == (str(path), 2, field)


@pytest.mark.parametrize("url", ["not a url", "https://example.org/a b", "https://ex.org/<x>", "relative/path",
                                 "https://ex.org/\ud800"])
def test_url_that_is_no_iri_is_an_input_error(tmp_path: Path, url: str) -> None:
    path = _jsonl(tmp_path / "f.jsonl", json.dumps({"id": "x", "text": FRENCH, "url": url}))
    with pytest.raises(InputError) as info:
        list(ingest([path]))
    assert (info.value.path, info.value.line) == (str(path), 1)


def test_bad_records_are_skipped_and_the_build_goes_on(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _jsonl(corpus / "f.jsonl", {"id": "good", "text": FRENCH},
           json.dumps({"id": "bad-text", "text": FRENCH + "\udfff"}),
           json.dumps({"id": "bad\ud800id", "text": FRENCH}),
           {"id": "bad-url", "text": FRENCH, "url": "https://ex.org/a b"},
           {"id": "bad-date", "text": FRENCH, "date": "2023-02-30"})
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"), "--on-error", "skip",
                                       "--jobs", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "Traceback" not in result.output
    assert "built 1 documents" in result.output and "skipped 4 (4 bad input)" in result.output
    assert [e.identifier for e in read_manifest(tmp_path / "out").documents] == ["good"]


# --- the same id twice ---------------------------------------------------------------------------

def test_same_id_in_two_files_is_an_error_naming_both(tmp_path: Path) -> None:
    a = _jsonl(tmp_path / "a.jsonl", {"id": "other", "text": FRENCH}, {"id": "same", "text": FRENCH})
    b = _jsonl(tmp_path / "b.jsonl", {"id": "same", "text": FRENCH + " Encore."})
    with pytest.raises(InputError, match="duplicate id 'same'") as info:
        list(ingest([tmp_path]))
    assert (info.value.path, info.value.line) == (str(b), 1)
    assert f'File "{a}", line 2' in str(info.value)


def test_same_id_as_a_text_file_is_an_error(tmp_path: Path) -> None:
    (tmp_path / "same.txt").write_text(FRENCH, encoding="utf-8")
    _jsonl(tmp_path / "z.jsonl", {"id": "same", "text": FRENCH + " Autre."})
    with pytest.raises(InputError, match=f'duplicate id .*File "{tmp_path / "same.txt"}"'):
        list(ingest([tmp_path]))
    skipped: list = []
    docs = list(ingest([tmp_path], config=Config(on_error=ErrorPolicy.SKIP), on_skip=skipped.append))
    assert [d.source_path for d in docs] == [str(tmp_path / "same.txt")]
    assert [s.reason for s in skipped] == ["bad input"]


# --- dates -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("date", ["2023-02-30", "2023-13-01", "0000-01-01", "2023-00", "٢٠٢٣-٠١-٠١", "２０２３",
                                  "2023-1-5", "2023-01-01junk"])
def test_impossible_dates_are_input_errors(tmp_path: Path, date: str) -> None:
    path = _jsonl(tmp_path / "f.jsonl", {"id": "x", "text": FRENCH, "date": date})
    with pytest.raises(InputError, match="date") as info:
        list(ingest([path]))
    assert (info.value.line, info.value.value) == (1, date)


@pytest.mark.parametrize("date, kept", [("2024", "2024"), ("2024-02", "2024-02"), ("2024-02-29", "2024-02-29"),
                                        ("2024-02-29T10:00:00+07:00", "2024-02-29")])
def test_real_dates_are_kept(tmp_path: Path, date: str, kept: str) -> None:
    [doc] = ingest([_jsonl(tmp_path / "f.jsonl", {"id": "x", "text": FRENCH, "date": date})])
    assert doc.date == kept


# --- size limit ----------------------------------------------------------------------------------------

def test_a_document_over_the_size_limit_is_skipped_with_the_reason(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "short.txt").write_text(FRENCH, encoding="utf-8")
    (corpus / "long.txt").write_text(FRENCH * 20, encoding="utf-8")
    skipped: list = []
    docs = list(ingest([corpus], config=Config(max_chars=500), on_skip=skipped.append))
    assert [d.identifier for d in docs] == ["short"]
    [item] = skipped
    assert item.reason == "too long" and "long.txt" in item.message and "max_chars (500" in item.message
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "out"), "--max-chars", "500",
                                       "--jobs", "1", "--no-progress"])
    assert result.exit_code == 0, result.output
    assert "skipped 1 (1 too long)" in result.output


# --- a full disk -------------------------------------------------------------------------------------

@pytest.fixture
def small_disk(tmp_path: Path):
    """A 12 MB tmpfs (root may mount one; elsewhere the test is skipped)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(["mount", "-t", "tmpfs", "-o", "size=12m", "tmpfs", str(mount)], capture_output=True)
    if done.returncode != 0:
        pytest.skip(f"cannot mount a small file system here: {done.stderr.decode().strip()}")
    yield mount
    subprocess.run(["umount", "-l", str(mount)], check=False)


def test_full_disk_is_one_line_removes_partial_output_and_the_next_build_works(tmp_path: Path,
                                                                               small_disk: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for seed in SEEDS[:2]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    out = small_disk / "out"
    first = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--jobs", "1", "--no-progress",
                                      "--validate", "none"])
    assert first.exit_code == 0, first.output
    before = (out / "graph.trig").read_bytes()
    ballast = small_disk / "ballast"
    free = os.statvfs(small_disk).f_bavail * os.statvfs(small_disk).f_frsize
    ballast.write_bytes(b"x" * max(0, free - 60_000))  # room for a few documents' files, not for a graph
    for seed in SEEDS[2:]:
        (corpus / seed.name).write_bytes(seed.read_bytes())
    files_before = sorted(p.relative_to(out) for p in out.rglob("*"))
    result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--jobs", "1", "--no-progress",
                                       "--validate", "none"])
    assert result.exit_code == 2
    assert "Traceback" not in result.output and "No space left on device" in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert (out / "graph.trig").read_bytes() == before
    assert sorted(p.relative_to(out) for p in out.rglob("*")) == files_before, "the failed build's files are removed"
    ballast.unlink()
    again = CliRunner().invoke(main, ["build", str(corpus), "--out", str(out), "--jobs", "1", "--no-progress",
                                      "--validate", "none"])
    assert again.exit_code == 0, again.output
    assert f"built {len(SEEDS)} documents" in again.output


# --- kill -9 ---------------------------------------------------------------------------------------------

_BUILD = """
import sys
from borderkg.pipeline import ValidateMode, build
from borderkg.config import Config
build([sys.argv[1]], out=sys.argv[2], jobs=2, config=Config(chunk_size=1), validate_mode=ValidateMode.NONE)
"""


def _children(pid: int) -> set[int]:
    found = set()
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.add(int(entry.name))
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc").is_dir(), reason="needs /proc to find the worker processes")
def test_kill_9_stops_workers_cleans_up_and_the_rerun_reuses_finished_documents(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i in range(6):
        for seed in SEEDS:
            (corpus / f"{i}-{seed.name}").write_bytes(seed.read_bytes())
    out = tmp_path / "out"
    process = subprocess.Popen([sys.executable, "-c", _BUILD, str(corpus), str(out)])
    deadline = time.monotonic() + 120
    workers: set[int] = set()
    while time.monotonic() < deadline:
        workers |= _children(process.pid)
        if len(list((out / "docs").rglob("*.nt"))) >= 5:
            break
        time.sleep(0.2)
    assert workers, "the build started worker processes"
    process.send_signal(signal.SIGKILL)
    process.wait()
    finished = {p.name.split(".")[0] for p in (out / "docs").rglob("*.nt") if not p.name.startswith("shared")}
    time.sleep(2)
    alive = [pid for pid in workers if Path(f"/proc/{pid}").exists()
             and "Z" not in (Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0])]
    assert not alive, "workers ended with the build"
    assert list(out.glob(".manifest.jsonl.*.tmp")), "the killed build left its temporary manifest"
    summary, _ = build([corpus], out=out, jobs=1, validate_mode=ValidateMode.NONE)
    assert not list(out.glob(".manifest.jsonl.*.tmp")), "stale temporary files are cleaned"
    assert summary.reused >= len(finished) >= 5, "documents finished before the kill are reused"
    clean, _ = build([corpus], out=tmp_path / "clean", jobs=1, validate_mode=ValidateMode.NONE)
    assert summary.documents == clean.documents and summary.triples == clean.triples
    rerun, fresh = _graphs(out), _graphs(tmp_path / "clean")
    assert sorted(rerun) == sorted(fresh)
    assert all(isomorphic(rerun[name], fresh[name]) for name in rerun), "the rerun equals a clean build"


def _graphs(out: Path) -> dict:
    ds = Dataset()
    ds.parse(out / "graph.trig", format="trig")
    return {str(g.identifier): g for g in ds.graphs() if len(g)}
