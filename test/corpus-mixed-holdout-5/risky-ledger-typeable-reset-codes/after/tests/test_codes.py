from app.codes import ALPHABET, CODE_LENGTH, normalize_code, reset_code


def test_reset_code_shape():
    code = reset_code(42)
    assert len(code) == CODE_LENGTH
    assert set(code) <= set(ALPHABET)


def test_reset_code_is_stable_for_resends():
    assert reset_code(42) == reset_code(42)


def test_normalize_code_accepts_dash_and_lowercase():
    assert normalize_code(" abcd-efgh ") == "ABCDEFGH"
