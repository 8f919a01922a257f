from django.http import HttpResponseBadRequest, JsonResponse
from django.shortcuts import get_object_or_404

from ledger.formulas import evaluate
from ledger.models import Account
from ledger.services import balance_cents


def account_balance(request, account_id: int):
    account = get_object_or_404(Account, pk=account_id)
    return JsonResponse({"account": account.name, "balance_cents": balance_cents(account)})


def account_report(request, account_id: int):
    account = get_object_or_404(Account, pk=account_id)
    expr = request.GET.get("column", "balance")
    row = {"balance": balance_cents(account)}
    try:
        value = evaluate(expr, row)
    except (ValueError, SyntaxError, ZeroDivisionError) as exc:
        return HttpResponseBadRequest(str(exc))
    return JsonResponse({"account": account.name, "column": expr, "value": value})
