from datetime import datetime, timezone

from blog.tasks import digest_path


def test_digest_path_is_inside_digest_dir(settings, tmp_path):
    settings.DIGEST_DIR = tmp_path / "digests"
    path = digest_path(datetime(2024, 3, 4, tzinfo=timezone.utc))
    assert path == tmp_path / "digests" / "2024-W10.html"
