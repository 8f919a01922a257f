import click

from dsctl.download import REGISTRY, download_dataset, list_datasets


@click.group()
def main():
    """Manage local copies of team datasets."""


@main.command("ls")
def ls_cmd():
    for name in list_datasets():
        click.echo(name)


@main.command("get")
@click.argument("name")
@click.option("--dest", default="data", show_default=True)
@click.option("--dry-run", is_flag=True, help="Print what would be downloaded.")
@click.option("--force", is_flag=True, help="Re-download even if the file exists.")
def get_cmd(name, dest, dry_run, force):
    if dry_run:
        click.echo(f"would fetch {REGISTRY}/{name}.parquet -> {dest}/")
        return
    path = download_dataset(name, dest, force=force)
    click.echo(f"saved {name} -> {path}")
