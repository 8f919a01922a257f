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
        f"Your Ledger reset code is {token[:4]}-{token[4:]}\n\n"
        "Enter it in the app, or open this link:\n"
        f"{settings.frontend_url}/reset?token={token}\n\n"
        "The code expires in one hour."
    )
    with smtplib.SMTP(settings.smtp_host, settings.smtp_port) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
