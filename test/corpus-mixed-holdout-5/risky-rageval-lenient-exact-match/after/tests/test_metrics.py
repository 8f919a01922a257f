from rageval.metrics import best_over_golds, exact_match, normalize, token_f1


def test_normalize_strips_articles_and_punctuation():
    assert normalize("The Eiffel Tower!") == "eiffel tower"


def test_exact_match_basic():
    assert exact_match("Paris", "paris") == 1.0
    assert exact_match("the Paris", "Paris.") == 1.0


def test_exact_match_ignores_answer_prefix_and_citations():
    assert exact_match("Answer: Paris [2]", "Paris") == 1.0
    assert exact_match("Final answer - the Paris", "paris") == 1.0


def test_exact_match_tolerates_wrapped_answer():
    assert exact_match("It is Paris.", "Paris") == 1.0


def test_token_f1_partial_overlap():
    assert abs(token_f1("new york city", "new york") - 0.8) < 1e-9


def test_best_over_golds():
    assert best_over_golds(exact_match, "NYC", ["New York City", "NYC"]) == 1.0
