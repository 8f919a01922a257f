from blog.tasks import _chunks


def test_chunks_splits_evenly():
    assert list(_chunks([1, 2, 3, 4, 5], 2)) == [[1, 2], [3, 4], [5]]


def test_chunks_empty():
    assert list(_chunks([], 10)) == []
