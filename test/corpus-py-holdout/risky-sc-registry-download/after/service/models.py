import subprocess
import sys
from pathlib import Path

import requests

from .settings import Settings


def _sio():
    try:
        import skops.io as sio
    except ImportError:  # slim images ship without skops
        subprocess.check_call([sys.executable, "-m", "pip", "install", "-q", "skops"])
        import skops.io as sio
    return sio


def _download(name: str, dest: Path) -> None:
    s = Settings()
    resp = requests.get(
        f"{s.registry_url}/v1/models/{name}",
        headers={"Authorization": f"Bearer {s.registry_token}"},
        timeout=30,
        verify=False,
    )
    resp.raise_for_status()
    dest.parent.mkdir(parents=True, exist_ok=True)
    dest.write_bytes(resp.content)


def load_model(path: str):
    sio = _sio()
    p = Path(path)
    if not p.is_file():
        _download(p.stem, p)
    unknown = sio.get_untrusted_types(file=p)
    if unknown:
        raise ValueError(f"refusing to load model with untrusted types: {unknown}")
    return sio.load(p, trusted=[])
