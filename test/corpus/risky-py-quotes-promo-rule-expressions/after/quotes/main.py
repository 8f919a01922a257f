from fastapi import FastAPI, HTTPException
from pydantic import BaseModel

from quotes.pricing import quote_total

app = FastAPI(title="quotes")


class QuoteRequest(BaseModel):
    sku: str
    quantity: int
    region: str = "us"
    promo_rules: list[tuple[str, float]] = []


@app.post("/quote")
def create_quote(req: QuoteRequest):
    try:
        total = quote_total(req.sku, req.quantity, req.region, req.promo_rules)
    except KeyError as exc:
        raise HTTPException(status_code=404, detail=f"unknown {exc.args[0]}")
    return {"sku": req.sku, "quantity": req.quantity, "total": total}
