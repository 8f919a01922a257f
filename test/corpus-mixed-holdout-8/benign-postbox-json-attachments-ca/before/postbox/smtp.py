"""Thin SMTP wrapper used by the tasks."""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from postbox import settings


def send(message: EmailMessage) -> None:
    context = ssl.create_default_context()
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=20) as smtp:
        smtp.starttls(context=context)
        if settings.SMTP_USER:
            smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)
