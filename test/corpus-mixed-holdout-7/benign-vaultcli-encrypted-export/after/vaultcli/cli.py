import json
import os
from pathlib import Path

import click

from .generate import generate
from .store import VAULT_PATH, Vault


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
@click.option("--length", default=24, show_default=True)
def gen(length: int) -> None:
    """Print a fresh password without storing it."""
    click.echo(generate(length))


@main.command()
@click.argument("dest", type=click.Path(dir_okay=False, writable=True, path_type=Path))
def backup(dest: Path) -> None:
    """Copy the encrypted vault file to DEST (the contents stay encrypted)."""
    if dest.exists():
        raise click.ClickException(f"{dest} already exists")
    data = json.loads(VAULT_PATH.read_text())
    fd = os.open(dest, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "w") as fh:
        json.dump(data, fh)
    click.echo(f"encrypted backup written to {dest}")
