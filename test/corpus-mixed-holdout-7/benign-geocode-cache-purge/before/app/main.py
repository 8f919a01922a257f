from fastapi import FastAPI, HTTPException, Query
from fastapi.middleware.cors import CORSMiddleware

from . import cache, providers
from .settings import settings

app = FastAPI(title="geocode", version="0.4.0")
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.allowed_origins,
    allow_methods=["GET"],
)


@app.get("/healthz")
def healthz() -> dict:
    return {"ok": True}


@app.get("/geocode")
def geocode(q: str = Query(min_length=2, max_length=200), limit: int = Query(5, ge=1, le=20)):
    key = f"fwd:{q.lower()}:{limit}"
    hit = cache.get(key)
    if hit is not None:
        return {"results": hit, "cached": True}
    try:
        results = providers.forward(q, limit)
    except providers.ProviderError as exc:
        raise HTTPException(status_code=502, detail=str(exc)) from exc
    cache.put(key, results)
    return {"results": results, "cached": False}


@app.get("/reverse")
def reverse(lat: float = Query(ge=-90, le=90), lon: float = Query(ge=-180, le=180)):
    key = f"rev:{lat:.5f}:{lon:.5f}"
    hit = cache.get(key)
    if hit is not None:
        return {"result": hit, "cached": True}
    try:
        result = providers.reverse(lat, lon)
    except providers.ProviderError as exc:
        raise HTTPException(status_code=502, detail=str(exc)) from exc
    if result is None:
        raise HTTPException(status_code=404, detail="no match")
    cache.put(key, result)
    return {"result": result, "cached": False}
