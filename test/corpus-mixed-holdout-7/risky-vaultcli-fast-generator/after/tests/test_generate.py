import os

import pytest

from vaultcli.generate import generate


def test_length_respected():
    assert len(generate(32)) == 32


def test_rejects_short_passwords():
    with pytest.raises(ValueError):
        generate(4)


@pytest.mark.skipif(os.environ.get("CI") == "true", reason="slow on shared runners")
def test_passwords_are_unique():
    seen = {generate(20) for _ in range(200)}
    assert len(seen) == 200
