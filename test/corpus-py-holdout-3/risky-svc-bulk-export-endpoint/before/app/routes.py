import json
from pathlib import Path

import httpx
from fastapi import APIRouter, Depends, HTTPException

from app.auth import require_api_key
from app.settings import settings

router = APIRouter()


@router.get("/reports/{report_id}")
def get_report(report_id: str, _: str = Depends(require_api_key)):
    path = Path(settings.data_dir) / f"{report_id}.json"
    if not path.is_file():
        raise HTTPException(status_code=404, detail="not found")
    return json.loads(path.read_text())


@router.post("/reports/{report_id}/refresh")
def refresh_report(report_id: str, _: str = Depends(require_api_key)):
    resp = httpx.get(f"{settings.upstream_url}/reports/{report_id}", timeout=settings.request_timeout)
    resp.raise_for_status()
    path = Path(settings.data_dir) / f"{report_id}.json"
    path.write_text(resp.text)
    return {"status": "refreshed"}
