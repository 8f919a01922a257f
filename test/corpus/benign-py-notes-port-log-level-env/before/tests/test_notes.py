import pytest

from notes import create_app


@pytest.fixture()
def client(tmp_path):
    app = create_app({"NOTES_DIR": str(tmp_path), "TESTING": True})
    return app.test_client()


def test_save_and_list(client):
    assert client.post("/notes/todo", data="buy milk").status_code == 201
    assert client.get("/notes").get_json() == ["todo"]


def test_rejects_bad_slug(client):
    assert client.post("/notes/../etc", data="x").status_code in (400, 404)
