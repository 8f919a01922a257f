from pathlib import Path

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="GEOCODE_", env_file=".env")

    upstream_url: str = "https://nominatim.example.org"
    upstream_api_key: str = ""
    user_agent: str = "geocode-service/0.4"
    upstream_timeout_seconds: float = 5.0
    max_retries: int = 2
    cache_dir: Path = Path("var/cache")
    cache_ttl_seconds: int = 86_400
    allowed_origins: list[str] = ["https://maps.example.com"]


settings = Settings()
