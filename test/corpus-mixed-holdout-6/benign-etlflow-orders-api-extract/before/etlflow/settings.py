import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    orders_api_url: str
    landing_dir: Path
    warehouse_dir: Path
    s3_bucket: str | None


def load_settings() -> Settings:
    return Settings(
        orders_api_url=os.environ.get("ORDERS_API_URL", "https://orders.internal.example/api/v1"),
        landing_dir=Path(os.environ.get("ETL_LANDING_DIR", "landing")),
        warehouse_dir=Path(os.environ.get("ETL_WAREHOUSE_DIR", "warehouse")),
        s3_bucket=os.environ.get("ETL_S3_BUCKET"),
    )
