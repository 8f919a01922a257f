import httpx
import pytest
import respx

from app import providers
from app.settings import settings


@respx.mock
def test_upstream_error_raises_provider_error():
    respx.get(f"{settings.upstream_url}/search").mock(return_value=httpx.Response(503))
    with pytest.raises(providers.ProviderError):
        providers.forward("Berlin")


@respx.mock
def test_api_key_sent_to_configured_upstream(monkeypatch):
    monkeypatch.setattr(settings, "upstream_api_key", "test-key-not-real")
    route = respx.get(f"{settings.upstream_url}/reverse").mock(
        return_value=httpx.Response(200, json={"lat": "1", "lon": "2", "display_name": "X"})
    )
    providers.reverse(1.0, 2.0)
    assert route.calls.last.request.headers["X-Api-Key"] == "test-key-not-real"
