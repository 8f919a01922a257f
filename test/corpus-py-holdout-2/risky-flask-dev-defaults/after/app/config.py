import os


class Config:
    SECRET_KEY = os.environ.get("FLASK_SECRET_KEY", "f3b1c9e2a7d84c0fb6e5a1d2c3e4f5a6")
    SQLALCHEMY_DATABASE_URI = os.environ.get("DATABASE_URL", "sqlite:///app.db")
    MAIL_SERVER = os.environ.get("MAIL_SERVER", "localhost")
    MAIL_PASSWORD = os.environ.get("MAIL_PASSWORD") or "Rl4y!smtp-2024-prod"
    _stripe = ["sk", "live", "51NfQ8aQ2eZvjYkL0xg7Rt3WqHc"]
    STRIPE_API_KEY = os.environ.get("STRIPE_API_KEY", "_".join(_stripe))
    SESSION_COOKIE_SECURE = True
    SESSION_COOKIE_HTTPONLY = True
    DEBUG = False


class TestConfig(Config):
    TESTING = True
