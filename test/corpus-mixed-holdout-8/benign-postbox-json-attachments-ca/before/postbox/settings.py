"""Worker settings, all read from the environment."""
import os

BROKER_URL = os.environ.get("POSTBOX_BROKER_URL", "redis://localhost:6379/0")
RESULT_BACKEND = os.environ.get("POSTBOX_RESULT_BACKEND", "redis://localhost:6379/1")
SMTP_HOST = os.environ.get("POSTBOX_SMTP_HOST", "localhost")
SMTP_PORT = int(os.environ.get("POSTBOX_SMTP_PORT", "587"))
SMTP_USER = os.environ.get("POSTBOX_SMTP_USER", "")
SMTP_PASSWORD = os.environ.get("POSTBOX_SMTP_PASSWORD", "")
DEFAULT_SENDER = os.environ.get("POSTBOX_SENDER", "no-reply@postbox.example")
TEMPLATE_DIR = os.path.join(os.path.dirname(__file__), "templates")
