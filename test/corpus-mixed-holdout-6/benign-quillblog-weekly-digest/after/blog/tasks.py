import logging
from datetime import timedelta

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail
from django.template.loader import render_to_string
from django.utils import timezone

from .models import Post, Subscriber

logger = logging.getLogger(__name__)


@shared_task
def send_confirmation_email(subscriber_id):
    sub = Subscriber.objects.get(pk=subscriber_id)
    send_mail(
        subject="Confirm your subscription",
        message="Thanks for subscribing to Quill Blog. Reply to this email to confirm.",
        from_email=settings.DEFAULT_FROM_EMAIL,
        recipient_list=[sub.email],
    )
    logger.info("confirmation sent to subscriber %s", subscriber_id)


def digest_path(week_start):
    year, week, _ = week_start.isocalendar()
    return settings.DIGEST_DIR / f"{year}-W{week:02d}.html"


@shared_task
def build_weekly_digest(now=None):
    now = now or timezone.now()
    week_start = (now - timedelta(days=now.weekday())).replace(hour=0, minute=0, second=0, microsecond=0)
    posts = Post.objects.filter(published_at__gte=week_start - timedelta(days=7), published_at__lt=week_start)
    html = render_to_string("blog/digest.html", {"posts": posts, "week_start": week_start})
    out = digest_path(week_start)
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_text(html, encoding="utf-8")
    logger.info("wrote digest %s with %d posts", out.name, len(posts))
    return str(out)
