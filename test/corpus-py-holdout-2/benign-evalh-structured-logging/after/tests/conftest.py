import pytest


@pytest.fixture
def tiny_benchmark(tmp_path):
    p = tmp_path / "bench.jsonl"
    p.write_text('{"id": "a", "prompt": "2+2?", "answer": "4"}\n')
    return str(p)
