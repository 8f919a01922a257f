import subprocess

from django.core.management.base import BaseCommand

from clubs.models import Book


class Command(BaseCommand):
    help = "Remove EXIF metadata (camera, GPS) from uploaded covers."

    def handle(self, *args, **options):
        for book in Book.objects.exclude(cover=""):
            subprocess.run(["exiftool", "-overwrite_original", "-all=", book.cover.path], check=True)
            self.stdout.write(f"stripped {book.cover.name}")
