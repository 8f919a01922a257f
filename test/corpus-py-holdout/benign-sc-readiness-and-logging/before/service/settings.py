import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    model_path: str = field(default_factory=lambda: os.environ.get("MODEL_PATH", "models/churn.skops"))
    model_name: str = field(default_factory=lambda: os.environ.get("MODEL_NAME", "churn-v3"))
    port: int = field(default_factory=lambda: int(os.environ.get("PORT", "8000")))
