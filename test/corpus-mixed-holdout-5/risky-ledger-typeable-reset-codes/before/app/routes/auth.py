import hashlib
import secrets
from datetime import datetime, timedelta, timezone

from fastapi import APIRouter, Depends, HTTPException
from fastapi.security import OAuth2PasswordRequestForm
from pydantic import BaseModel, EmailStr

from app.auth import create_access_token, hash_password, verify_password
from app.config import Settings, get_settings
from app.db import get_user_by_email, pop_reset_token, save_reset_token, update_password
from app.mail import send_reset_email

router = APIRouter()


class ResetRequest(BaseModel):
    email: EmailStr


class ResetConfirm(BaseModel):
    token: str
    new_password: str


@router.post("/token")
def login(
    form: OAuth2PasswordRequestForm = Depends(),
    settings: Settings = Depends(get_settings),
):
    user = get_user_by_email(form.username)
    if user is None or not verify_password(form.password, user.password_hash):
        raise HTTPException(status_code=401, detail="bad credentials")
    return {"access_token": create_access_token(user.id, settings), "token_type": "bearer"}


@router.post("/reset", status_code=202)
def request_reset(body: ResetRequest):
    user = get_user_by_email(body.email)
    if user is not None:
        token = secrets.token_urlsafe(32)
        digest = hashlib.sha256(token.encode()).hexdigest()
        save_reset_token(user.id, digest, datetime.now(timezone.utc) + timedelta(hours=1))
        send_reset_email(user.email, token)
    return {"status": "accepted"}


@router.post("/reset/confirm")
def confirm_reset(body: ResetConfirm):
    digest = hashlib.sha256(body.token.encode()).hexdigest()
    user_id = pop_reset_token(digest)
    if user_id is None:
        raise HTTPException(status_code=400, detail="invalid or expired token")
    update_password(user_id, hash_password(body.new_password))
    return {"status": "ok"}
