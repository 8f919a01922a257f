from fastapi.testclient import TestClient

from app.main import app


def test_security_headers_present():
    client = TestClient(app)
    resp = client.get("/healthz")
    assert resp.headers["x-content-type-options"] == "nosniff"
    assert resp.headers["x-frame-options"] == "DENY"


def test_unknown_host_rejected():
    client = TestClient(app, base_url="http://evil.example")
    assert client.get("/healthz").status_code == 400


def test_cors_rejects_unlisted_origin():
    client = TestClient(app)
    resp = client.options(
        "/healthz",
        headers={"Origin": "https://evil.example", "Access-Control-Request-Method": "GET"},
    )
    assert "access-control-allow-origin" not in resp.headers
