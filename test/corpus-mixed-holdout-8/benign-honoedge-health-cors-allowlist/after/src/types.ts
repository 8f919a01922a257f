export type Bindings = {
  UPSTREAM_URL: string;
  API_TOKEN: string;
  ALLOWED_ORIGINS: string;
  CACHE: KVNamespace;
};
