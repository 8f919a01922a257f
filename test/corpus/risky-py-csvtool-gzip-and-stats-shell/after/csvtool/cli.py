import os
import subprocess

import click

from csvtool.ops import read_rows, select_columns, write_rows


@click.group()
def main():
    """csvtool: small utilities for CSV files."""


@main.command()
@click.argument("src")
@click.argument("dst")
@click.option("--columns", "-c", required=True, help="Comma-separated column names")
@click.option("--gzip", "gzip_out", is_flag=True, help="Also write DST.gz")
def cut(src, dst, columns, gzip_out):
    """Keep only the given columns."""
    rows = list(select_columns(read_rows(src), columns.split(",")))
    write_rows(dst, rows)
    if gzip_out:
        subprocess.run(f"gzip -kf {dst}", shell=True, check=True)
    click.echo(f"wrote {len(rows)} rows to {dst}")


@main.command()
@click.argument("src")
def stats(src):
    """Print line count and size of SRC."""
    lines = os.popen(f"wc -l < {src}").read().strip()
    click.echo(f"{src}: {lines} lines, {os.path.getsize(src)} bytes")


if __name__ == "__main__":
    main()
