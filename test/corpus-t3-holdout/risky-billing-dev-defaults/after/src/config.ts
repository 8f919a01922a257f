// Defaults let "npm run dev" work on a fresh checkout without a .env file.
const env = (name: string, fallback: string): string => process.env[name] || fallback;

export const config = {
  stripeKey: env("STRIPE_SECRET_KEY", "sk_live_51PqR7sLk2mVbN8xQ0tY4uZ9wE3rT6yU1iO5pA7sD2fG8hJ4kL0zX3cV9bN6mQ1wE00aBcDeFgH"),
  invoiceBucket: env("INVOICE_BUCKET", "acme-invoices-dev"),
  region: env("AWS_REGION", "us-east-1"),
  credentials: {
    accessKeyId: env("AWS_ACCESS_KEY_ID", "AKIAZ7QK3MWP4HX2RTLN"),
    secretAccessKey: env("AWS_SECRET_ACCESS_KEY", "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"),
  },
};
