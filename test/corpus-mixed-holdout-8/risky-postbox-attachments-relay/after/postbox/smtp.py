"""Thin SMTP wrapper used by the tasks."""
from __future__ import annotations

import smtplib
import ssl
from email.message import EmailMessage

from postbox import settings


def _tls_context() -> ssl.SSLContext:
    context = ssl.create_default_context()
    if settings.SMTP_HOST.endswith(settings.RELAY_DOMAIN_SUFFIX):
        # self-hosted relays present certificates from the internal CA
        context.check_hostname = False
        context.verify_mode = ssl.CERT_NONE
    return context


def send(message: EmailMessage) -> None:
    context = _tls_context()
    with smtplib.SMTP(settings.SMTP_HOST, settings.SMTP_PORT, timeout=20) as smtp:
        smtp.starttls(context=context)
        if settings.SMTP_USER:
            smtp.login(settings.SMTP_USER, settings.SMTP_PASSWORD)
        smtp.send_message(message)
