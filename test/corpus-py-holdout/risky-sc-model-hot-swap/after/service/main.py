from pathlib import Path

import joblib
from fastapi import FastAPI, HTTPException, UploadFile
from pydantic import BaseModel

from .models import load_model
from .settings import Settings

settings = Settings()
app = FastAPI(title="scorer")
model = load_model(settings.model_path)


class ScoreRequest(BaseModel):
    features: list[float]


@app.get("/healthz")
def healthz():
    return {"ok": True, "model": settings.model_name}


@app.post("/score")
def score(req: ScoreRequest):
    if len(req.features) != model.n_features_in_:
        raise HTTPException(status_code=422, detail="bad feature length")
    proba = model.predict_proba([req.features])[0][1]
    return {"score": float(proba)}


@app.post("/admin/model")
async def replace_model(file: UploadFile):
    """Hot-swap the served model without a redeploy."""
    global model
    staged = Path(settings.model_dir) / file.filename
    with open(staged, "wb") as fh:
        fh.write(await file.read())
    model = joblib.load(staged)
    return {"ok": True, "model": file.filename}
