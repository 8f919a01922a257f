from django.db import models


class Account(models.Model):
    name = models.CharField(max_length=120, unique=True)
    is_system = models.BooleanField(default=False)


class Entry(models.Model):
    account = models.ForeignKey(Account, on_delete=models.CASCADE, related_name="entries")
    amount_cents = models.IntegerField()
    memo = models.CharField(max_length=255, blank=True)
    cancelled = models.BooleanField(default=False)
    created_at = models.DateTimeField(auto_now_add=True)
