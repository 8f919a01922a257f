function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error("missing required env var " + name);
  return value;
}

export const config = {
  stripeKey: required("STRIPE_SECRET_KEY"),
  invoiceBucket: process.env.INVOICE_BUCKET ?? "acme-invoices-dev",
  region: process.env.AWS_REGION ?? "us-east-1",
};
