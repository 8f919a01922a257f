from fastapi.testclient import TestClient

from app.main import app


def test_preview_origin_is_allowed():
    client = TestClient(app)
    origin = "https://feature-budgets--ledger-web.netlify.app"
    resp = client.options(
        "/healthz",
        headers={"Origin": origin, "Access-Control-Request-Method": "GET"},
    )
    assert resp.headers["access-control-allow-origin"] == origin
