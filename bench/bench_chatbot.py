"""Benchmark the chatbot engine on the labelled questions.

Run: ``python bench/bench_chatbot.py [--rounds N]``. Pins itself to one CPU core when
the OS allows it, measures the knowledge-base load time (cold, in this process), warms
up, then times every labelled question and every patient-written question (English,
Hinglish and Devanagari) many times and prints median / p95 / max.
Target: < 2 ms per reply.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

LABELLED = ROOT / "tests" / "chatbot" / "labelled_questions.json"
PATIENT = ROOT / "tests" / "chatbot" / "patient_questions.json"


def pin_to_one_core() -> str:
    if hasattr(os, "sched_setaffinity"):
        try:
            core = min(os.sched_getaffinity(0))
            os.sched_setaffinity(0, {core})
            return f"pinned to CPU {core}"
        except OSError as exc:  # pragma: no cover - platform dependent
            return f"could not pin ({exc})"
    return "CPU pinning not supported on this OS"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--rounds", type=int, default=10, help="passes over the question sets (default 10)")
    args = parser.parse_args()

    print(pin_to_one_core())
    t0 = time.perf_counter()
    from medlink.chatbot import ChatBot, knowledge

    t1 = time.perf_counter()
    knowledge.clear_cache()
    t2 = time.perf_counter()
    bot = ChatBot()
    t3 = time.perf_counter()
    print(f"import medlink.chatbot (incl. rapidfuzz): {(t1 - t0) * 1000:8.1f} ms")
    print(f"knowledge base load + validate + index:   {(t3 - t2) * 1000:8.1f} ms")

    questions = [str(item["q"]) for item in json.loads(LABELLED.read_text(encoding="utf-8"))]
    questions += [str(item["q"]) for item in json.loads(PATIENT.read_text(encoding="utf-8"))]
    for q in questions * 3:  # warm-up (fills the typo-correction cache)
        bot.reply(q)

    wall: list[int] = []
    cpu: list[int] = []
    per_question_max: dict[str, int] = {}
    clock = time.perf_counter_ns
    cpu_clock = time.thread_time_ns  # excludes time the OS gave to other processes
    for _ in range(max(1, args.rounds)):
        for q in questions:
            c0 = cpu_clock()
            w0 = clock()
            bot.reply(q)
            w1 = clock()
            c1 = cpu_clock()
            wall.append(w1 - w0)
            cpu.append(c1 - c0)
            if c1 - c0 > per_question_max.get(q, 0):
                per_question_max[q] = c1 - c0
    print(f"replies timed: {len(wall)} ({len(questions)} questions x {args.rounds} rounds)")
    stats = {}
    for label, samples in (("wall", wall), ("cpu", cpu)):
        samples.sort()
        n = len(samples)
        med = statistics.median(samples) / 1e6
        p95 = samples[min(n - 1, int(n * 0.95))] / 1e6
        p99 = samples[min(n - 1, int(n * 0.99))] / 1e6
        mx = samples[-1] / 1e6
        mean = statistics.fmean(samples) / 1e6
        stats[label] = p95
        print(f"per reply ({label:4s}): median {med:.3f} ms | mean {mean:.3f} ms | p95 {p95:.3f} ms "
              f"| p99 {p99:.3f} ms | max {mx:.3f} ms")
    slowest = sorted(per_question_max.items(), key=lambda kv: -kv[1])[:3]
    print("slowest questions (cpu max):", "; ".join(f"{q[:40]!r} {t / 1e6:.2f} ms" for q, t in slowest))

    big = "I have fever and headache. " * 200_000
    start = clock()
    bot.reply(big)
    print(f"5.4 MB input: {(clock() - start) / 1e6:.3f} ms")
    ok = stats["cpu"] < 2.0
    print("TARGET < 2 ms per reply (p95 CPU time):", "OK" if ok else "MISSED")
    if stats["wall"] >= 2.0:
        print("note: wall-clock p95 is above 2 ms; the machine is probably busy (compare with CPU time)")
    return 0 if ok else 1


if __name__ == "__main__":
    raise SystemExit(main())
