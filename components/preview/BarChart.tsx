import { formatNumber } from '../../lib/i18n';
import { useLang, useT } from '../i18n-context';

export interface Bar {
  label: string;
  count: number;
}

const WIDTH = 240;
const ROW = 16;

/** Horizontal bars with their labels (top values, booleans): an SVG with a title per bar and a text twin. */
export function BarChart({ bars, title }: { bars: Bar[]; title: string }) {
  const t = useT();
  const lang = useLang();
  const max = Math.max(1, ...bars.map((b) => b.count));
  const texts = bars.map((b) => t('preview.profile.bar', { label: b.label, count: formatNumber(b.count, lang) }));
  return (
    <figure class="pv-chart">
      <svg
        class="pv-bars"
        role="img"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${bars.length * ROW}`}
        width={WIDTH}
        height={bars.length * ROW}
      >
        <title>{title}</title>
        {bars.map((bar, i) => (
          <g key={bar.label}>
            <title>{texts[i]}</title>
            <rect
              class="pv-bar"
              x={0}
              y={i * ROW + 2}
              height={ROW - 4}
              width={Math.max(1, (bar.count / max) * WIDTH * 0.5)}
            />
            <text class="pv-bar-label" x={WIDTH * 0.5 + 6} y={i * ROW + ROW - 4}>
              {bar.label}
            </text>
          </g>
        ))}
      </svg>
      <ul class="pv-sr-only">
        {texts.map((text, i) => (
          <li key={bars[i]!.label}>{text}</li>
        ))}
      </ul>
    </figure>
  );
}
