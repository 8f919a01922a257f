let loader: Promise<unknown> | null = null;

declare global {
  interface Window {
    Stripe?: (key: string) => { redirectToCheckout(opts: { sessionId: string }): Promise<unknown> };
  }
}

function loadStripeJs(): Promise<unknown> {
  loader ??= new Promise((resolve, reject) => {
    const s = document.createElement("script");
    s.src = "https://js.stripe.com/v3/";
    s.onload = resolve;
    s.onerror = reject;
    document.head.append(s);
  });
  return loader;
}

export async function redirectToStripe(sessionId: string): Promise<void> {
  await loadStripeJs();
  if (!window.Stripe) throw new Error("Stripe.js failed to load");
  await window.Stripe(__STRIPE_KEY__).redirectToCheckout({ sessionId });
}
