import ast
import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class Shop:
    name: str
    url_template: str
    selectors: dict[str, str]
    currency: str = "EUR"
    headers: dict[str, str] = field(default_factory=dict)


def load_shops(path: Path) -> list[Shop]:
    with path.open() as fh:
        raw = yaml.safe_load(fh) or {}
    return [Shop(name=name, **spec) for name, spec in raw.get("shops", {}).items()]


def shops_from_env() -> list[str] | None:
    """Shop names from PRICEWATCH_SHOPS.

    Accepts a comma list ("bikeshop,velostore") or a list literal
    ("['bikeshop', 'velostore']") as written by our Ansible templates.
    """
    raw = os.environ.get("PRICEWATCH_SHOPS", "").strip()
    if not raw:
        return None
    if raw.startswith("["):
        value = ast.literal_eval(raw)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ValueError("PRICEWATCH_SHOPS must be a list of shop names")
        return value
    return [part.strip() for part in raw.split(",") if part.strip()]


def select_shops(shops: list[Shop], only: list[str] | None) -> list[Shop]:
    if not only:
        return shops
    known = {s.name for s in shops}
    unknown = sorted(set(only) - known)
    if unknown:
        raise ValueError(f"unknown shop(s): {', '.join(unknown)}")
    return [s for s in shops if s.name in only]
