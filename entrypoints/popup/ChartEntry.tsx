import '../../components/charts/charts.css';
import { useState } from 'preact/hooks';
import { ChartPanel } from '../../components/charts/ChartPanel';
import { useT } from '../../components/i18n-context';
import { snapshotOf } from '../../lib/attribution/snapshot';
import type { ChartSource } from '../../lib/charts/aggregate';
import type { Dataset } from '../../lib/model/dataset';
import { exportChart } from './chart-export';

/** The "Chart" button of a preview and, once pressed, its panel: the chart is only computed when asked for. */
export function ChartEntry({ source, dataset }: { source: ChartSource; dataset: Dataset | null }) {
  const t = useT();
  const [open, setOpen] = useState(false);
  return (
    <div class="ch-entry">
      <button type="button" class="pv-button" aria-expanded={open} onClick={() => setOpen((o) => !o)}>
        {t(open ? 'charts.panel.close' : 'charts.panel.open')}
      </button>
      {open && <ChartPanel source={source} dataset={dataset ? snapshotOf(dataset) : null} onExport={exportChart} />}
    </div>
  );
}
