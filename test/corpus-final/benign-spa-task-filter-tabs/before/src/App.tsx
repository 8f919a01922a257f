import { computed, defineComponent, inject, ref } from 'vue';
import { storeKey, type TaskStore } from './store';
import TaskList from './components/TaskList';

export default defineComponent({
  name: 'App',
  setup() {
    const store = inject(storeKey) as TaskStore;
    const draft = ref('');
    const remaining = computed(() => store.state.tasks.filter((t) => !t.done).length);

    const submit = async (e: Event) => {
      e.preventDefault();
      const title = draft.value.trim();
      if (!title) return;
      await store.add(title);
      draft.value = '';
    };

    return () => (
      <main class="board">
        <header>
          <h1>Task board</h1>
          <span class="count">{remaining.value} open</span>
        </header>
        <form onSubmit={submit}>
          <input
            value={draft.value}
            onInput={(e: Event) => (draft.value = (e.target as HTMLInputElement).value)}
            placeholder="New task"
          />
          <button type="submit">Add</button>
        </form>
        {store.state.error && <p class="error">{store.state.error}</p>}
        <TaskList
          tasks={store.state.tasks}
          onToggle={(id: string) => store.toggle(id)}
          onRemove={(id: string) => store.remove(id)}
        />
      </main>
    );
  },
});
