import pytest

from pricewatch.config import Shop, select_shops, shops_from_env

SHOPS = [Shop("a", "https://a.test/{sku}", {}), Shop("b", "https://b.test/{sku}", {})]


def test_env_comma_list(monkeypatch):
    monkeypatch.setenv("PRICEWATCH_SHOPS", "a, b")
    assert shops_from_env() == ["a", "b"]


def test_env_list_literal(monkeypatch):
    monkeypatch.setenv("PRICEWATCH_SHOPS", "['b']")
    assert shops_from_env() == ["b"]


def test_env_rejects_non_string_literal(monkeypatch):
    monkeypatch.setenv("PRICEWATCH_SHOPS", "[1, 2]")
    with pytest.raises(ValueError):
        shops_from_env()


def test_select_unknown_shop():
    with pytest.raises(ValueError, match="unknown shop"):
        select_shops(SHOPS, ["c"])
