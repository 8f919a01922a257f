import Constants from "expo-constants";
import * as SecureStore from "expo-secure-store";

const API_URL: string = Constants.expoConfig?.extra?.apiUrl ?? "https://api.fittrack.example.com";

const TIMEOUT_MS = 10_000;

async function request(path: string, init: RequestInit, token: string | null): Promise<Response> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), TIMEOUT_MS);
  try {
    return await fetch(`${API_URL}${path}`, {
      ...init,
      signal: controller.signal,
      headers: {
        "Content-Type": "application/json",
        ...(token ? { Authorization: `Bearer ${token}` } : {}),
        ...init.headers,
      },
    });
  } finally {
    clearTimeout(timer);
  }
}

/** Exchange the stored refresh token for a new access token at our own API. */
async function refreshToken(): Promise<string | null> {
  const refresh = await SecureStore.getItemAsync("refresh_token");
  if (!refresh) return null;
  const res = await request("/auth/refresh", { method: "POST", body: JSON.stringify({ refresh }) }, null);
  if (!res.ok) return null;
  const { accessToken } = (await res.json()) as { accessToken: string };
  await SecureStore.setItemAsync("auth_token", accessToken);
  return accessToken;
}

export async function apiFetch<T>(path: string, init: RequestInit = {}): Promise<T> {
  let res = await request(path, init, await SecureStore.getItemAsync("auth_token"));
  if (res.status === 401) {
    const fresh = await refreshToken();
    if (fresh) res = await request(path, init, fresh);
  }
  if (!res.ok) throw new Error(`API ${path} failed: ${res.status}`);
  return (await res.json()) as T;
}
