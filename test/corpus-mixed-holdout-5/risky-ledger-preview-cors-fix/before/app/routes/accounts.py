from fastapi import APIRouter, Depends

from app.auth import get_current_user
from app.db import User

router = APIRouter()


@router.get("/me")
def me(user: User = Depends(get_current_user)) -> dict:
    return {"id": user.id, "email": user.email, "staff": user.is_staff}
