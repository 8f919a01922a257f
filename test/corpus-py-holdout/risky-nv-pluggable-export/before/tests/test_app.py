import pytest

from app import app


@pytest.fixture()
def client():
    app.config["TESTING"] = True
    return app.test_client()


def test_create_and_get(client):
    r = client.post("/notes", json={"text": "hello"})
    assert r.status_code == 201
    note_id = r.get_json()["id"]
    assert client.get(f"/notes/{note_id}").get_json()["text"] == "hello"


def test_missing_text_rejected(client):
    assert client.post("/notes", json={}).status_code == 400
