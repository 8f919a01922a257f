import os

from flask import Flask, abort, jsonify, request

from storage import NoteStore

app = Flask(__name__)
store = NoteStore(os.environ.get("NOTES_DB", "notes.sqlite3"))


@app.get("/notes")
def list_notes():
    return jsonify(store.all())


@app.post("/notes")
def create_note():
    body = request.get_json(force=True)
    if body is None:
        abort(400)
    note_id = store.add(body.get("text", ""), body.get("tags", []))
    return jsonify({"id": note_id}), 201


@app.get("/notes/<int:note_id>")
def get_note(note_id):
    note = store.get(note_id)
    if note is None:
        abort(404)
    return jsonify(note)


if __name__ == "__main__":
    app.run(port=int(os.environ.get("PORT", "5000")))
