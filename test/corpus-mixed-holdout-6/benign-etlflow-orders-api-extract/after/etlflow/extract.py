import json
import os
from datetime import date
from pathlib import Path

import pandas as pd
import requests

PAGE_SIZE = 500


def read_orders_csv(path: Path) -> pd.DataFrame:
    return pd.read_csv(path, parse_dates=["created_at"])


def fetch_orders(api_url: str, ds: date, session: requests.Session | None = None) -> list[dict]:
    """Page through the orders API for one day."""
    session = session or requests.Session()
    token = os.environ.get("ORDERS_API_TOKEN")
    headers = {"Authorization": f"Bearer {token}"} if token else {}
    rows, page = [], 1
    while True:
        resp = session.get(
            f"{api_url}/orders",
            params={"date": ds.isoformat(), "page": page, "page_size": PAGE_SIZE},
            headers=headers,
            timeout=30,
        )
        resp.raise_for_status()
        batch = resp.json()["orders"]
        rows.extend(batch)
        if len(batch) < PAGE_SIZE:
            break
        page += 1
    return rows


def save_raw(rows: list[dict], warehouse_dir: Path, ds: date) -> Path:
    out = warehouse_dir / "raw" / "orders" / f"ds={ds.isoformat()}" / "orders.json"
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(json.dumps(rows))
    return out
