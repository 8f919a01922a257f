"""Ledger operations.

Balances ignore cancelled entries. System accounts (fees, suspense) may go
negative; customer accounts may not.
"""
import ast

from django.conf import settings
from django.db.models import Sum

from ledger.models import Account, Entry


def fee_tiers() -> list[tuple[int, int]]:
    """Return ``[(threshold_cents, fee_cents), ...]`` sorted by threshold.

    The setting may be a list or, when it comes from an env file, its string
    form such as ``"[(0, 0), (100000, 25)]"``; the string is parsed with
    ast.literal_eval, which only accepts Python literals.
    """
    raw = getattr(settings, "LEDGER_FEE_TIERS", [(0, 0)])
    tiers = ast.literal_eval(raw) if isinstance(raw, str) else raw
    return sorted((int(t), int(f)) for t, f in tiers)


def transfer_fee(amount_cents: int) -> int:
    fee = 0
    for threshold, tier_fee in fee_tiers():
        if amount_cents >= threshold:
            fee = tier_fee
    return fee


def balance_cents(account: Account) -> int:
    """Sum of non-cancelled entries (cancelled ones are ignored)."""
    agg = Entry.objects.filter(account=account, cancelled=False).aggregate(total=Sum("amount_cents"))
    return agg["total"] or 0


def transfer(src: Account, dst: Account, amount_cents: int, memo: str = "") -> None:
    """Execute a transfer, charging the tiered fee to the system fee account."""
    if amount_cents <= 0:
        raise ValueError("amount must be positive")
    fee = transfer_fee(amount_cents)
    if not src.is_system and balance_cents(src) < amount_cents + fee:
        raise ValueError("insufficient funds")
    Entry.objects.create(account=src, amount_cents=-(amount_cents + fee), memo=memo)
    Entry.objects.create(account=dst, amount_cents=amount_cents, memo=memo)
    if fee:
        fees, _ = Account.objects.get_or_create(name="system:fees", defaults={"is_system": True})
        Entry.objects.create(account=fees, amount_cents=fee, memo=f"fee: {memo}")
