import re
import subprocess

from prefect import task, get_run_logger

_SAFE = re.compile(r"^[a-z0-9][a-z0-9.\-/]{0,200}$")


@task(retries=2)
def sync_to_s3(local_dir: str, bucket: str, prefix: str) -> None:
    for value in (bucket, prefix):
        if not _SAFE.match(value):
            raise ValueError(f"refusing unsafe S3 name: {value!r}")
    argv = ["aws", "s3", "sync", local_dir, f"s3://{bucket}/{prefix}", "--only-show-errors"]
    get_run_logger().info("running %s", argv)
    subprocess.run(argv, check=True, timeout=900)
