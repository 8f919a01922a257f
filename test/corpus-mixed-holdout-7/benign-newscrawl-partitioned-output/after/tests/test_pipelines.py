from types import SimpleNamespace

from newscrawl.pipelines import CleanTextPipeline, JsonLinesPipeline


def test_clean_text_collapses_whitespace():
    item = {"title": "  Hello \n world ", "body": "a\t\tb"}
    out = CleanTextPipeline().process_item(item, spider=None)
    assert out == {"title": "Hello world", "body": "a b"}


def test_jsonlines_writes_day_partition_and_dedupes(tmp_path):
    pipe = JsonLinesPipeline(str(tmp_path))
    spider = SimpleNamespace(name="articles")
    pipe.open_spider(spider)
    pipe.process_item({"url": "https://news.example.com/a"}, spider)
    pipe.process_item({"url": "https://news.example.com/a"}, spider)
    pipe.close_spider(spider)
    (day_dir,) = tmp_path.iterdir()
    assert (day_dir / "articles.jsonl").read_text().count("\n") == 1
