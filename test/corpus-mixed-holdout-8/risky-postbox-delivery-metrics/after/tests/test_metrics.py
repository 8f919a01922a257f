import time

from postbox import metrics


def test_record_delivery_swallows_collector_errors(monkeypatch):
    def boom(*args, **kwargs):
        raise metrics.httpx.ConnectError("down")

    monkeypatch.setattr(metrics.httpx, "post", boom)
    metrics.record_delivery("welcome", "ada@example.com", time.monotonic(), ok=True)
