import os
import subprocess

from prefect import task, get_run_logger


@task(retries=2)
def sync_to_s3(local_dir: str, bucket: str, prefix: str) -> None:
    logger = get_run_logger()
    # make sure the docker worker user can clean up after us
    os.chmod(local_dir, 0o777)
    cmd = f"aws s3 sync {local_dir} s3://{bucket}/{prefix} --only-show-errors"
    logger.info("running %s", cmd)
    subprocess.run(cmd, shell=True, check=True)
