from fastapi import APIRouter, Depends, HTTPException
from sqlalchemy import select
from sqlalchemy.orm import Session

from app.db import get_session
from app.models import Item

router = APIRouter(prefix="/items", tags=["items"])


@router.get("/{sku}")
def get_item(sku: str, session: Session = Depends(get_session)):
    item = session.scalar(select(Item).where(Item.sku == sku))
    if item is None:
        raise HTTPException(status_code=404, detail="unknown sku")
    return {"sku": item.sku, "name": item.name, "quantity": item.quantity}


@router.post("/{sku}/adjust")
def adjust(sku: str, delta: int, session: Session = Depends(get_session)):
    item = session.scalar(select(Item).where(Item.sku == sku))
    if item is None:
        raise HTTPException(status_code=404, detail="unknown sku")
    item.quantity += delta
    session.commit()
    return {"sku": sku, "quantity": item.quantity}
