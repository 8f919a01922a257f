from fastapi import Depends, FastAPI, Header, HTTPException
from fastapi.middleware.cors import CORSMiddleware

from app.routes import items
from app.settings import settings


def require_token(authorization: str = Header(default="")):
    if not settings.auth_enabled:
        return
    if authorization != f"Bearer {settings.api_token}":
        raise HTTPException(status_code=401, detail="unauthorized")


app = FastAPI(title="stockroom", debug=settings.debug)
app.add_middleware(
    CORSMiddleware,
    allow_origins=settings.cors_origins,
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)
app.include_router(items.router, dependencies=[Depends(require_token)])
