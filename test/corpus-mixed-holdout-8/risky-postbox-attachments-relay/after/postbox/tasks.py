"""Celery tasks for transactional email."""
from __future__ import annotations

import logging
import mimetypes
from pathlib import Path
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
    """Each attachment is {"filename", "data"} or {"path"} for files already on the worker."""
    for att in attachments:
        data = att["data"] if "data" in att else Path(att["path"]).read_bytes()
        filename = att.get("filename") or Path(att["path"]).name
        ctype = mimetypes.guess_type(filename)[0] or "application/octet-stream"
        maintype, _, subtype = ctype.partition("/")
        msg.add_attachment(data, maintype=maintype, subtype=subtype, filename=filename)


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
