from django.contrib.auth.decorators import login_required
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
