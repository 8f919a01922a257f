"""Template rendering for outgoing mail."""
from jinja2 import Environment, FileSystemLoader, select_autoescape

from postbox import settings

_env = Environment(
    loader=FileSystemLoader(settings.TEMPLATE_DIR),
    autoescape=select_autoescape(["html"]),
)


def render(template: str, context: dict) -> tuple[str, str]:
    text = _env.get_template(f"{template}.txt").render(**context)
    html = _env.get_template(f"{template}.html").render(**context)
    return text, html
