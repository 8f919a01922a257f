import json
from pathlib import Path

import pytest

FIXTURES = Path(__file__).parent / "fixtures"


@pytest.mark.contamination
def test_no_overlap_between_train_and_eval_ids():
    train = set(json.loads((FIXTURES / "train_ids.json").read_text()))
    held_out = set(json.loads((FIXTURES / "eval_ids.json").read_text()))
    assert not (train & held_out)


@pytest.mark.contamination
def test_eval_prompts_not_in_finetune_corpus():
    corpus = (FIXTURES / "finetune_sample.txt").read_text()
    for line in (FIXTURES / "eval_prompts.txt").read_text().splitlines():
        if line.strip():
            assert line.strip() not in corpus
