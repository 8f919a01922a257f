import bleach
import markdown
from django.http import HttpResponseBadRequest
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.http import require_POST

from .models import Post, Subscriber
from .tasks import send_confirmation_email

ALLOWED_TAGS = ["p", "a", "em", "strong", "code", "pre", "ul", "ol", "li", "h2", "h3", "blockquote"]


def render_markdown(text):
    html = markdown.markdown(text, extensions=["fenced_code"])
    return bleach.clean(html, tags=ALLOWED_TAGS, attributes={"a": ["href", "title"]})


def post_list(request):
    posts = Post.objects.filter(published_at__isnull=False)[:20]
    return render(request, "blog/post_list.html", {"posts": posts})


def post_detail(request, slug):
    post = get_object_or_404(Post, slug=slug, published_at__isnull=False)
    context = {"post": post, "body_html": render_markdown(post.body)}
    return render(request, "blog/post_detail.html", context)


@require_POST
def subscribe(request):
    email = request.POST.get("email", "").strip()
    if "@" not in email:
        return HttpResponseBadRequest("invalid email")
    sub, created = Subscriber.objects.get_or_create(email=email)
    if created:
        send_confirmation_email.delay(sub.pk)
    return redirect("post_list")
