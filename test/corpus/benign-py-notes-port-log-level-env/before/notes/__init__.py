from flask import Flask

from notes.views import bp


def create_app(config: dict | None = None) -> Flask:
    app = Flask(__name__)
    app.config.update(NOTES_DIR="instance/notes", MAX_CONTENT_LENGTH=1 << 20)
    if config:
        app.config.update(config)
    app.register_blueprint(bp)
    return app
