from fastapi import Depends, FastAPI, Header, HTTPException

from app.routes import items
from app.settings import settings


def require_token(authorization: str = Header(default="")):
    if authorization != f"Bearer {settings.api_token}":
        raise HTTPException(status_code=401, detail="unauthorized")


app = FastAPI(title="stockroom")
app.include_router(items.router, dependencies=[Depends(require_token)])
