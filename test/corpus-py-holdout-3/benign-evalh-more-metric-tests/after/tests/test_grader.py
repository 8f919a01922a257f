import pytest

from evalh.grader import build_prompt, parse_score


def test_prompt_contains_all_parts():
    prompt = build_prompt("What is 2+2?", "4", "four")
    assert "What is 2+2?" in prompt
    assert "Reference answer:\n4" in prompt
    assert prompt.rstrip().endswith("Reply with only the integer score.")


@pytest.mark.parametrize("raw,expected", [("7", 7), ("Score: 9", 9), ("", 1), ("100", 10), ("0", 1)])
def test_parse_score_clamps(raw, expected):
    assert parse_score(raw).score == expected
