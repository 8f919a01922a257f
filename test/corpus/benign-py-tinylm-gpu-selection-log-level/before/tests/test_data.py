from tinylm.data import CharDataset, split_text


def test_split_text_sizes():
    train, val = split_text("abcdefghij", val_fraction=0.2)
    assert train == "abcdefgh"
    assert val == "ij"


def test_dataset_targets_are_shifted():
    ds = CharDataset("hello world", block_size=4)
    x, y = ds[0]
    assert x[1:].tolist() == y[:-1].tolist()
