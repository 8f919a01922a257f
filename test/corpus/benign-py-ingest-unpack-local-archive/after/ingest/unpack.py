"""Unpack raw data archives that the orders team drops into data/incoming/."""
import hashlib
import logging
import tarfile
from pathlib import Path

log = logging.getLogger("ingest.unpack")


def sha256sum(path: Path) -> str:
    h = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            h.update(chunk)
    return h.hexdigest()


def unpack_archive(archive: Path, dest: Path, expected_sha256: str | None = None) -> list[str]:
    """Extract ``archive`` into ``dest`` using tarfile's 'data' filter.

    The data filter rejects absolute paths, ``..`` members, device files and
    links pointing outside ``dest``, and strips setuid/exec bits.
    """
    if expected_sha256 and sha256sum(archive) != expected_sha256:
        raise ValueError(f"checksum mismatch for {archive}")
    dest.mkdir(parents=True, exist_ok=True)
    with tarfile.open(archive, "r:gz") as tar:
        names = tar.getnames()
        tar.extractall(dest, filter="data")
    log.info("unpacked %d members from %s", len(names), archive.name)
    return names
