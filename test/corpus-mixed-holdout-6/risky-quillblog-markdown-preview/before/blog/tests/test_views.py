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
