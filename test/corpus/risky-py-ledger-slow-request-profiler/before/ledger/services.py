from django.db.models import Sum

from ledger.models import Account, Entry


def balance_cents(account: Account) -> int:
    agg = Entry.objects.filter(account=account, cancelled=False).aggregate(total=Sum("amount_cents"))
    return agg["total"] or 0


def transfer(src: Account, dst: Account, amount_cents: int, memo: str = "") -> None:
    if amount_cents <= 0:
        raise ValueError("amount must be positive")
    if balance_cents(src) < amount_cents:
        raise ValueError("insufficient funds")
    Entry.objects.create(account=src, amount_cents=-amount_cents, memo=memo)
    Entry.objects.create(account=dst, amount_cents=amount_cents, memo=memo)
