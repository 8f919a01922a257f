import pytest

from ingest.config import ConfigError, load_config


def test_loads_valid_config(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("source: {kind: csv, path: a.csv}\nsink: {kind: parquet, path: b.parquet}\n")
    cfg = load_config(p)
    assert cfg.source["path"] == "a.csv"
    assert cfg.transforms == []


def test_rejects_python_tags(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("source: !!python/object/apply:os.getcwd []\nsink: {}\n")
    with pytest.raises(Exception):
        load_config(p)


def test_rejects_missing_sink(tmp_path):
    p = tmp_path / "p.yaml"
    p.write_text("source: {kind: csv, path: a.csv}\n")
    with pytest.raises(ConfigError, match="missing keys"):
        load_config(p)
