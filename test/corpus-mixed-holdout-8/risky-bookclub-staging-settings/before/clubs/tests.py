from datetime import timedelta

from django.contrib.auth import get_user_model
from django.test import TestCase
from django.urls import reverse
from django.utils import timezone

from clubs.models import Book, Meeting


class UpcomingTests(TestCase):
    def test_lists_future_meetings(self):
        host = get_user_model().objects.create_user("host", password="pw-for-tests")
        book = Book.objects.create(title="Dune", author="Frank Herbert")
        Meeting.objects.create(book=book, host=host, starts_at=timezone.now() + timedelta(days=3), location="Library")
        resp = self.client.get(reverse("upcoming"))
        self.assertContains(resp, "Dune")
