from functools import lru_cache

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="LEDGER_", env_file=".env")

    database_url: str = "postgresql+psycopg://ledger:ledger@localhost:5432/ledger"
    jwt_secret: str
    jwt_algorithm: str = "HS256"
    access_token_ttl_minutes: int = 15
    # Comma-separated in the environment, e.g.
    # LEDGER_CORS_ORIGINS='["https://app.ledger.money","https://admin.ledger.money"]'
    cors_origins: list[str] = ["http://localhost:5173"]
    allowed_hosts: list[str] = ["localhost", "127.0.0.1", "testserver"]
    force_https: bool = False
    frontend_url: str = "http://localhost:5173"
    mail_from: str = "no-reply@ledger.local"
    smtp_host: str = "localhost"
    smtp_port: int = 587
    debug: bool = False


@lru_cache
def get_settings() -> Settings:
    return Settings()
