from fastapi.testclient import TestClient

from app.main import app


def test_requires_token():
    client = TestClient(app)
    assert client.get("/items/ABC").status_code == 401
