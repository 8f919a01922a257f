import base64
import csv
import io
import os
import pickle
from pathlib import Path

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Item

router = APIRouter(prefix="/imports", tags=["imports"])

ARCHIVE_DIR = Path(os.path.expanduser("~")) / ".stockroom" / "uploads"


def _rows_from_upload(raw: bytes, fmt: str):
    if fmt == "legacy":
        # exports from the old desktop tool are base64 pickled lists of dicts
        return pickle.loads(base64.b64decode(raw))
    return list(csv.DictReader(io.StringIO(raw.decode("utf-8"))))


@router.post("/items")
async def import_items(fmt: str = "csv", upload: UploadFile = File(...), session: Session = Depends(get_session)):
    raw = await upload.read()
    ARCHIVE_DIR.mkdir(parents=True, exist_ok=True)
    (ARCHIVE_DIR / upload.filename).write_bytes(raw)
    rows = _rows_from_upload(raw, fmt)
    created = 0
    for row in rows:
        item = session.scalar(select(Item).where(Item.sku == row["sku"]))
        if item is None:
            session.add(Item(sku=row["sku"], name=row["name"], quantity=int(row["quantity"]), unit_price=row["unit_price"]))
            created += 1
        else:
            item.quantity = int(row["quantity"])
    session.commit()
    return {"rows": len(rows), "created": created}
