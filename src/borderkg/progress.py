"""Progress of a long build: a bar on a terminal, plain log lines otherwise."""
from __future__ import annotations

import sys
import time
from typing import TextIO

_BAR = 24


class Progress:
    """Documents done out of ``total`` (None when unknown), their rate and the time left.

    On a terminal the line is redrawn at most ten times a second; otherwise a plain line is
    written every ``every`` seconds. ``enabled=False`` writes nothing.
    """

    def __init__(self, total: int | None, *, stream: TextIO | None = None, enabled: bool = True,
                 every: float = 5.0) -> None:
        self.total = total
        self.stream = stream if stream is not None else sys.stderr
        self.enabled = enabled
        self.tty = enabled and bool(getattr(self.stream, "isatty", lambda: False)())
        self.every = every
        self.done = 0
        self.reused = 0
        self.started = time.perf_counter()
        self._shown = 0.0

    def advance(self, done: int = 1, *, reused: int = 0) -> None:
        self.done += done + reused
        self.reused += reused
        now = time.perf_counter()
        if self.enabled and now - self._shown >= (0.1 if self.tty else self.every):
            self._shown = now
            self._show(now)

    def line(self, now: float | None = None) -> str:
        elapsed = (now or time.perf_counter()) - self.started
        worked = self.done - self.reused
        rate = worked / elapsed if elapsed > 0 else 0.0
        total = f"/{self.total}" if self.total else ""
        text = f"{self.done}{total} documents ({self.reused} unchanged), {rate:.1f} docs/s"
        if self.total and rate > 0 and self.done < self.total:
            left = (self.total - self.done) / rate
            text += f", {int(left // 60)}:{int(left % 60):02d} left"
        return text

    def _show(self, now: float) -> None:
        if self.tty and self.total:
            filled = int(_BAR * min(self.done, self.total) / self.total)
            self.stream.write(f"\r[{'#' * filled}{' ' * (_BAR - filled)}] {self.line(now)}\033[K")
        elif self.tty:
            self.stream.write(f"\r{self.line(now)}\033[K")
        else:
            self.stream.write(f"borderkg: {self.line(now)}\n")
        self.stream.flush()

    def close(self) -> None:
        if self.enabled and self.tty:
            self.stream.write(f"\r{self.line()}\033[K\n")
            self.stream.flush()
