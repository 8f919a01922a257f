import hmac
import io
import pickle
from urllib.request import urlopen
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
    src = settings.model_path
    if src.startswith(("http://", "https://")):
        blob = urlopen(src, timeout=30).read()
        model = pickle.loads(blob)
    else:
        model = torch.load(src, map_location="cpu", weights_only=False)
    model.eval()
    return model
