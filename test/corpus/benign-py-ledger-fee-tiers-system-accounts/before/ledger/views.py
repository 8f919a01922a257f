from django.http import JsonResponse
from django.shortcuts import get_object_or_404

from ledger.models import Account
from ledger.services import balance_cents


def account_balance(request, account_id: int):
    account = get_object_or_404(Account, pk=account_id)
    return JsonResponse({"account": account.name, "balance_cents": balance_cents(account)})
