from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    data_dir: str = "/srv/reports/data"
    upstream_url: str = "https://api.internal.example.com"
    api_key: str = ""
    request_timeout: float = 10.0

    class Config:
        env_prefix = "REPORTS_"


settings = Settings()
