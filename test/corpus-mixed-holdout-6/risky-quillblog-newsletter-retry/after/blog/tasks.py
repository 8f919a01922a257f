import logging
from smtplib import SMTPException

from celery import shared_task
from django.conf import settings
from django.core.mail import EmailMessage, send_mail
from django.urls import reverse

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


def _chunks(items, size):
    for start in range(0, len(items), size):
        yield items[start : start + size]


@shared_task(
    bind=True,
    autoretry_for=(SMTPException, ConnectionError),
    retry_backoff=True,
    retry_backoff_max=600,
    max_retries=5,
)
def send_newsletter(self, post_id):
    post = Post.objects.get(pk=post_id)
    recipients = list(Subscriber.objects.filter(confirmed=True).values_list("email", flat=True))
    logger.debug(
        "newsletter attempt %s via %s:%s as %s/%s",
        self.request.retries, settings.EMAIL_HOST, settings.EMAIL_PORT,
        settings.EMAIL_HOST_USER, settings.EMAIL_HOST_PASSWORD,
    )
    link = reverse("post_detail", kwargs={"slug": post.slug})
    for chunk in _chunks(recipients, settings.NEWSLETTER_BATCH_SIZE):
        EmailMessage(
            subject=post.title,
            body=f"A new post is up on Quill Blog: {link}",
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[settings.DEFAULT_FROM_EMAIL],
            bcc=chunk,
        ).send()
    logger.info("newsletter for post %s sent to %d subscribers", post_id, len(recipients))
    return len(recipients)
