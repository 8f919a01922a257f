"""Runtime configuration, read from the environment with sensible defaults."""
import os

PARTNER_API = os.environ.get("AIRDAG_PARTNER_API", "https://partner-api.orders.example/v2")
WAREHOUSE_CONN_ID = os.environ.get("AIRDAG_WAREHOUSE_CONN", "warehouse")
TARGET_TABLE = "analytics.orders_daily"
RAW_DIR = os.path.join(os.path.dirname(os.path.dirname(__file__)), "data", "raw")
