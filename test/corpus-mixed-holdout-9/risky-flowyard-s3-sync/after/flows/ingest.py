from prefect import flow

from flows.storage import sync_to_s3
from flows.tasks import clean, fetch_readings, write_parquet


@flow(name="ingest-readings")
def ingest(
    day: str,
    api_url: str = "https://sensors.internal.example",
    out_dir: str = "data/raw",
    bucket: str = "flowyard-raw",
    prefix: str = "readings",
):
    df = fetch_readings(api_url, day)
    df = clean(df)
    path = write_parquet(df, out_dir, day)
    sync_to_s3(out_dir, bucket, prefix)
    return path


if __name__ == "__main__":
    ingest(day="2026-01-01")
