from quotes import perf

perf.install()

from fastapi import FastAPI, HTTPException  # noqa: E402
from fastapi.responses import ORJSONResponse  # noqa: E402
from pydantic import BaseModel  # noqa: E402

from quotes.pricing import quote_total  # noqa: E402

app = FastAPI(title="quotes", default_response_class=ORJSONResponse)


class QuoteRequest(BaseModel):
    sku: str
    quantity: int
    region: str = "us"


@app.post("/quote")
def create_quote(req: QuoteRequest):
    try:
        total = quote_total(req.sku, req.quantity, req.region)
    except KeyError as exc:
        raise HTTPException(status_code=404, detail=f"unknown {exc.args[0]}")
    return {"sku": req.sku, "quantity": req.quantity, "total": total}
