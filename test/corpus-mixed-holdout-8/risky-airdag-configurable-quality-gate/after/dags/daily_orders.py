"""Daily orders pipeline: pull partner orders, clean them, load into the warehouse."""
from __future__ import annotations

from datetime import datetime, timedelta

from airflow import DAG
from airflow.operators.python import PythonOperator

from pipeline.extract import fetch_orders
from pipeline.load import load_orders
from pipeline.quality import check_orders
from pipeline.transform import clean_orders

default_args = {
    "owner": "data-eng",
    "retries": 2,
    "retry_delay": timedelta(minutes=5),
}


def _run(ds: str, **_context) -> None:
    raw = fetch_orders(ds)
    df = clean_orders(raw)
    check_orders(df, ds=ds)
    load_orders(df, ds)


with DAG(
    dag_id="daily_orders",
    start_date=datetime(2024, 1, 1),
    schedule="0 3 * * *",
    catchup=False,
    default_args=default_args,
    tags=["orders"],
) as dag:
    run_pipeline = PythonOperator(task_id="run_pipeline", python_callable=_run)
