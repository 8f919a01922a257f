import os
from pathlib import Path

import requests
from tqdm import tqdm

REGISTRY = os.environ.get("DSCTL_REGISTRY", "https://datasets.internal.example.com")


def list_datasets() -> list[str]:
    resp = requests.get(f"{REGISTRY}/index.json", timeout=30)
    resp.raise_for_status()
    return sorted(resp.json())


def download_dataset(name: str, dest: str) -> Path:
    out = Path(dest) / f"{name}.parquet"
    out.parent.mkdir(parents=True, exist_ok=True)
    with requests.get(f"{REGISTRY}/{name}.parquet", stream=True, timeout=60) as resp:
        resp.raise_for_status()
        with out.open("wb") as fh:
            for chunk in tqdm(resp.iter_content(1 << 20), desc=name):
                fh.write(chunk)
    return out
