from datetime import date

from etlflow.extract import fetch_orders


class _Resp:
    def __init__(self, orders):
        self._orders = orders

    def raise_for_status(self):
        pass

    def json(self):
        return {"orders": self._orders}


class _Session:
    def __init__(self, pages):
        self.pages = pages
        self.calls = []

    def get(self, url, params, headers, timeout):
        self.calls.append((url, params["page"]))
        return _Resp(self.pages[params["page"] - 1])


def test_fetch_orders_pages_until_short_page(monkeypatch):
    monkeypatch.setattr("etlflow.extract.PAGE_SIZE", 2)
    s = _Session([[{"id": 1}, {"id": 2}], [{"id": 3}]])
    rows = fetch_orders("https://api.test", date(2024, 5, 1), session=s)
    assert [r["id"] for r in rows] == [1, 2, 3]
    assert s.calls == [("https://api.test/orders", 1), ("https://api.test/orders", 2)]
