"""`--scheduler`: the per-document work on a real dask.distributed cluster (two worker processes on
loopback) gives a graph isomorphic to the local build."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from borderkg.cli import main
from test_incremental import _assert_same, _corpus

distributed = pytest.importorskip("distributed")


@pytest.mark.slow
def test_local_cluster_build_is_isomorphic_to_local_build(tmp_path: Path) -> None:
    corpus = _corpus(tmp_path / "corpus")
    local = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "local"), "--jobs", "1"])
    assert local.exit_code == 0, local.output
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0") as cluster:  # a free port: another run may hold 8787
        result = CliRunner().invoke(main, ["build", str(corpus), "--out", str(tmp_path / "dask"),
                                           "--scheduler", cluster.scheduler_address, "--chunk-size", "1"])
        assert result.exit_code == 0, result.output
        with distributed.Client(cluster.scheduler_address) as client:
            ran = client.run(lambda: __import__("borderkg.pipeline").pipeline._WORKERS.__len__())
        assert len(ran) == 2 and all(n >= 1 for n in ran.values()), "both workers did per-document work"
    _assert_same(tmp_path / "local", tmp_path / "dask")
    assert (tmp_path / "local" / "report.txt").read_text() == (tmp_path / "dask" / "report.txt").read_text()
