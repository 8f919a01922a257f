import os
from dataclasses import dataclass, field


@dataclass
class Settings:
    """Service settings read from the environment.

    The system ignores unknown environment variables, so old deploy manifests keep working.
    """

    model_path: str = field(default_factory=lambda: os.environ.get("MODEL_PATH", "models/churn.skops"))
    model_name: str = field(default_factory=lambda: os.environ.get("MODEL_NAME", "churn-v3"))
    port: int = field(default_factory=lambda: int(os.environ.get("PORT", "8000")))
    log_level: str = field(default_factory=lambda: os.environ.get("LOG_LEVEL", "info"))
