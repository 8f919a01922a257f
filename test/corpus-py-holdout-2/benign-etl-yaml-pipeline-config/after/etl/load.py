import sqlite3

from etl.config import settings


def write_orders(rows: list[dict]) -> int:
    path = settings.db_url.removeprefix("sqlite:///")
    with sqlite3.connect(path) as conn:
        conn.execute(
            "CREATE TABLE IF NOT EXISTS orders "
            "(order_id TEXT PRIMARY KEY, customer_id TEXT, amount REAL, created_at TEXT)"
        )
        conn.executemany(
            "INSERT OR REPLACE INTO orders VALUES (:order_id, :customer_id, :amount, :created_at)", rows)
    return len(rows)
