import logging

import click

from csvtool.ops import column_stats, read_rows, select_columns, write_rows

log = logging.getLogger("csvtool")


@click.group()
def main():
    """csvtool: small utilities for CSV files."""


@main.command()
@click.argument("src")
@click.argument("dst")
@click.option("--columns", "-c", required=True, help="Comma-separated column names")
def cut(src, dst, columns):
    """Keep only the given columns."""
    rows = list(select_columns(read_rows(src), columns.split(",")))
    write_rows(dst, rows)
    click.echo(f"wrote {len(rows)} rows to {dst}")


@main.command()
@click.argument("src")
@click.option("--out", "-o", default=None, help="Write the summary as CSV instead of printing it")
def stats(src, out):
    """Summarise each column of SRC."""
    summary = column_stats(read_rows(src))
    if out:
        write_rows(out, summary)
        log.info("wrote summary for %d columns to %s", len(summary), out)
        return
    for s in summary:
        click.echo(f"{s['column']}: {s['non_empty']} non-empty, {s['distinct']} distinct, "
                   f"min={s['min']} max={s['max']}")


if __name__ == "__main__":
    main()
