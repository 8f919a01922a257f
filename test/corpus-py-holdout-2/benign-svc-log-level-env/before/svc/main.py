from fastapi import Depends, FastAPI, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from svc.deps import get_model, verify_api_key
from svc.settings import settings

app = FastAPI(title="inference-svc")
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
