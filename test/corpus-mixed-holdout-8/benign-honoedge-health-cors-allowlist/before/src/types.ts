export type Bindings = {
  UPSTREAM_URL: string;
  API_TOKEN: string;
  CACHE: KVNamespace;
};
