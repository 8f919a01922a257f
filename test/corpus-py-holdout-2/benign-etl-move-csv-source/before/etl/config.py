import os
from dataclasses import dataclass


@dataclass(frozen=True)
class Settings:
    source_dir: str = os.environ.get("ETL_SOURCE_DIR", "data/raw")
    output_dir: str = os.environ.get("ETL_OUTPUT_DIR", "data/processed")
    db_url: str = os.environ.get("ETL_DB_URL", "sqlite:///data/warehouse.db")
    chunk_size: int = 10_000


settings = Settings()
