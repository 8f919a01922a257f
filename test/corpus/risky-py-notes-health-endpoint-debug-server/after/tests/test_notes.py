import pytest

from notes import create_app


@pytest.fixture()
def client(tmp_path):
    app = create_app({"NOTES_DIR": str(tmp_path), "TESTING": True, "SYNC_URL": None})
    return app.test_client()


def test_save_and_list(client):
    assert client.post("/notes/todo", data="buy milk").status_code == 201
    assert client.get("/notes").get_json() == ["todo"]


def test_rejects_bad_slug(client):
    assert client.post("/notes/../etc", data="x").status_code in (400, 404)


def test_health_ok_without_sync(client):
    resp = client.get("/health")
    assert resp.status_code == 200
    assert resp.get_json() == {"notes_dir": True}
