"""Celery tasks for transactional email."""
from __future__ import annotations

import logging
from email.message import EmailMessage

from postbox import rendering, settings, smtp
from postbox.celery_app import app

log = logging.getLogger(__name__)


def build_message(to: str, subject: str, template: str, context: dict) -> EmailMessage:
    text, html = rendering.render(template, context)
    msg = EmailMessage()
    msg["From"] = settings.DEFAULT_SENDER
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(text)
    msg.add_alternative(html, subtype="html")
    return msg


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def send_email(self, to: str, subject: str, template: str, context: dict) -> str:
    msg = build_message(to, subject, template, context)
    try:
        smtp.send(msg)
    except OSError as exc:
        raise self.retry(exc=exc)
    log.info("sent %s to %s", template, to)
    return msg["To"]
