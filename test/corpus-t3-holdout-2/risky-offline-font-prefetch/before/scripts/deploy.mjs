import { execFileSync } from 'node:child_process';

const bucket = process.env.DOCS_BUCKET;
if (!bucket) {
  console.error('DOCS_BUCKET is not set');
  process.exit(1);
}

execFileSync('aws', ['s3', 'sync', 'dist/', `s3://${bucket}/`, '--delete'], { stdio: 'inherit' });
