"""The package as others get it: a wheel installed (not editable) into a fresh venv, run from elsewhere."""
from __future__ import annotations

import os
import subprocess
import sys
import sysconfig
import venv
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


def _run(args: list[str | Path], cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, timeout=900)


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A venv holding the wheel of this checkout; its dependencies come from the test venv (no network)."""
    tmp = tmp_path_factory.mktemp("install")
    built = _run([sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "--no-index",
                  "-q", "-w", tmp / "dist", ROOT], cwd=tmp)
    assert built.returncode == 0, built.stderr
    wheel = next((tmp / "dist").glob("borderkg-*.whl"))
    env_dir = tmp / "venv"
    venv.EnvBuilder(with_pip=False).create(env_dir)
    python = env_dir / "bin" / "python"
    site = Path(_run([python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))"], cwd=tmp).stdout.strip())
    # A path line in a .pth file adds the test venv's packages but not its own .pth files,
    # so the editable install of this checkout stays out of the new venv.
    (site / "test_venv_dependencies.pth").write_text(sysconfig.get_path("purelib") + "\n")
    installed = _run([sys.executable, "-m", "pip", "--python", python, "install", "--no-deps", "--no-index",
                      "-q", wheel], cwd=tmp)
    assert installed.returncode == 0, installed.stderr
    return env_dir


def _clean_env() -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}


@pytest.mark.slow
def test_wheel_imports_the_installed_package(installed: Path, tmp_path: Path) -> None:
    out = _run([installed / "bin" / "python", "-c",
                "import borderkg, borderkg.resources as r, borderkg.serve.examples as e;"
                "print(borderkg.__file__); print(r.data_dir()); print(len(e.load_examples()))"],
               cwd=tmp_path, env=_clean_env())
    assert out.returncode == 0, out.stderr
    module, data, examples = out.stdout.split()
    assert Path(module).is_relative_to(installed) and not Path(module).is_relative_to(ROOT)
    assert Path(data).is_relative_to(installed) and (Path(data) / "ontology" / "borderkg.ttl").is_file()
    assert int(examples) == len(list((ROOT / "queries").glob("*.rq"))) > 0


@pytest.mark.slow
def test_wheel_builds_the_seeds_from_another_folder(installed: Path, tmp_path: Path) -> None:
    out = _run([installed / "bin" / "borderkg", "build", ROOT / "seeds", "--out", tmp_path / "out",
                "--no-progress", "-j", "1"], cwd=tmp_path, env=_clean_env())
    assert out.returncode == 0, out.stdout + out.stderr
    assert "graph conforms" in out.stdout
    assert "Conforms: True" in (tmp_path / "out" / "report.txt").read_text()
