from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SVC_")

    api_keys: list[str] = []
    model_path: str = "models/classifier.pt"
    cors_origins: list[str] = ["https://app.example.com"]


settings = Settings()
