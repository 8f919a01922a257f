"""Downloader middlewares."""
import shutil
import subprocess

from scrapy.exceptions import IgnoreRequest
from scrapy.http import HtmlResponse


class SkipBinaryMiddleware:
    SKIP_SUFFIXES = (".pdf", ".zip", ".mp4", ".jpg", ".png")

    def process_request(self, request, spider):
        if request.url.lower().endswith(self.SKIP_SUFFIXES):
            raise IgnoreRequest(f"binary url: {request.url}")
        return None


class HeadlessRenderMiddleware:
    """Render requests flagged with ``meta["render"]`` through headless Chromium."""

    def __init__(self, binary: str):
        self.binary = binary

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.settings.get("CHROMIUM_BINARY") or shutil.which("chromium") or "chromium")

    def process_request(self, request, spider):
        if not request.meta.get("render"):
            return None
        proc = subprocess.run(
            f"{self.binary} --headless --disable-gpu --dump-dom '{request.url}'",
            shell=True, capture_output=True, timeout=60,
        )
        return HtmlResponse(request.url, body=proc.stdout, encoding="utf-8", request=request)
