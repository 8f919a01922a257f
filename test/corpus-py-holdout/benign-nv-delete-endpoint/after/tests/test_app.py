import pytest

import app as app_module
from storage import NoteStore


@pytest.fixture()
def client(tmp_path, monkeypatch):
    monkeypatch.setattr(app_module, "store", NoteStore(str(tmp_path / "notes.sqlite3")))
    app_module.app.config["TESTING"] = True
    return app_module.app.test_client()


def test_create_and_get(client):
    r = client.post("/notes", json={"text": "hello", "tags": ["a"]})
    assert r.status_code == 201
    note_id = r.get_json()["id"]
    assert client.get(f"/notes/{note_id}").get_json() == {"id": note_id, "text": "hello", "tags": ["a"]}


def test_missing_text_rejected(client):
    assert client.post("/notes", json={}).status_code == 400
    assert client.get("/notes").get_json() == []


def test_delete_note(client):
    note_id = client.post("/notes", json={"text": "bye"}).get_json()["id"]
    assert client.delete(f"/notes/{note_id}").status_code == 204
    assert client.get(f"/notes/{note_id}").status_code == 404


def test_delete_missing_note_is_404(client):
    assert client.delete("/notes/999").status_code == 404
