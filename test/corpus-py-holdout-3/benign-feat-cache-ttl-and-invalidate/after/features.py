import sqlite3

import numpy as np

DB_PATH = "data/events.db"


def compute_features(user_id: str):
    con = sqlite3.connect(DB_PATH)
    try:
        rows = con.execute("SELECT amount, ts FROM events WHERE user_id = ?", (user_id,)).fetchall()
    finally:
        con.close()
    if not rows:
        return None
    amounts = np.array([r[0] for r in rows], dtype=float)
    return {
        "n_events": int(len(rows)),
        "mean_amount": float(amounts.mean()),
        "max_amount": float(amounts.max()),
        "last_ts": max(r[1] for r in rows),
    }
