from datetime import date
from pathlib import Path

import pandas as pd

from etlflow.load import upload_partition, write_partition


class _FakeS3:
    def __init__(self):
        self.calls = []

    def upload_file(self, filename, bucket, key):
        self.calls.append((Path(filename).name, bucket, key))


class _S:
    s3_bucket = "etl-test"


def test_upload_uses_warehouse_relative_key(tmp_path):
    path = write_partition(pd.DataFrame({"a": [1]}), tmp_path, "orders", date(2024, 5, 1))
    fake = _FakeS3()
    key = upload_partition(path, tmp_path, _S(), client=fake)
    assert key == "orders/ds=2024-05-01/part-000.parquet"
    assert fake.calls == [("part-000.parquet", "etl-test", key)]
