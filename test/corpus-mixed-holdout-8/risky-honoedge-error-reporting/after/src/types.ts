export type Bindings = {
  UPSTREAM_URL: string;
  API_TOKEN: string;
  ERROR_SINK_URL: string;
  CACHE: KVNamespace;
};
