export interface Product {
  id: string;
  name: string;
  price: number;
}

export interface PriceRule {
  sku: string;
  formula: string;
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
export const getPriceRules = () => request<PriceRule[]>('/price-rules');
