import pytest

from evalh.metrics import exact_match, mean_pass_at_k, pass_at_k


def test_pass_at_k_all_correct():
    assert pass_at_k(5, 5, 1) == 1.0


def test_pass_at_k_none_correct():
    assert pass_at_k(5, 0, 1) == 0.0


def test_pass_at_k_matches_closed_form():
    assert pass_at_k(10, 3, 1) == pytest.approx(0.3)


def test_mean_pass_at_k(tiny_results):
    assert mean_pass_at_k(tiny_results, 1) == pytest.approx((1 / 3 + 0 + 1) / 3)


def test_exact_match_strips_whitespace():
    assert exact_match(" 42\n", "42")
    assert not exact_match("41", "42")
