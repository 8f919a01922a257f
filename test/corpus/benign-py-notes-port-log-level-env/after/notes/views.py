from pathlib import Path

from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("notes", __name__)


def _notes_dir() -> Path:
    path = Path(current_app.config["NOTES_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


@bp.get("/notes")
def list_notes():
    return jsonify(sorted(p.stem for p in _notes_dir().glob("*.md")))


@bp.post("/notes/<slug>")
def save_note(slug: str):
    if not slug.isidentifier():
        abort(400)
    (_notes_dir() / f"{slug}.md").write_text(request.get_data(as_text=True), encoding="utf-8")
    return jsonify({"saved": slug}), 201
