import re
from decimal import Decimal, InvalidOperation

from selectolax.parser import HTMLParser

_PRICE_RE = re.compile(r"(\d{1,3}(?:[.,\s]\d{3})*(?:[.,]\d{2})?)")


def parse_price(text: str) -> Decimal | None:
    m = _PRICE_RE.search(text.replace("\xa0", " "))
    if not m:
        return None
    raw = m.group(1).replace(" ", "")
    if "," in raw and raw.rfind(",") > raw.rfind("."):
        raw = raw.replace(".", "").replace(",", ".")
    else:
        raw = raw.replace(",", "")
    try:
        return Decimal(raw)
    except InvalidOperation:
        return None


def extract(html: str, selectors: dict[str, str]) -> dict[str, str | None]:
    tree = HTMLParser(html)
    record: dict[str, str | None] = {}
    for field_name, css in selectors.items():
        node = tree.css_first(css)
        record[field_name] = node.text(strip=True) if node else None
    return record
