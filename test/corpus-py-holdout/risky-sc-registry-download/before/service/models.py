from pathlib import Path

import skops.io as sio


def load_model(path: str):
    p = Path(path)
    if not p.is_file():
        raise FileNotFoundError(p)
    unknown = sio.get_untrusted_types(file=p)
    if unknown:
        raise ValueError(f"refusing to load model with untrusted types: {unknown}")
    return sio.load(p, trusted=[])
