from eval.run_eval import grade, run


def test_grade_substring():
    assert grade("The period is 30 days.", "30 days") == 1.0
    assert grade("No idea", "30 days") == 0.0


def test_grade_normalises_commas():
    assert grade("Capped at 12 months, of fees", "12 months of fees") == 1.0


def test_accuracy_report_shape(monkeypatch):
    report = run()
    assert report["n"] >= 3
