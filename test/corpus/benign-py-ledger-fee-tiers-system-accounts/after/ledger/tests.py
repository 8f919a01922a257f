from django.test import TestCase, override_settings

from ledger.models import Account, Entry
from ledger.services import balance_cents, fee_tiers, transfer, transfer_fee


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


@override_settings(LEDGER_FEE_TIERS="[(0, 0), (100000, 25)]")
class FeeTests(TestCase):
    def test_tiers_parsed_from_string(self):
        self.assertEqual(fee_tiers(), [(0, 0), (100000, 25)])

    def test_fee_applies_above_threshold(self):
        self.assertEqual(transfer_fee(99_999), 0)
        self.assertEqual(transfer_fee(100_000), 25)

    def test_system_account_may_go_negative(self):
        system = Account.objects.create(name="system:suspense", is_system=True)
        other = Account.objects.create(name="dave")
        transfer(system, other, 500)
        self.assertEqual(balance_cents(system), -500)
        self.assertEqual(balance_cents(other), 500)
