from evalh.metrics import evaluate_numeric, extract_answer


def test_extract_prefers_explicit_answer():
    assert extract_answer("3 apples and 4 pears, so the answer is 7. Check: 12") == 7.0


def test_extract_falls_back_to_last_number():
    assert extract_answer("we get 1,250 in total") == 1250.0


def test_evaluate_numeric():
    assert evaluate_numeric("Answer: 0.5", "0.5")
    assert not evaluate_numeric("Answer: 0.6", "0.5")
    assert not evaluate_numeric("no idea", "3")
