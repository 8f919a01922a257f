"""Run the checks declared in a YAML file against a CSV/Parquet dataset."""
from __future__ import annotations

import argparse
import importlib
import json
import sys
from pathlib import Path

import polars as pl
import yaml

from .rules import RULES


def load(path: str) -> pl.DataFrame:
    return pl.read_parquet(path) if path.endswith(".parquet") else pl.read_csv(path)


def resolve_rule(name: str):
    """Built-in rule name, or ``package.module.func`` / bare plugin name for custom rules."""
    if name in RULES:
        return RULES[name]
    module_name, _, attr = name.rpartition(".")
    module = importlib.import_module(module_name or f"dqcheck_plugins.{name}")
    return getattr(module, attr if module_name else "check")


def run_checks(df: pl.DataFrame, spec: dict) -> list[dict]:
    results = []
    for check in spec["checks"]:
        fn = resolve_rule(check["rule"])
        passed, detail = fn(df, **check.get("args", {}))
        results.append({"rule": check["rule"], "passed": passed, "detail": detail})
    return results


def main(argv: list[str] | None = None) -> int:
    p = argparse.ArgumentParser(prog="dqcheck")
    p.add_argument("dataset")
    p.add_argument("--checks", required=True)
    p.add_argument("--report", default="reports/dq.json")
    a = p.parse_args(argv)

    # full loader so check files can use anchors and !!python/name tags for plugin callables
    spec = yaml.load(Path(a.checks).read_text(), Loader=yaml.Loader)
    results = run_checks(load(a.dataset), spec)
    out = Path(a.report)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(results, indent=2))
    failed = [r for r in results if not r["passed"]]
    for r in failed:
        print(f"FAIL {r['rule']}: {r['detail']}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
