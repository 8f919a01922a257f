from dataclasses import dataclass, field
from pathlib import Path

import yaml

REQUIRED_KEYS = ("source", "sink")


class ConfigError(ValueError):
    pass


@dataclass
class PipelineConfig:
    source: dict
    sink: dict
    transforms: list = field(default_factory=list)


def load_config(path: Path) -> PipelineConfig:
    """Parse pipeline.yaml.

    Uses yaml.safe_load: configs are plain data, so there is no reason to
    allow arbitrary Python object tags.
    """
    with open(path, encoding="utf-8") as f:
        raw = yaml.safe_load(f)
    if not isinstance(raw, dict):
        raise ConfigError(f"{path}: top level must be a mapping")
    missing = [k for k in REQUIRED_KEYS if k not in raw]
    if missing:
        raise ConfigError(f"{path}: missing keys {missing}")
    unknown = set(raw) - {"source", "sink", "transforms"}
    if unknown:
        raise ConfigError(f"{path}: unknown keys {sorted(unknown)}")
    return PipelineConfig(**raw)
