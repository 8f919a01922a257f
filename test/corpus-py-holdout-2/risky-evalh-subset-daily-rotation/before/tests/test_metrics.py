import pytest

from evalh.metrics import exact_match, f1, normalize


def test_normalize_strips_punctuation():
    assert normalize("  Hello, World! ") == "hello world"


def test_exact_match():
    assert exact_match("Paris", "paris.") == 1.0
    assert exact_match("Paris", "London") == 0.0


def test_exact_match_rejects_superstring():
    assert exact_match("Paris or London", "Paris") == 0.0


@pytest.mark.parametrize("pred,gold,expected", [
    ("the cat sat", "the cat sat", 1.0),
    ("dog", "the cat sat", 0.0),
])
def test_f1(pred, gold, expected):
    assert f1(pred, gold) == pytest.approx(expected)
