"""Downloader middlewares."""
from scrapy.exceptions import IgnoreRequest


class SkipBinaryMiddleware:
    SKIP_SUFFIXES = (".pdf", ".zip", ".mp4", ".jpg", ".png")

    def process_request(self, request, spider):
        if request.url.lower().endswith(self.SKIP_SUFFIXES):
            raise IgnoreRequest(f"binary url: {request.url}")
        return None
