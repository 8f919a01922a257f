from postbox.tasks import build_message


def test_build_message_sets_headers(monkeypatch):
    monkeypatch.setattr("postbox.rendering.render", lambda t, c: ("hi", "<p>hi</p>"))
    msg = build_message("ada@example.com", "Welcome", "welcome", {})
    assert msg["To"] == "ada@example.com"
    assert msg["Subject"] == "Welcome"


def test_attach_inline_bytes(monkeypatch):
    from postbox.tasks import attach_files

    monkeypatch.setattr("postbox.rendering.render", lambda t, c: ("hi", "<p>hi</p>"))
    msg = build_message("ada@example.com", "Report", "welcome", {})
    attach_files(msg, [{"filename": "report.csv", "data": b"a,b\n1,2\n"}])
    assert [p.get_filename() for p in msg.iter_attachments()] == ["report.csv"]
