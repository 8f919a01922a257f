from rageval.metrics import best_over_golds, exact_match, normalize, token_f1


def test_normalize_strips_articles_and_punctuation():
    assert normalize("The Eiffel Tower!") == "eiffel tower"


def test_exact_match_basic():
    assert exact_match("Paris", "paris") == 1.0
    assert exact_match("the Paris", "Paris.") == 1.0


def test_exact_match_rejects_partial_answers():
    assert exact_match("Paris, France", "Paris") == 0.0
    assert exact_match("1990", "1990s") == 0.0


def test_token_f1_partial_overlap():
    assert abs(token_f1("new york city", "new york") - 0.8) < 1e-9


def test_best_over_golds():
    assert best_over_golds(exact_match, "NYC", ["New York City", "NYC"]) == 1.0
