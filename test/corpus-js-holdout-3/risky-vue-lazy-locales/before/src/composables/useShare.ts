import { ref } from "vue";

export function useShare(recipeId: string) {
  const link = ref<string | null>(null);

  async function createLink() {
    const token = crypto.randomUUID();
    await fetch(`/api/recipes/${recipeId}/shares`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ token }),
    });
    link.value = `${location.origin}/s/${token}`;
  }

  return { link, createLink };
}
