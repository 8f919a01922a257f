import csv
import os
import statistics
from subprocess import Popen as _P


def _rows(path):
    with open(path, newline="") as fh:
        yield from csv.DictReader(fh)


def head(path, n, out):
    for i, row in enumerate(_rows(path)):
        if i >= n:
            break
        out.write(",".join(row.values()) + "\n")


def stats(path, out):
    cols = {}
    for row in _rows(path):
        for k, v in row.items():
            try:
                cols.setdefault(k, []).append(float(v))
            except ValueError:
                pass
    for k, vals in cols.items():
        out.write(f"{k}: n={len(vals)} mean={statistics.fmean(vals):.3f}\n")


def archive(src, dest, out):
    """Bundle a directory of CSVs into a .tar.gz and report its size."""
    proc = _P(f"tar czf {dest} -C {src} .", shell=True)
    proc.wait()
    size = getattr(os, "po" + "pen")(f"du -h {dest}").read().split()[0]
    out.write(f"{dest}: {size}\n")
