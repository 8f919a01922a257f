import os


class Settings:
    database_url = os.environ.get("STOCKROOM_DATABASE_URL", "sqlite:///./stockroom.db")
    api_token = os.environ.get("STOCKROOM_API_TOKEN", "")


settings = Settings()
