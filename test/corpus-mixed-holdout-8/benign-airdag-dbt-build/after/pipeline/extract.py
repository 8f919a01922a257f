"""Extract step: download one day of orders from the partner API."""
from __future__ import annotations

import requests
from airflow.hooks.base import BaseHook

from pipeline import config


def fetch_orders(ds: str) -> list[dict]:
    conn = BaseHook.get_connection("partner_api")
    resp = requests.get(
        f"{config.PARTNER_API}/orders",
        params={"date": ds},
        headers={"Authorization": f"Bearer {conn.password}"},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()["orders"]
