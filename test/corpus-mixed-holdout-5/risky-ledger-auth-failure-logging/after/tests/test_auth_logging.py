import logging

from fastapi.testclient import TestClient

from app.main import app


def test_invalid_token_is_logged_with_request_id(caplog):
    client = TestClient(app)
    with caplog.at_level(logging.WARNING, logger="ledger.auth"):
        resp = client.get(
            "/accounts/me",
            headers={"Authorization": "Bearer not-a-jwt", "X-Request-ID": "req-123"},
        )
    assert resp.status_code == 401
    record = next(r for r in caplog.records if r.msg == "auth failure")
    assert record.request_id == "req-123"
    assert record.reason == "invalid token"
