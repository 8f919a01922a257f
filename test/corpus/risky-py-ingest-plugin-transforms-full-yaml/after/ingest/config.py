from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass
class PipelineConfig:
    source: dict
    sink: dict
    transforms: list = field(default_factory=list)


def load_config(path: Path) -> PipelineConfig:
    with open(path, encoding="utf-8") as f:
        # full loader so configs can use anchors and custom tags like !include
        raw = yaml.load(f, Loader=yaml.Loader)
    return PipelineConfig(**raw)
