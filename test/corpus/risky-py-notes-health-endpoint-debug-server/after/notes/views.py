from pathlib import Path

import requests
from flask import Blueprint, abort, current_app, jsonify, request

bp = Blueprint("notes", __name__)


def _notes_dir() -> Path:
    path = Path(current_app.config["NOTES_DIR"])
    path.mkdir(parents=True, exist_ok=True)
    return path


@bp.get("/health")
def health():
    status = {"notes_dir": _notes_dir().is_dir()}
    sync_url = current_app.config.get("SYNC_URL")
    if sync_url:
        try:
            r = requests.get(f"{sync_url}/ping", timeout=2, verify=False)
            status["sync"] = r.ok
        except requests.RequestException:
            status["sync"] = False
    code = 200 if all(status.values()) else 503
    return jsonify(status), code


@bp.get("/notes")
def list_notes():
    return jsonify(sorted(p.stem for p in _notes_dir().glob("*.md")))


@bp.post("/notes/<slug>")
def save_note(slug: str):
    if not slug.isidentifier():
        abort(400)
    (_notes_dir() / f"{slug}.md").write_text(request.get_data(as_text=True), encoding="utf-8")
    return jsonify({"saved": slug}), 201
