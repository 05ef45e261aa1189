import type { z } from 'zod';
import { formatNumber, type Lang } from '../../lib/i18n';
import type { BinSchema } from '../../lib/preview/types';
import { useLang, useT } from '../i18n-context';

type Bin = z.infer<typeof BinSchema>;

const WIDTH = 240;
const HEIGHT = 64;

/** A bin's range in the reader's number format; date bins keep their calendar label (« 2024-03 »). */
export function binText(bin: Bin, numeric: boolean, lang: Lang): string {
  if (!numeric || bin.from === undefined || bin.to === undefined) return bin.label;
  if (!bin.label.includes('–')) return formatNumber(bin.from, lang);
  return `${formatNumber(bin.from, lang)} – ${formatNumber(bin.to, lang)}`;
}

/** Vertical bars over contiguous bins (numbers, dates): an SVG with a title per bar and a text twin. */
export function Histogram({ bins, title, numeric }: { bins: Bin[]; title: string; numeric: boolean }) {
  const t = useT();
  const lang = useLang();
  const max = Math.max(1, ...bins.map((b) => b.count));
  const width = WIDTH / Math.max(1, bins.length);
  const texts = bins.map((b) =>
    t('preview.profile.bar', { label: binText(b, numeric, lang), count: formatNumber(b.count, lang) }),
  );
  return (
    <figure class="pv-chart">
      <svg
        class="pv-histogram"
        role="img"
        aria-label={title}
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        width={WIDTH}
        height={HEIGHT}
      >
        <title>{title}</title>
        {bins.map((bin, i) => {
          const height = bin.count === 0 ? 0 : Math.max(1, (bin.count / max) * HEIGHT);
          return (
            <rect
              key={bin.label}
              class="pv-bar"
              x={i * width + 0.5}
              y={HEIGHT - height}
              width={Math.max(1, width - 1)}
              height={height}
            >
              <title>{texts[i]}</title>
            </rect>
          );
        })}
      </svg>
      <ul class="pv-sr-only">
        {texts.map((text, i) => (
          <li key={bins[i]!.label}>{text}</li>
        ))}
      </ul>
    </figure>
  );
}
