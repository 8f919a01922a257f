import logging
import time

from fastapi import Depends, FastAPI, HTTPException, Request
from fastapi.middleware.cors import CORSMiddleware

from svc.deps import get_model, verify_api_key
from svc.settings import settings

logging.basicConfig(level=settings.log_level.upper(), format="%(asctime)s %(levelname)s %(message)s")
log = logging.getLogger("svc")

app = FastAPI(title="inference-svc")


@app.middleware("http")
async def access_log(request: Request, call_next):
    start = time.perf_counter()
    response = await call_next(request)
    log.info("%s %s %d %.1fms", request.method, request.url.path, response.status_code,
             (time.perf_counter() - start) * 1000)
    return response

app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_methods=["POST"],
    allow_headers=["Authorization", "Content-Type"],
)


@app.get("/healthz")
def healthz():
    return {"ok": True}


@app.post("/v1/predict", dependencies=[Depends(verify_api_key)])
def predict(payload: dict, model=Depends(get_model)):
    if "text" not in payload:
        raise HTTPException(status_code=422, detail="missing text")
    return {"label": model.predict(payload["text"])}
