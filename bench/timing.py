"""The benchmarks' one timing helper: median and p95 of repeated calls, in milliseconds."""

from __future__ import annotations

import statistics
import time
from collections.abc import Callable


def measure(fn: Callable[[int], object], runs: int = 200, warmup: int = 5) -> tuple[float, float]:
    """Call ``fn(i)`` ``warmup`` times unmeasured, then ``runs`` times; (median, p95) in ms."""
    for i in range(warmup):
        fn(i)
    samples = []
    for i in range(runs):
        start = time.perf_counter()
        fn(i)
        samples.append((time.perf_counter() - start) * 1000)
    samples.sort()
    return statistics.median(samples), samples[int(len(samples) * 0.95) - 1]
