import smtplib
from email.message import EmailMessage

from app.config import get_settings


def send_reset_email(to: str, token: str) -> None:
    settings = get_settings()
    msg = EmailMessage()
    msg["Subject"] = "Reset your Ledger password"
    msg["From"] = settings.mail_from
    msg["To"] = to
    msg.set_content(
        "Use this link to reset your password:\n\n"
        f"{settings.frontend_url}/reset?token={token}\n\n"
        "The link expires in one hour."
    )
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
