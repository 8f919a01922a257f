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
