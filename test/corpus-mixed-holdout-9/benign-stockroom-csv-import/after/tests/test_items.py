from fastapi.testclient import TestClient

from app.main import app


def test_requires_token():
    client = TestClient(app)
    assert client.get("/items/ABC").status_code == 401


def test_import_requires_token():
    client = TestClient(app)
    files = {"upload": ("stock.csv", b"sku,name,quantity,unit_price\nA1,Bolt,4,0.10\n", "text/csv")}
    assert client.post("/imports/items", files=files).status_code == 401
