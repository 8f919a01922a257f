from etlflow.dag import DAG
from etlflow.extract import read_orders_csv
from etlflow.load import write_partition
from etlflow.settings import load_settings
from etlflow.transform import clean_orders, daily_revenue

settings = load_settings()
dag = DAG("daily_orders")


@dag.task("extract")
def extract(ds):
    return read_orders_csv(settings.landing_dir / f"orders_{ds:%Y%m%d}.csv")


@dag.task("transform", upstream=["extract"])
def transform(ds, raw):
    return clean_orders(raw)


@dag.task("load", upstream=["transform"])
def load(ds, clean):
    write_partition(clean, settings.warehouse_dir, "orders", ds)
    return write_partition(daily_revenue(clean), settings.warehouse_dir, "daily_revenue", ds)
