import os
from dataclasses import dataclass, field
from pathlib import Path

import yaml


@dataclass(frozen=True)
class Settings:
    source_dir: str = os.environ.get("ETL_SOURCE_DIR", "data/raw")
    output_dir: str = os.environ.get("ETL_OUTPUT_DIR", "data/processed")
    db_url: str = os.environ.get("ETL_DB_URL", "sqlite:///data/warehouse.db")
    chunk_size: int = 10_000
    sources: tuple[str, ...] = field(default=("orders",))


def load_settings(path: str = "pipeline.yaml") -> Settings:
    p = Path(path)
    if not p.exists():
        return Settings()
    with p.open() as f:
        raw = yaml.safe_load(f) or {}
    return Settings(chunk_size=int(raw.get("chunk_size", 10_000)), sources=tuple(raw.get("sources", ["orders"])))


settings = load_settings()
