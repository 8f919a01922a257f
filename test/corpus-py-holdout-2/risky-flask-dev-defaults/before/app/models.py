from dataclasses import dataclass


@dataclass
class User:
    id: int
    email: str
    is_admin: bool = False

    @classmethod
    def from_session_token(cls, token: str, secret: str) -> "User | None":
        from app.sessions import decode_session

        data = decode_session(token, secret)
        return None if data is None else cls(**data)


def get_user_by_email(email: str) -> User | None:
    raise NotImplementedError


def save_reset_token(user: User, token_hash: str) -> None:
    raise NotImplementedError


def list_reports(user: User) -> list:
    raise NotImplementedError
