import logging
import os

from notes import create_app

app = create_app()

if __name__ == "__main__":
    logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper())
    port = int(os.environ.get("PORT", "5000"))
    # local development only; production runs under gunicorn (see README)
    app.run(host="127.0.0.1", port=port)
