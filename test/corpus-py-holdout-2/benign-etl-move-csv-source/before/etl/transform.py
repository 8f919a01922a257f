from datetime import datetime


def clean_order(row: dict) -> dict | None:
    try:
        amount = float(row["amount"])
    except (KeyError, ValueError):
        return None
    if amount < 0:
        return None
    return {
        "order_id": row["order_id"].strip(),
        "customer_id": row["customer_id"].strip(),
        "amount": round(amount, 2),
        "created_at": datetime.fromisoformat(row["created_at"]).isoformat(),
    }


def train_test_split(rows: list[dict], test_frac: float = 0.2) -> tuple[list[dict], list[dict]]:
    cut = int(len(rows) * (1 - test_frac))
    return rows[:cut], rows[cut:]
