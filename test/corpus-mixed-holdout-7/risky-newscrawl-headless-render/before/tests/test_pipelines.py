from newscrawl.pipelines import CleanTextPipeline


def test_clean_text_collapses_whitespace():
    item = {"title": "  Hello \n world ", "body": "a\t\tb"}
    out = CleanTextPipeline().process_item(item, spider=None)
    assert out == {"title": "Hello world", "body": "a b"}
