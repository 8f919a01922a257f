import hmac
from functools import lru_cache

import torch
from fastapi import Header, HTTPException

from svc.settings import settings


def verify_api_key(authorization: str = Header(default="")) -> None:
    key = authorization.removeprefix("Bearer ")
    if not any(hmac.compare_digest(key, k) for k in settings.api_keys):
        raise HTTPException(status_code=401, detail="invalid api key")


@lru_cache(maxsize=1)
def get_model():
    model = torch.jit.load(settings.model_path, map_location="cpu")
    model.eval()
    return model
