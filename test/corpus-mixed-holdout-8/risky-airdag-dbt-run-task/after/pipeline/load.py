"""Load step: replace the day's partition in the warehouse table."""
from __future__ import annotations

import pandas as pd
from airflow.providers.postgres.hooks.postgres import PostgresHook

from pipeline import config


def load_orders(df: pd.DataFrame, ds: str) -> int:
    hook = PostgresHook(postgres_conn_id=config.WAREHOUSE_CONN_ID)
    engine = hook.get_sqlalchemy_engine()
    schema, table = config.TARGET_TABLE.split(".")
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DELETE FROM {config.TARGET_TABLE} WHERE load_date = %s", (ds,))
        df.assign(load_date=ds).to_sql(table, conn, schema=schema, if_exists="append", index=False)
    return len(df)
