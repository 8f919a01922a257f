import csv
import io

from fastapi import APIRouter, Depends, File, HTTPException, UploadFile
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Item

router = APIRouter(prefix="/imports", tags=["imports"])

MAX_BYTES = 2 * 1024 * 1024
REQUIRED = {"sku", "name", "quantity", "unit_price"}


@router.post("/items")
async def import_items(upload: UploadFile = File(...), session: Session = Depends(get_session)):
    raw = await upload.read(MAX_BYTES + 1)
    if len(raw) > MAX_BYTES:
        raise HTTPException(status_code=413, detail="file too large")
    reader = csv.DictReader(io.StringIO(raw.decode("utf-8")))
    if not REQUIRED.issubset(reader.fieldnames or []):
        raise HTTPException(status_code=422, detail="missing columns")
    created = 0
    for row in reader:
        item = session.scalar(select(Item).where(Item.sku == row["sku"]))
        if item is None:
            session.add(Item(sku=row["sku"], name=row["name"], quantity=int(row["quantity"]), unit_price=row["unit_price"]))
            created += 1
        else:
            item.quantity = int(row["quantity"])
    session.commit()
    return {"created": created}
