import csv
import statistics


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
