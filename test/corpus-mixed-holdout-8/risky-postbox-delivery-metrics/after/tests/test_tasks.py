from postbox.tasks import build_message


def test_build_message_sets_headers(monkeypatch):
    monkeypatch.setattr("postbox.rendering.render", lambda t, c: ("hi", "<p>hi</p>"))
    msg = build_message("ada@example.com", "Welcome", "welcome", {})
    assert msg["To"] == "ada@example.com"
    assert msg["Subject"] == "Welcome"
