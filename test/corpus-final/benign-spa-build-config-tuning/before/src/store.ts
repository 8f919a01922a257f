import { reactive, type InjectionKey } from 'vue';
import { api, type Task } from './api';

export interface TaskState {
  tasks: Task[];
  loading: boolean;
  error: string | null;
}

export function createTaskStore() {
  const state = reactive<TaskState>({ tasks: [], loading: false, error: null });

  async function run<T>(op: () => Promise<T>): Promise<T | undefined> {
    state.error = null;
    try {
      return await op();
    } catch (err) {
      state.error = err instanceof Error ? err.message : String(err);
      return undefined;
    }
  }

  return {
    state,
    async refresh() {
      state.loading = true;
      const tasks = await run(() => api.list());
      if (tasks) state.tasks = tasks;
      state.loading = false;
    },
    async add(title: string) {
      const task = await run(() => api.create(title));
      if (task) state.tasks.push(task);
    },
    async toggle(id: string) {
      const task = state.tasks.find((t) => t.id === id);
      if (!task) return;
      const updated = await run(() => api.update(id, { done: !task.done }));
      if (updated) Object.assign(task, updated);
    },
    async remove(id: string) {
      await run(() => api.remove(id));
      state.tasks = state.tasks.filter((t) => t.id !== id);
    },
  };
}

export type TaskStore = ReturnType<typeof createTaskStore>;
export const storeKey: InjectionKey<TaskStore> = Symbol('task-store');
