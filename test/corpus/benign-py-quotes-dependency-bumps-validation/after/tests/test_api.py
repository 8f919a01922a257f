from fastapi.testclient import TestClient

from quotes.main import app

client = TestClient(app)


def test_quote_ok():
    resp = client.post("/quote", json={"sku": "widget", "quantity": 10})
    assert resp.status_code == 200
    assert resp.json() == {"sku": "widget", "quantity": 10, "total": 48.15}


def test_unknown_sku_is_404():
    assert client.post("/quote", json={"sku": "nope", "quantity": 1}).status_code == 404


def test_quantity_must_be_positive():
    assert client.post("/quote", json={"sku": "widget", "quantity": 0}).status_code == 422
