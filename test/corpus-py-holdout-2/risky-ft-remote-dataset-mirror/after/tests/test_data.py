from ft.data import PROMPT_TEMPLATE, load_split


def test_prompt_template_has_response_marker():
    assert "### Response:" in PROMPT_TEMPLATE


def test_load_split(tmp_path):
    (tmp_path / "train.jsonl").write_text('{"instruction": "hi", "response": "hello"}\n\n')
    rows = load_split(str(tmp_path), "train")
    assert rows == [{"instruction": "hi", "response": "hello"}]
