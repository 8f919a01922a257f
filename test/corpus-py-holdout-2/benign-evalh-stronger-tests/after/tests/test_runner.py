import json

from evalh.runner import EvalConfig, run


class EchoModel:
    def generate(self, prompt):
        return "4" if "2+2" in prompt else "?"


def test_run_writes_summary(tiny_benchmark, tmp_path):
    summary = run(EchoModel(), EvalConfig(benchmark=tiny_benchmark), str(tmp_path / "out"))
    assert summary == {"n": 1, "accuracy": 1.0}
    assert json.loads((tmp_path / "out" / "summary.json").read_text()) == summary
