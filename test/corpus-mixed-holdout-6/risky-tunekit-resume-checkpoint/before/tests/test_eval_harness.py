from tunekit.eval_harness import build_judge_prompt, exact_match, normalize, score_predictions


def test_normalize_strips_punctuation_and_case():
    assert normalize("  Hello, World! ") == "hello world"


def test_exact_match_requires_full_answer():
    assert exact_match("Paris.", "paris")
    assert not exact_match("Paris", "Paris, France")
    assert not exact_match("", "Paris")


def test_score_predictions():
    rows = [
        {"prediction": "4", "reference": "4"},
        {"prediction": "five", "reference": "4"},
    ]
    assert score_predictions(rows) == {"exact_match": 0.5, "n": 2}


def test_judge_prompt_contains_fields():
    p = build_judge_prompt({"question": "q?", "reference": "r", "prediction": "p"})
    assert "q?" in p and "Model answer: p" in p
