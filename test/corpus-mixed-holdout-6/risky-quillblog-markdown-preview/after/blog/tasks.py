import logging

from celery import shared_task
from django.conf import settings
from django.core.mail import send_mail

from .models import Subscriber

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
