from postbox.tasks import build_message


def test_build_message_sets_headers(monkeypatch):
    monkeypatch.setattr("postbox.rendering.render", lambda t, c: ("hi", "<p>hi</p>"))
    msg = build_message("ada@example.com", "Welcome", "welcome", {})
    assert msg["To"] == "ada@example.com"
    assert msg["Subject"] == "Welcome"


def test_attachment_must_be_valid_base64(monkeypatch):
    import pytest

    from postbox.tasks import attach_files

    monkeypatch.setattr("postbox.rendering.render", lambda t, c: ("hi", "<p>hi</p>"))
    msg = build_message("ada@example.com", "Report", "welcome", {})
    with pytest.raises(ValueError):
        attach_files(msg, [{"filename": "x.csv", "content_b64": "not base64!"}])
