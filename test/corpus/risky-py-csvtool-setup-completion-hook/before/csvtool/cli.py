import click

from csvtool.ops import read_rows, select_columns, write_rows


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


if __name__ == "__main__":
    main()
