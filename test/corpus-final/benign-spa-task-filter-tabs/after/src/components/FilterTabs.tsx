import { defineComponent, type PropType } from 'vue';

export type TaskFilter = 'all' | 'open' | 'done';

const LABELS: Record<TaskFilter, string> = {
  all: 'All',
  open: 'Open',
  done: 'Done',
};

export default defineComponent({
  name: 'FilterTabs',
  props: {
    modelValue: { type: String as PropType<TaskFilter>, required: true },
    counts: { type: Object as PropType<Record<TaskFilter, number>>, required: true },
    'onUpdate:modelValue': { type: Function as PropType<(value: TaskFilter) => void>, required: true },
  },
  setup(props) {
    const select = (value: TaskFilter) => props['onUpdate:modelValue'](value);
    return () => (
      <nav class="filter-tabs" role="tablist">
        {(Object.keys(LABELS) as TaskFilter[]).map((key) => (
          <button
            key={key}
            role="tab"
            aria-selected={props.modelValue === key}
            class={{ active: props.modelValue === key }}
            onClick={() => select(key)}
          >
            {LABELS[key]} <span class="badge">{props.counts[key]}</span>
          </button>
        ))}
      </nav>
    );
  },
});
