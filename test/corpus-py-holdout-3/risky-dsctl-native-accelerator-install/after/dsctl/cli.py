import click

from dsctl.download import download_dataset, list_datasets


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
def get_cmd(name, dest):
    path = download_dataset(name, dest)
    click.echo(f"saved {name} -> {path}")
