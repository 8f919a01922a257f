"""Vault file storage (~/.vaultcli/vault.json)."""
from __future__ import annotations

import base64
import json
import os
from pathlib import Path

from . import crypto

VAULT_PATH = Path(os.environ.get("VAULTCLI_HOME", Path.home() / ".vaultcli")) / "vault.json"


class Vault:
    def __init__(self, key: bytes, salt: bytes, entries: dict[str, dict]):
        self.key, self.salt, self.entries = key, salt, entries

    @classmethod
    def create(cls, master_password: str) -> "Vault":
        salt = crypto.new_salt()
        return cls(crypto.derive_key(master_password, salt), salt, {})

    @classmethod
    def open(cls, master_password: str, path: Path = VAULT_PATH) -> "Vault":
        raw = json.loads(path.read_text())
        salt = base64.b64decode(raw["salt"])
        key = crypto.derive_key(master_password, salt)
        entries = json.loads(crypto.decrypt(key, raw["data"].encode()))
        return cls(key, salt, entries)

    def save(self, path: Path = VAULT_PATH) -> None:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        blob = crypto.encrypt(self.key, json.dumps(self.entries).encode())
        tmp = path.with_suffix(".tmp")
        tmp.write_text(json.dumps({"salt": base64.b64encode(self.salt).decode(), "data": blob.decode()}))
        os.chmod(tmp, 0o600)
        os.replace(tmp, path)
