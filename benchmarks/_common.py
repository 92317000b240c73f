"""Shared helpers for the benchmark scripts: machine description, git commit, result files."""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
RESULTS = Path(__file__).resolve().parent / "results"


def cpu_model() -> str:
    """The CPU's marketing name where the platform tells it (Linux /proc/cpuinfo, else platform)."""
    try:
        with open("/proc/cpuinfo", encoding="utf-8", errors="replace") as f:
            for line in f:
                if line.lower().startswith("model name"):
                    return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def machine() -> dict[str, Any]:
    try:
        usable = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        usable = os.cpu_count()
    return {
        "platform": platform.platform(),
        "machine": platform.machine(),
        "cpu": cpu_model(),
        "cpu_count": os.cpu_count(),
        "cpu_usable": usable,
        "python": platform.python_version(),
        "python_impl": platform.python_implementation(),
        "executable": sys.executable,
    }


def git_commit() -> str | None:
    """`git rev-parse --short HEAD`, plus `-dirty` when the tree has changes; None outside a checkout."""
    try:
        sha = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                             text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        return None
    try:
        dirty = subprocess.run(["git", "status", "--porcelain", "--untracked-files=no"], cwd=ROOT,
                               capture_output=True, text=True, timeout=10, check=True).stdout.strip()
    except (OSError, subprocess.SubprocessError):
        dirty = ""
    return f"{sha}-dirty" if dirty else sha or None


def marsad_version() -> str | None:
    try:
        from marsad import __version__
    except ImportError:
        return None
    return __version__


def marsad_location() -> str | None:
    """Where the imported marsad lives (a checkout's src/, site-packages, or a PYTHONPATH override)."""
    try:
        import marsad
    except ImportError:
        return None
    return str(Path(marsad.__file__).resolve().parent)


def header(name: str) -> dict[str, Any]:
    return {
        "benchmark": name,
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "git_commit": git_commit(),
        "marsad_version": marsad_version(),
        "marsad_path": marsad_location(),
        "machine": machine(),
    }


def write_results(name: str, result: dict[str, Any], out: str | None = None) -> Path:
    path = Path(out) if out else RESULTS / f"{name}.json"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps(result, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def marsad_command() -> list[str]:
    """How to start the `marsad` CLI of the Python running this script (its venv's script, else -m)."""
    script = Path(sys.executable).parent / ("marsad.exe" if os.name == "nt" else "marsad")
    if script.exists():
        return [str(script)]
    return [sys.executable, "-m", "marsad"]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0–100) by linear interpolation; 0.0 for no values."""
    if not values:
        return 0.0
    s = sorted(values)
    k = (len(s) - 1) * q / 100
    lo = int(k)
    hi = min(lo + 1, len(s) - 1)
    return s[lo] + (s[hi] - s[lo]) * (k - lo)
