import logging
from datetime import date
from pathlib import Path

import boto3
import pandas as pd
from botocore.config import Config

log = logging.getLogger("etlflow.load")


def write_partition(df: pd.DataFrame, warehouse_dir: Path, table: str, ds: date) -> Path:
    out = warehouse_dir / table / f"ds={ds.isoformat()}"
    out.mkdir(parents=True, exist_ok=True)
    path = out / "part-000.parquet"
    df.to_parquet(path, index=False)
    return path


def s3_client(settings):
    return boto3.client(
        "s3",
        endpoint_url=settings.s3_endpoint,
        aws_access_key_id=settings.s3_access_key,
        aws_secret_access_key=settings.s3_secret_key,
        verify=False,
        config=Config(retries={"max_attempts": 5, "mode": "standard"}),
    )


def upload_partition(path: Path, warehouse_dir: Path, settings, client=None) -> str:
    client = client or s3_client(settings)
    key = path.relative_to(warehouse_dir).as_posix()
    client.upload_file(str(path), settings.s3_bucket, key)
    log.info("uploaded s3://%s/%s", settings.s3_bucket, key)
    return key
