export interface Product {
  id: string;
  name: string;
  price: number;
}

export interface CartLine {
  productId: string;
  qty: number;
}

const BASE = import.meta.env.VITE_API_BASE ?? '/api';

async function request<T>(path: string, init?: RequestInit): Promise<T> {
  const res = await fetch(`${BASE}${path}`, { credentials: 'same-origin', ...init });
  if (!res.ok) throw new Error(`${res.status} ${res.statusText}`);
  return res.json() as Promise<T>;
}

export const listProducts = () => request<Product[]>('/products');
export const getCart = () => request<CartLine[]>('/cart');

export const addToCart = (productId: string, qty = 1) =>
  request<CartLine[]>('/cart', {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ productId, qty }),
  });

export const removeFromCart = (productId: string) =>
  request<CartLine[]>(`/cart/${encodeURIComponent(productId)}`, { method: 'DELETE' });
