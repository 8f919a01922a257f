from prefect import flow

from flows.hooks import notify_failure
from flows.tasks import clean, fetch_readings, write_parquet


@flow(name="ingest-readings", on_failure=[notify_failure], on_crashed=[notify_failure])
def ingest(day: str, api_url: str = "https://sensors.internal.example", out_dir: str = "data/raw"):
    df = fetch_readings(api_url, day)
    df = clean(df)
    return write_parquet(df, out_dir, day)


if __name__ == "__main__":
    ingest(day="2026-01-01")
