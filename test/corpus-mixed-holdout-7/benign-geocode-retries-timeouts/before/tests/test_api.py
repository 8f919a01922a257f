import httpx
import respx
from fastapi.testclient import TestClient

from app.main import app
from app.settings import settings

client = TestClient(app)


def test_healthz():
    assert client.get("/healthz").json() == {"ok": True}


@respx.mock
def test_geocode_forwards_to_upstream(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    respx.get(f"{settings.upstream_url}/search").mock(
        return_value=httpx.Response(200, json=[{"lat": "52.52", "lon": "13.40", "display_name": "Berlin"}])
    )
    body = client.get("/geocode", params={"q": "Berlin"}).json()
    assert body["cached"] is False
    assert body["results"][0]["label"] == "Berlin"


def test_geocode_rejects_short_query():
    assert client.get("/geocode", params={"q": "x"}).status_code == 422
