import { ref, watch } from "vue";

export interface Recipe { id: string; name: string; minutes: number }

export function useSearch(delay = 250) {
  const query = ref("");
  const results = ref<Recipe[]>([]);
  let timer: ReturnType<typeof setTimeout> | undefined;
  let ctrl: AbortController | undefined;

  watch(query, (q) => {
    clearTimeout(timer);
    timer = setTimeout(async () => {
      ctrl?.abort();
      ctrl = new AbortController();
      try {
        const res = await fetch(`/api/recipes?q=${encodeURIComponent(q)}`, { signal: ctrl.signal });
        results.value = await res.json();
      } catch (e) {
        if ((e as Error).name !== "AbortError") throw e;
      }
    }, delay);
  });

  return { query, results };
}
