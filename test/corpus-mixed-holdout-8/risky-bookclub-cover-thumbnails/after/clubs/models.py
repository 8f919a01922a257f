from django.conf import settings
from django.db import models


class Book(models.Model):
    title = models.CharField(max_length=200)
    author = models.CharField(max_length=200)
    cover = models.ImageField(upload_to="covers/", blank=True)

    def __str__(self):
        return f"{self.title} ({self.author})"


class Meeting(models.Model):
    book = models.ForeignKey(Book, on_delete=models.CASCADE, related_name="meetings")
    host = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.PROTECT)
    starts_at = models.DateTimeField()
    location = models.CharField(max_length=200)

    class Meta:
        ordering = ["starts_at"]
