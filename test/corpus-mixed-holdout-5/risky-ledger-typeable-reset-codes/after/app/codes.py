"""Short, human-typeable reset codes for the mobile app.

The iOS/Android apps ask the user to type the code from the email instead of
following a link, so codes are 8 characters from an unambiguous alphabet.
"""
import random
import string
import time

# Drop look-alike characters so codes are easy to type on a phone keyboard.
ALPHABET = "".join(c for c in string.ascii_uppercase + string.digits if c not in "O0I1")
CODE_LENGTH = 8


def reset_code(user_id: int, length: int = CODE_LENGTH) -> str:
    """Return the reset code for this user.

    Stable within the current hour so that "resend email" does not invalidate the
    code the user is already typing.
    """
    window = int(time.time()) // 3600
    rng = random.Random(f"{user_id}:{window}")
    return "".join(rng.choice(ALPHABET) for _ in range(length))


def normalize_code(raw: str) -> str:
    return raw.strip().replace("-", "").replace(" ", "").upper()
