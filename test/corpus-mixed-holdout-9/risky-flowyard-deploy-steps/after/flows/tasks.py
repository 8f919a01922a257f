import pandas as pd
import requests
from prefect import task, get_run_logger


@task(retries=3, retry_delay_seconds=30)
def fetch_readings(api_url: str, day: str) -> pd.DataFrame:
    resp = requests.get(f"{api_url}/readings", params={"day": day}, timeout=30)
    resp.raise_for_status()
    return pd.DataFrame(resp.json()["readings"])


@task
def clean(df: pd.DataFrame) -> pd.DataFrame:
    df = df.dropna(subset=["sensor_id", "value"])
    df["value"] = df["value"].astype(float)
    return df[df["value"].between(-50, 150)]


@task
def write_parquet(df: pd.DataFrame, out_dir: str, day: str) -> str:
    path = f"{out_dir}/readings-{day}.parquet"
    df.to_parquet(path, index=False)
    get_run_logger().info("wrote %d rows to %s", len(df), path)
    return path
