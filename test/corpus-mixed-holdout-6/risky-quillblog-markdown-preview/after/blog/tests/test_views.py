import pytest
from django.urls import reverse

from blog.models import Post, Subscriber


@pytest.fixture
def author(django_user_model):
    return django_user_model.objects.create_user(username="ann", password="pw-test-only")


@pytest.mark.django_db
def test_post_list_hides_drafts(client, author):
    Post.objects.create(title="Draft", slug="draft", author=author, body="x")
    resp = client.get(reverse("post_list"))
    assert resp.status_code == 200
    assert b"Draft" not in resp.content


@pytest.mark.django_db
def test_subscribe_rejects_bad_email(client):
    resp = client.post(reverse("subscribe"), {"email": "nope"})
    assert resp.status_code == 400
    assert Subscriber.objects.count() == 0


def test_render_markdown_strips_script():
    from blog.views import render_markdown

    html = render_markdown("hi <script>alert(1)</script>")
    assert "<script>" not in html


@pytest.mark.django_db
def test_preview_requires_staff(client, author):
    client.force_login(author)
    resp = client.post(reverse("preview"), {"body": "**hi**"})
    assert resp.status_code == 403


@pytest.mark.django_db
def test_preview_renders_for_staff(client, author):
    author.is_staff = True
    author.save()
    client.force_login(author)
    resp = client.post(reverse("preview"), {"body": "**hi**"})
    assert resp.json()["html"] == "<p><strong>hi</strong></p>"
