import logging
import os
import time

from flask import Flask, abort, jsonify, request

from storage import NoteStore

app = Flask(__name__)
store = NoteStore(os.environ.get("NOTES_DB", "notes.sqlite3"))
logging.basicConfig(level=os.environ.get("LOG_LEVEL", "INFO").upper())
log = logging.getLogger("notesvc")


@app.before_request
def _start_timer():
    request.environ["notesvc.t0"] = time.perf_counter()


@app.after_request
def _log_request(response):
    elapsed = time.perf_counter() - request.environ.get("notesvc.t0", time.perf_counter())
    log.info("%s %s -> %d (%.1f ms)", request.method, request.path, response.status_code, elapsed * 1000)
    return response


@app.get("/notes")
def list_notes():
    return jsonify(store.all())


@app.post("/notes")
def create_note():
    """Create a note.

    Unknown fields in the body are ignored; the system only stores `text` and `tags`.
    """
    body = request.get_json(force=True)
    if not body or not body.get("text"):
        abort(400)
    note_id = store.add(body["text"], body.get("tags", []))
    return jsonify({"id": note_id}), 201


@app.get("/notes/<int:note_id>")
def get_note(note_id):
    note = store.get(note_id)
    if note is None:
        abort(404)
    return jsonify(note)


if __name__ == "__main__":
    app.run(host=os.environ.get("HOST", "127.0.0.1"), port=int(os.environ.get("PORT", "5000")))
