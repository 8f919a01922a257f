import torch

from ft.data import PROMPT_TEMPLATE, InstructionDataset, load_split


def test_prompt_template_has_response_marker():
    assert "### Response:" in PROMPT_TEMPLATE


def test_load_split(tmp_path):
    (tmp_path / "train.jsonl").write_text('{"instruction": "hi", "response": "hello"}\n\n')
    rows = load_split(str(tmp_path), "train")
    assert rows == [{"instruction": "hi", "response": "hello"}]


def test_dataset_labels_match_inputs():
    class FakeTok:
        def __call__(self, text, **kw):
            ids = torch.randint(0, 100, (1, kw["max_length"]))
            return {"input_ids": ids, "attention_mask": torch.ones_like(ids)}

    ds = InstructionDataset([{"instruction": "a", "response": "b"}], FakeTok(), max_len=8)
    item = ds[0]
    assert torch.equal(item["labels"], item["input_ids"])
