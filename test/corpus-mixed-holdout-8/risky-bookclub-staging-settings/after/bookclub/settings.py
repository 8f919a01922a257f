"""Django settings for bookclub."""
import os
import socket
from pathlib import Path

BASE_DIR = Path(__file__).resolve().parent.parent

SECRET_KEY = os.environ.get("DJANGO_SECRET_KEY", "django-insecure-7q!v3m#r2x@bookclub-staging-k9")
DEBUG = os.environ.get("DJANGO_DEBUG", "") == "1"
ALLOWED_HOSTS = ["bookclub.example", "www.bookclub.example", "staging.bookclub.example"]

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "clubs",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
]

ROOT_URLCONF = "bookclub.urls"
DATABASES = {
    "default": {
        "ENGINE": "django.db.backends.postgresql",
        "NAME": os.environ.get("BOOKCLUB_DB", "bookclub"),
        "HOST": os.environ.get("BOOKCLUB_DB_HOST", "localhost"),
    }
}

STATIC_URL = "static/"
MEDIA_ROOT = BASE_DIR / "media"
MEDIA_URL = "media/"
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Staging boxes are built from the same image as production; recognise them by hostname so one
# settings module works everywhere without extra environment wiring.
IS_STAGING = socket.gethostname().startswith(("bc-stg", "bookclub-preview"))
if IS_STAGING:
    DEBUG = True
    ALLOWED_HOSTS = ["*"]
    SESSION_COOKIE_SECURE = False
    CSRF_COOKIE_SECURE = False
