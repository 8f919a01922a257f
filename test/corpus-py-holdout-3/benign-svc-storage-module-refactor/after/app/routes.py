import httpx
from fastapi import APIRouter, Depends, HTTPException

from app.auth import require_api_key
from app.settings import settings
from app.storage import read_report, write_report

router = APIRouter()


@router.get("/reports/{report_id}")
def get_report(report_id: str, _: str = Depends(require_api_key)):
    report = read_report(report_id)
    if report is None:
        raise HTTPException(status_code=404, detail="not found")
    return report


@router.post("/reports/{report_id}/refresh")
def refresh_report(report_id: str, _: str = Depends(require_api_key)):
    resp = httpx.get(f"{settings.upstream_url}/reports/{report_id}", timeout=settings.request_timeout)
    resp.raise_for_status()
    write_report(report_id, resp.text)
    return {"status": "refreshed"}
