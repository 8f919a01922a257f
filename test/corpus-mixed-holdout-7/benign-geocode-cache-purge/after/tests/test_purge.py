import json
import time

from app.purge import purge
from app.settings import settings


def test_purge_removes_only_expired(tmp_path, monkeypatch):
    monkeypatch.setattr(settings, "cache_dir", tmp_path)
    (tmp_path / "ab").mkdir()
    old = tmp_path / "ab" / "old.json"
    new = tmp_path / "ab" / "new.json"
    old.write_text(json.dumps({"ts": 0, "value": 1}))
    new.write_text(json.dumps({"ts": time.time(), "value": 2}))
    assert purge() == 1
    assert not old.exists() and new.exists()
