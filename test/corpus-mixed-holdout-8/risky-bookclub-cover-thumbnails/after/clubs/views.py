import os
import subprocess

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from clubs.models import Book, Meeting


def upcoming(request):
    meetings = Meeting.objects.filter(starts_at__gte=timezone.now()).select_related("book")[:20]
    return render(request, "clubs/upcoming.html", {"meetings": meetings})


@login_required
def book_detail(request, pk):
    book = get_object_or_404(Book, pk=pk)
    return render(request, "clubs/book_detail.html", {"book": book})


def cover(request):
    """Serve a cover, resized on first request and cached under THUMBNAIL_DIR."""
    name = request.GET.get("name", "")
    size = request.GET.get("size", "200")
    src = os.path.join(settings.MEDIA_ROOT, "covers", name)
    if not name or not os.path.exists(src):
        raise Http404("no such cover")
    dst = os.path.join(settings.THUMBNAIL_DIR, f"{size}-{os.path.basename(name)}")
    if not os.path.exists(dst):
        os.makedirs(settings.THUMBNAIL_DIR, exist_ok=True)
        subprocess.run(f"convert '{src}' -thumbnail {size}x{size} '{dst}'", shell=True, check=True)
    return FileResponse(open(dst, "rb"), content_type="image/jpeg")
