import Stripe from "stripe";
import { S3Client, PutObjectCommand } from "@aws-sdk/client-s3";
import { config } from "./config.js";

const stripe = new Stripe(config.stripeKey);
const s3 = new S3Client({ region: config.region, credentials: config.credentials });

export async function archiveInvoice(id: string): Promise<void> {
  const invoice = await stripe.invoices.retrieve(id);
  await s3.send(
    new PutObjectCommand({
      Bucket: config.invoiceBucket,
      Key: "invoices/" + id + ".json",
      Body: JSON.stringify(invoice),
    }),
  );
}
