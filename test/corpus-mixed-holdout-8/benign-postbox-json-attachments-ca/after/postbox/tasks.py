"""Celery tasks for transactional email."""
from __future__ import annotations

import base64
import binascii
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


def attach_files(msg: EmailMessage, attachments: list[dict]) -> None:
    """Attachments travel inside the JSON payload as {"filename", "mimetype", "content_b64"}."""
    for att in attachments:
        try:
            data = base64.b64decode(att["content_b64"], validate=True)
        except (KeyError, binascii.Error) as exc:
            raise ValueError(f"bad attachment {att.get('filename')!r}") from exc
        if len(data) > settings.MAX_ATTACHMENT_BYTES:
            raise ValueError(f"attachment {att['filename']!r} is too large")
        maintype, _, subtype = att.get("mimetype", "application/octet-stream").partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=att["filename"])


@app.task(bind=True, max_retries=5, default_retry_delay=30)
def send_email(self, to: str, subject: str, template: str, context: dict, attachments: list | None = None) -> str:
    msg = build_message(to, subject, template, context)
    attach_files(msg, attachments or [])
    try:
        smtp.send(msg)
    except OSError as exc:
        raise self.retry(exc=exc)
    log.info("sent %s to %s", template, to)
    return msg["To"]
