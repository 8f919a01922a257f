from decimal import Decimal

import pytest

from pricewatch.extract import extract, parse_price


@pytest.mark.parametrize(
    "text,expected",
    [
        ("€ 1.299,00", Decimal("1299.00")),
        ("$1,299.00", Decimal("1299.00")),
        ("49,95 €", Decimal("49.95")),
        ("no price", None),
    ],
)
def test_parse_price(text, expected):
    assert parse_price(text) == expected


def test_extract_missing_selector():
    html = "<html><h1 class='t'>Chain</h1></html>"
    assert extract(html, {"title": "h1.t", "price": ".p"}) == {"title": "Chain", "price": None}
