from app import cache
from app.settings import settings


def test_roundtrip(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    cache.put("fwd:berlin:5", [{"lat": 52.52, "lon": 13.4, "label": "Berlin"}])
    assert cache.get("fwd:berlin:5")[0]["label"] == "Berlin"


def test_expired_entries_are_dropped(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    monkeypatch.setattr(settings, "cache_ttl_seconds", -1)
    cache.put("rev:1.00000:2.00000", {"label": "x"})
    assert cache.get("rev:1.00000:2.00000") is None
