import { defineComponent, type PropType } from 'vue';
import type { Task } from '../api';

export default defineComponent({
  name: 'TaskList',
  props: {
    tasks: { type: Array as PropType<Task[]>, required: true },
    onToggle: { type: Function as PropType<(id: string) => void>, required: true },
    onRemove: { type: Function as PropType<(id: string) => void>, required: true },
  },
  setup(props) {
    return () => (
      <ul class="task-list">
        {props.tasks.length === 0 && <li class="empty">Nothing to do</li>}
        {props.tasks.map((task) => (
          <li key={task.id} class={{ done: task.done }}>
            <label>
              <input type="checkbox" checked={task.done} onChange={() => props.onToggle(task.id)} />
              <span>{task.title}</span>
            </label>
            <button class="remove" aria-label={`Remove ${task.title}`} onClick={() => props.onRemove(task.id)}>
              ×
            </button>
          </li>
        ))}
      </ul>
    );
  },
});
