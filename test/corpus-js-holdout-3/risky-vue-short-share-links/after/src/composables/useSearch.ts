import { ref, watch } from "vue";

export interface Recipe { id: string; name: string; minutes: number }

export function useSearch() {
  const query = ref("");
  const results = ref<Recipe[]>([]);

  watch(query, async (q) => {
    const res = await fetch(`/api/recipes?q=${encodeURIComponent(q)}`);
    results.value = await res.json();
  });

  return { query, results };
}
