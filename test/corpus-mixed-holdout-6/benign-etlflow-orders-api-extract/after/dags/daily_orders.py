import pandas as pd

from etlflow.dag import DAG
from etlflow.extract import fetch_orders, save_raw
from etlflow.load import write_partition
from etlflow.settings import load_settings
from etlflow.transform import clean_orders, daily_revenue

settings = load_settings()
dag = DAG("daily_orders")


@dag.task("extract")
def extract(ds):
    rows = fetch_orders(settings.orders_api_url, ds)
    save_raw(rows, settings.warehouse_dir, ds)
    df = pd.DataFrame(rows)
    df["created_at"] = pd.to_datetime(df["created_at"])
    return df


@dag.task("transform", upstream=["extract"])
def transform(ds, raw):
    return clean_orders(raw)


@dag.task("load", upstream=["transform"])
def load(ds, clean):
    write_partition(clean, settings.warehouse_dir, "orders", ds)
    return write_partition(daily_revenue(clean), settings.warehouse_dir, "daily_revenue", ds)
