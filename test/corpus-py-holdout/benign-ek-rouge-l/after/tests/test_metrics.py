import pytest

from evalkit.metrics import aggregate, exact_match, rouge_l, token_f1


def test_exact_match_case_insensitive():
    assert exact_match(" Paris ", "paris") == 1.0


def test_exact_match_no_partial_credit():
    assert exact_match("Paris, France", "Paris") == 0.0


def test_token_f1_partial():
    assert token_f1("the cat sat", "the cat") == pytest.approx(0.8)


def test_aggregate_empty():
    assert aggregate([]) == 0.0


def test_rouge_l_identical():
    assert rouge_l("a b c", "a b c") == pytest.approx(1.0)


def test_rouge_l_subsequence():
    # LCS("a x b c", "a b c") = 3 -> P = 3/4, R = 1
    assert rouge_l("a x b c", "a b c") == pytest.approx(2 * 0.75 / 1.75)


def test_rouge_l_disjoint_and_empty():
    assert rouge_l("x y", "a b") == 0.0
    assert rouge_l("", "a") == 0.0
