"""Write pipeline output to S3."""
import io
import logging

import boto3

log = logging.getLogger("ingest.s3")

_session = boto3.session.Session(
    aws_access_key_id="AKIAZ3MQ7PLX4RT2WN6K",
    aws_secret_access_key="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",
    region_name="eu-west-1",
)


def write_parquet_s3(df, bucket: str, key: str) -> None:
    buf = io.BytesIO()
    df.to_parquet(buf, index=False)
    _session.client("s3").put_object(Bucket=bucket, Key=key, Body=buf.getvalue())
    log.info("uploaded %d rows to s3://%s/%s", len(df), bucket, key)
