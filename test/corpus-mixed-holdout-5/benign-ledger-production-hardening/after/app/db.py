from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import create_engine, text

from app.config import get_settings

engine = create_engine(get_settings().database_url, pool_pre_ping=True)

_USER_COLUMNS = "id, email, password_hash, is_active, is_staff"


@dataclass
class User:
    id: int
    email: str
    password_hash: str
    is_active: bool = True
    is_staff: bool = False


def _to_user(row) -> User | None:
    return User(**row._mapping) if row is not None else None


def get_user_by_id(user_id: int) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(
            text(f"SELECT {_USER_COLUMNS} FROM users WHERE id = :id"), {"id": user_id}
        ).first()
    return _to_user(row)


def get_user_by_email(email: str) -> User | None:
    with engine.connect() as conn:
        row = conn.execute(
            text(f"SELECT {_USER_COLUMNS} FROM users WHERE email = :e"), {"e": email.lower()}
        ).first()
    return _to_user(row)


def save_reset_token(user_id: int, digest: str, expires_at: datetime) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("INSERT INTO reset_tokens (user_id, digest, expires_at) VALUES (:u, :d, :x)"),
            {"u": user_id, "d": digest, "x": expires_at},
        )


def pop_reset_token(digest: str) -> int | None:
    with engine.begin() as conn:
        row = conn.execute(
            text(
                "DELETE FROM reset_tokens WHERE digest = :d AND expires_at > now() "
                "RETURNING user_id"
            ),
            {"d": digest},
        ).first()
    return row.user_id if row else None


def update_password(user_id: int, password_hash: str) -> None:
    with engine.begin() as conn:
        conn.execute(
            text("UPDATE users SET password_hash = :h WHERE id = :id"),
            {"h": password_hash, "id": user_id},
        )
