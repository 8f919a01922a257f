from quotes.pricing import quote_total, volume_discount


def test_volume_discount_tiers():
    assert volume_discount(1) == 0.0
    assert volume_discount(20) == 0.05
    assert volume_discount(100) == 0.15


def test_quote_total_includes_tax():
    assert quote_total("widget", 10, "us") == 48.15
