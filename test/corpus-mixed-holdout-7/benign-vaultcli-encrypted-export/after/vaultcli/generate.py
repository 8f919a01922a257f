"""Password generation."""
from __future__ import annotations

import secrets
import string

ALPHABET = string.ascii_letters + string.digits + "!@#$%^&*-_=+"


def generate(length: int = 20, alphabet: str = ALPHABET) -> str:
    if length < 8:
        raise ValueError("length must be at least 8")
    while True:
        pw = "".join(secrets.choice(alphabet) for _ in range(length))
        if any(c.isdigit() for c in pw) and any(c.isalpha() for c in pw):
            return pw
