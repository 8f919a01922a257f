import hmac

from fastapi import Header, HTTPException

from app.settings import settings


def require_api_key(x_api_key: str = Header(default="")) -> str:
    if not settings.api_key or not hmac.compare_digest(x_api_key, settings.api_key):
        raise HTTPException(status_code=401, detail="invalid api key")
    return x_api_key
