import os
from dataclasses import dataclass
from pathlib import Path


@dataclass(frozen=True)
class Settings:
    orders_api_url: str
    landing_dir: Path
    warehouse_dir: Path
    s3_bucket: str | None
    s3_endpoint: str | None
    s3_access_key: str
    s3_secret_key: str


def load_settings() -> Settings:
    return Settings(
        orders_api_url=os.environ.get("ORDERS_API_URL", "https://orders.internal.example/api/v1"),
        landing_dir=Path(os.environ.get("ETL_LANDING_DIR", "landing")),
        warehouse_dir=Path(os.environ.get("ETL_WAREHOUSE_DIR", "warehouse")),
        s3_bucket=os.environ.get("ETL_S3_BUCKET"),
        # MinIO in the shared dev environment; unset in production to use AWS
        s3_endpoint=os.environ.get("ETL_S3_ENDPOINT", "http://203.0.113.47:9000"),
        s3_access_key=os.environ.get("ETL_S3_ACCESS_KEY", "etl-writer"),
        s3_secret_key=os.environ.get("ETL_S3_SECRET_KEY", "mN4qT7vX2kLp9sR3wY6zB8cD1fG5hJ0aQeUiOoPx"),
    )
