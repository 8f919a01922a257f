const BASE = import.meta.env.VITE_API_BASE ?? "/api";

export interface Product {
  id: string;
  name: string;
  priceCents: number;
  imageUrl: string;
  stock: number;
}

export interface CheckoutLine {
  id: string;
  qty: number;
}

async function request<T>(path: string, init: RequestInit = {}): Promise<T> {
  const res = await fetch(`${BASE}${path}`, {
    credentials: "same-origin",
    ...init,
    headers: { "Content-Type": "application/json", ...(init.headers ?? {}) },
  });
  if (!res.ok) throw new Error(`API ${res.status} on ${path}`);
  return (await res.json()) as T;
}

export const api = {
  products: () => request<Product[]>("/products"),
  product: (id: string) => request<Product>(`/products/${encodeURIComponent(id)}`),
  checkout: (items: CheckoutLine[]) =>
    request<{ orderId: string; redirectUrl: string }>("/checkout", {
      method: "POST",
      body: JSON.stringify({ items }),
    }),
};
