from django.test import TestCase

from ledger.models import Account, Entry
from ledger.services import balance_cents, transfer


class TransferTests(TestCase):
    def setUp(self):
        self.a = Account.objects.create(name="alice")
        self.b = Account.objects.create(name="bob")
        Entry.objects.create(account=self.a, amount_cents=10_000)

    def test_transfer_moves_money(self):
        transfer(self.a, self.b, 2_500)
        self.assertEqual(balance_cents(self.a), 7_500)
        self.assertEqual(balance_cents(self.b), 2_500)

    def test_insufficient_funds(self):
        with self.assertRaises(ValueError):
            transfer(self.b, self.a, 1)
