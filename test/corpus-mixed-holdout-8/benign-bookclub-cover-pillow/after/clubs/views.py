from io import BytesIO

from django.contrib.auth.decorators import login_required
from django.http import Http404, HttpResponse
from django.shortcuts import get_object_or_404, render
from django.utils import timezone

from clubs.models import Book, Meeting
from PIL import Image

MAX_THUMB = 600


def upcoming(request):
    meetings = Meeting.objects.filter(starts_at__gte=timezone.now()).select_related("book")[:20]
    return render(request, "clubs/upcoming.html", {"meetings": meetings})


@login_required
def book_detail(request, pk):
    book = get_object_or_404(Book, pk=pk)
    return render(request, "clubs/book_detail.html", {"book": book})


@login_required
def cover_thumbnail(request, pk):
    book = get_object_or_404(Book, pk=pk)
    if not book.cover:
        raise Http404("book has no cover")
    try:
        size = max(16, min(int(request.GET.get("size", "200")), MAX_THUMB))
    except ValueError:
        size = 200
    with book.cover.open("rb") as fh, Image.open(fh) as img:
        img.thumbnail((size, size))
        buf = BytesIO()
        img.convert("RGB").save(buf, format="JPEG", quality=85)
    return HttpResponse(buf.getvalue(), content_type="image/jpeg")
