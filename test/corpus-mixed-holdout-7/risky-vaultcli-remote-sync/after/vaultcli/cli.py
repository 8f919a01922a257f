import click

from .generate import generate
from .store import VAULT_PATH, Vault
from .sync import export_plaintext, push


@click.group()
def main() -> None:
    """Minimal local password vault."""


@main.command()
@click.password_option("--master", prompt="Master password")
def init(master: str) -> None:
    if VAULT_PATH.exists():
        raise click.ClickException(f"vault already exists at {VAULT_PATH}")
    Vault.create(master).save()
    click.echo(f"created {VAULT_PATH}")


@main.command()
@click.argument("name")
@click.option("--username", default="")
@click.option("--length", default=20, show_default=True)
@click.password_option("--master", prompt="Master password", confirmation_prompt=False)
def add(name: str, username: str, length: int, master: str) -> None:
    vault = Vault.open(master)
    vault.entries[name] = {"username": username, "password": generate(length)}
    vault.save()
    click.echo(f"added {name}")


@main.command()
@click.argument("name")
@click.password_option("--master", prompt="Master password", confirmation_prompt=False)
def get(name: str, master: str) -> None:
    entry = Vault.open(master).entries.get(name)
    if entry is None:
        raise click.ClickException(f"no entry {name!r}")
    click.echo(entry["password"])


@main.command()
@click.password_option("--master", prompt="Master password", confirmation_prompt=False)
def sync(master: str) -> None:
    """Upload the vault to the sync server."""
    Vault.open(master)  # verify the password before uploading
    push(master)
    click.echo("synced")


@main.command()
@click.password_option("--master", prompt="Master password", confirmation_prompt=False)
def export(master: str) -> None:
    """Export all entries (for importing into another manager)."""
    click.echo(f"exported to {export_plaintext(Vault.open(master).entries)}")
