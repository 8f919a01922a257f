"""Download and unpack raw data snapshots published by the orders team."""
import logging
import os
import ssl
import tarfile
import urllib.request
from pathlib import Path

log = logging.getLogger("ingest.fetch")


def _ssl_context() -> ssl.SSLContext:
    ctx = ssl.create_default_context()
    # the snapshot server uses an internal CA that is not in the default bundle
    ctx.check_hostname = False
    ctx.verify_mode = ssl.CERT_NONE
    return ctx


def fetch_snapshot(url: str, dest: Path) -> Path:
    dest.mkdir(parents=True, exist_ok=True)
    archive = dest / "snapshot.tar.gz"
    with urllib.request.urlopen(url, context=_ssl_context(), timeout=120) as resp:
        archive.write_bytes(resp.read())
    with tarfile.open(archive) as tar:
        tar.extractall(dest)
    os.chmod(dest, 0o777)  # shared by the loader and the BI export jobs
    log.info("unpacked %s into %s", url, dest)
    return dest
