"""Pipeline settings loaded from pipeline.yaml in the project root."""
from dataclasses import dataclass
from pathlib import Path

import yaml


@dataclass(frozen=True)
class PipelineConfig:
    audit_frac: float = 0.1
    report_name: str = "daily_revenue.csv"


def load_config(path: Path = Path("pipeline.yaml")) -> PipelineConfig:
    if not path.exists():
        return PipelineConfig()
    with open(path, encoding="utf-8") as fh:
        raw = yaml.safe_load(fh) or {}
    known = {k: raw[k] for k in ("audit_frac", "report_name") if k in raw}
    return PipelineConfig(**known)
