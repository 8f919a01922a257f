from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class Config:
    data: dict
    split: dict
    model: dict
    eval: dict = field(default_factory=dict)


def load_config(path: str | Path) -> Config:
    with open(path) as fh:
        raw = yaml.safe_load(fh)
    return Config(**raw)
