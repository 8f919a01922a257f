import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    model_path: str = field(default_factory=lambda: os.environ.get("MODEL_PATH", "models/churn.skops"))
    model_name: str = field(default_factory=lambda: os.environ.get("MODEL_NAME", "churn-v3"))
    registry_url: str = field(default_factory=lambda: os.environ.get("REGISTRY_URL", "https://models.internal.acme-ml.com"))
    registry_token: str = field(default_factory=lambda: os.environ.get("REGISTRY_TOKEN", "rk_live_4f9a2c7e1b8d6053a9e2f1c4b7d0e3a6"))
    port: int = field(default_factory=lambda: int(os.environ.get("PORT", "8000")))
