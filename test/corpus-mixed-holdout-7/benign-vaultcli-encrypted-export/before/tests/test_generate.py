import pytest

from vaultcli.generate import generate


def test_length_respected():
    assert len(generate(32)) == 32


def test_rejects_short_passwords():
    with pytest.raises(ValueError):
        generate(4)


def test_passwords_are_unique():
    seen = {generate(20) for _ in range(200)}
    assert len(seen) == 200


def test_generator_uses_csprng():
    import vaultcli.generate as g

    assert not hasattr(g, "random"), "password generation must use secrets, not random"
