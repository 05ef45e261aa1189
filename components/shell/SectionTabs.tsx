import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import { useT } from '../i18n-context';

export interface Section {
  id: string;
  label: string;
  content: ComponentChildren;
}

/** WAI-ARIA tabs: arrow keys move between sections, only the selected tab is in the tab order. */
export function SectionTabs({
  sections,
  selected,
  onSelect,
}: {
  sections: Section[];
  selected: string;
  onSelect: (id: string) => void;
}) {
  const t = useT();
  const list = useRef<HTMLDivElement>(null);
  const current = sections.find((s) => s.id === selected) ?? sections[0];
  const onKeyDown = (event: KeyboardEvent) => {
    const index = sections.findIndex((s) => s.id === current?.id);
    const step = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (!step) return;
    event.preventDefault();
    const next = sections[(index + step + sections.length) % sections.length];
    if (!next) return;
    onSelect(next.id);
    list.current?.querySelector<HTMLButtonElement>(`#pv-tab-${next.id}`)?.focus();
  };
  return (
    <>
      <div class="pv-tabs" role="tablist" aria-label={t('common.tabs')} ref={list} onKeyDown={onKeyDown}>
        {sections.map((s) => (
          <button
            key={s.id}
            type="button"
            role="tab"
            id={`pv-tab-${s.id}`}
            class="pv-tab"
            aria-selected={s.id === current?.id}
            aria-controls={`pv-panel-${s.id}`}
            tabIndex={s.id === current?.id ? 0 : -1}
            onClick={() => onSelect(s.id)}
          >
            {s.label}
          </button>
        ))}
      </div>
      {current && (
        <div class="pv-panel" role="tabpanel" id={`pv-panel-${current.id}`} aria-labelledby={`pv-tab-${current.id}`}>
          {current.content}
        </div>
      )}
    </>
  );
}
