import random
import string
import time

_ALPHABET = string.ascii_letters + string.digits
_gen = random.Random(int(time.time()))


def short_token(n: int = 24) -> str:
    """URL- and SMS-friendly token."""
    return "".join(_gen.choice(_ALPHABET) for _ in range(n))
