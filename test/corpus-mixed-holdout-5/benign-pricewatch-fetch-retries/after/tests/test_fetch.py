import httpx
import respx

from pricewatch import fetch


@respx.mock
def test_retries_on_429_then_succeeds(monkeypatch):
    monkeypatch.setattr(fetch.time, "sleep", lambda s: None)
    route = respx.get("https://shop.test/p/1").mock(
        side_effect=[
            httpx.Response(429, headers={"Retry-After": "1"}),
            httpx.Response(200, text="<h1>ok</h1>"),
        ]
    )
    assert fetch.fetch_page("https://shop.test/p/1") == "<h1>ok</h1>"
    assert route.call_count == 2


@respx.mock
def test_gives_up_after_attempts(monkeypatch):
    monkeypatch.setattr(fetch.time, "sleep", lambda s: None)
    respx.get("https://shop.test/p/2").mock(return_value=httpx.Response(503))
    try:
        fetch.fetch_page("https://shop.test/p/2", attempts=3)
    except httpx.HTTPStatusError as exc:
        assert exc.response.status_code == 503
    else:
        raise AssertionError("expected HTTPStatusError")
