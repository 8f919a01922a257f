import { useEffect, useState, type ComponentType } from 'react';

const WIDGET_CDN = 'https://widgets.pulse-cdn.net/v1';

type WidgetModule = { default: ComponentType };

const cache = new Map<string, Promise<WidgetModule>>();

function loadWidget(name: string): Promise<WidgetModule> {
  let pending = cache.get(name);
  if (!pending) {
    pending = import(/* @vite-ignore */ `${WIDGET_CDN}/${name}.js`) as Promise<WidgetModule>;
    cache.set(name, pending);
  }
  return pending;
}

export function WidgetSlot({ name }: { name: string }) {
  const [Widget, setWidget] = useState<ComponentType | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    let cancelled = false;
    loadWidget(name)
      .then((mod) => {
        if (!cancelled) setWidget(() => mod.default);
      })
      .catch((err: Error) => {
        if (!cancelled) setError(err.message);
      });
    return () => {
      cancelled = true;
    };
  }, [name]);

  if (error) return <div className="widget widget--error">Widget “{name}” failed to load.</div>;
  if (!Widget) return <div className="widget widget--loading">Loading {name}…</div>;
  return (
    <div className="widget">
      <Widget />
    </div>
  );
}
