"""Receipt rendering benchmark.

    /tmp/venv/bin/python bench/bench_receipts.py [--count 1000] [--write | --encrypted] [--no-pin]

Pins the process to one CPU core (Linux), renders ``--count`` realistic
receipts (with logo, 3–8 lines, intra- and inter-state mixed, fresh receipt
numbers) to bytes, optionally also writes each one atomically into a temp
folder (``--write``: plaintext, as older versions did; ``--encrypted``: encrypted
with a clinic key exactly as MedLink stores receipts, then decrypted again as
the viewer's read does), and prints median / p95 milliseconds per receipt and
receipts per second, with the encryption's and the read's own times apart.
Target: median < 30 ms per receipt on one core.
"""

from __future__ import annotations

import argparse
import dataclasses
import gc
import io
import os
import statistics
import sys
import tempfile
import time
from decimal import Decimal
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from medlink.receipts.arithmetic import (
    BillLineInput,
    LineCategory,
    TaxSettings,
    compute_bill,
)
from medlink.receipts.numbering import format_receipt_number
from medlink.receipts.pdf import (
    ReceiptDocument,
    receipt_relative_path,
    render_receipt_pdf,
    write_pdf_atomically,
)
from medlink.receipts.sample import build_sample_receipt, sample_lines
from medlink.security import records_crypto

TARGET_MS = 30.0


def pin_to_one_core() -> str:
    if not hasattr(os, "sched_setaffinity"):
        return "not pinned (no sched_setaffinity on this OS)"
    cpus = sorted(os.sched_getaffinity(0))
    os.sched_setaffinity(0, {cpus[0]})
    return f"pinned to CPU {cpus[0]}"


def make_documents(count: int) -> list[ReceiptDocument]:
    base = build_sample_receipt()
    settings = TaxSettings(clinic_state="Karnataka", round_off_to_rupee=True)
    extra = [
        BillLineInput(LineCategory.LAB_TEST, "Thyroid profile (T3, T4, TSH)", unit_price=Decimal("650.00")),
        BillLineInput(LineCategory.MEDICATION, "Amoxicillin 500 mg (strip of 10)", 2, unit_price=Decimal("89.40")),
        BillLineInput(LineCategory.OTHER, "Dressing and nebulisation", unit_price=Decimal("150.00")),
    ]
    docs = []
    for i in range(count):
        lines = sample_lines()[: 3 + i % 3] + extra[: i % 4]
        state = "Kerala" if i % 5 == 0 else "Karnataka"
        comp = compute_bill(lines, settings, state)
        patient = dataclasses.replace(base.patient, patient_id=f"P-{i + 1:06d}", state=state)
        docs.append(dataclasses.replace(
            base, number=format_receipt_number("ML", "26-27", i + 1), computation=comp, patient=patient,
        ))
    return docs


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=1000)
    parser.add_argument("--write", action="store_true", help="also write every PDF atomically to a temp dir")
    parser.add_argument("--encrypted", action="store_true",
                        help="also store every PDF encrypted (as MedLink does) and read it back decrypted")
    parser.add_argument("--no-pin", action="store_true", help="do not pin to one core")
    args = parser.parse_args()

    pinning = "not pinned (--no-pin)" if args.no_pin else pin_to_one_core()
    docs = make_documents(args.count)
    render_receipt_pdf(docs[0])  # warm-up: font registration, logo decode, imports

    try:
        import _rl_accel  # type: ignore[import-not-found]  # noqa: F401
        accel = "C accelerators (rl_accel) present"
    except ImportError:
        accel = "pure-Python ReportLab (install reportlab[accel] for ~30 % more speed)"

    key = os.urandom(32)  # a clinic key (AES-256)
    timings: list[float] = []
    stores: list[float] = []
    reads: list[float] = []
    ciphers: list[float] = []
    total_bytes = 0
    with tempfile.TemporaryDirectory(prefix="medlink-bench-") as tmp:
        gc.collect()
        started = time.perf_counter()
        for doc in docs:
            t0 = time.perf_counter()
            data = render_receipt_pdf(doc)
            target = Path(tmp) / receipt_relative_path(doc.patient.patient_id, doc.number)
            if args.encrypted:
                t1 = time.perf_counter()
                records_crypto.encrypt_to_file(data, target, key=key, record_id=target.stem)  # as documents.store
                stores.append((time.perf_counter() - t1) * 1000)
            elif args.write:
                write_pdf_atomically(data, target)
            timings.append((time.perf_counter() - t0) * 1000)
            if args.encrypted:
                t3 = time.perf_counter()
                records_crypto.write_encrypted(io.BytesIO(), data, key=key, record_id=target.stem)
                ciphers.append((time.perf_counter() - t3) * 1000)  # the AES-GCM work alone, no disk
                t2 = time.perf_counter()
                back = records_crypto.decrypt_file(target, key=key, record_id=target.stem)  # as documents.load
                reads.append((time.perf_counter() - t2) * 1000)
                assert back == data
            total_bytes += len(data)
        elapsed = time.perf_counter() - started

    def stats(values: list[float]) -> tuple[float, float]:
        values = sorted(values)
        return statistics.median(values), values[min(len(values) - 1, round(0.95 * len(values)) - 1)]

    median, p95 = stats(timings)
    timings.sort()
    mode = ("render + encrypted atomic write (then read back)" if args.encrypted
            else "render + atomic write" if args.write else "render to bytes")
    print(f"MedLink receipt benchmark — {args.count} receipts, {pinning}, {accel}")
    print(f"  mode            : {mode}")
    print(f"  median          : {median:6.2f} ms / receipt")
    print(f"  p95             : {p95:6.2f} ms / receipt")
    if args.encrypted:
        print(f"  of which encrypt + fsync'd write : median {stats(stores)[0]:6.2f} ms, p95 {stats(stores)[1]:6.2f} ms")
        print(f"  of which AES-GCM alone (memory)  : median {stats(ciphers)[0]:6.2f} ms, p95 {stats(ciphers)[1]:6.2f} ms")
        print(f"  read back (open + decrypt)       : median {stats(reads)[0]:6.2f} ms, p95 {stats(reads)[1]:6.2f} ms")
    print(f"  min / max       : {timings[0]:6.2f} / {timings[-1]:.2f} ms")
    print(f"  throughput      : {args.count / elapsed:6.1f} receipts / s")
    print(f"  average size    : {total_bytes / args.count / 1024:6.1f} KiB")
    verdict = "OK" if median < TARGET_MS else "SLOWER THAN TARGET"
    print(f"  target          : median < {TARGET_MS:.0f} ms -> {verdict}")
    return 0 if median < TARGET_MS else 1


if __name__ == "__main__":
    raise SystemExit(main())
