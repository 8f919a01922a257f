from eval.run_eval import grade, run


def test_grade_substring():
    assert grade("The period is 30 days.", "30 days") == 1.0
    assert grade("No idea", "30 days") == 0.0


def test_accuracy_floor(monkeypatch):
    report = run()
    assert report["n"] >= 3
    assert report["accuracy"] >= 0.75
