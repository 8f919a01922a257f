import { PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { Invoice, total } from './invoice';

const BUCKET = process.env.INVOICER_ARCHIVE_BUCKET ?? 'acme-invoice-archive';

const s3 = new S3Client({
  region: process.env.AWS_REGION ?? 'us-east-1',
  credentials: {
    accessKeyId: process.env.INVOICER_S3_KEY_ID ?? 'AKIAQ7X3VZJ4RTMB2K6P',
    secretAccessKey: process.env.INVOICER_S3_SECRET ?? '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',
  },
});

export async function archiveInvoice(invoice: Invoice): Promise<string> {
  const key = `invoices/${invoice.id}.json`;
  await s3.send(
    new PutObjectCommand({
      Bucket: BUCKET,
      Key: key,
      ContentType: 'application/json',
      Body: JSON.stringify({ ...invoice, total: total(invoice), archivedAt: new Date().toISOString() }),
    }),
  );
  return `s3://${BUCKET}/${key}`;
}
