import pytest


@pytest.fixture
def tiny_results():
    return {"t1": [True, False, False], "t2": [False, False, False], "t3": [True, True, True]}
