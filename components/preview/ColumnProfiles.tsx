import { formatNumber } from '../../lib/i18n';
import type { Column, ColumnProfile } from '../../lib/preview/types';
import { useLang, useT } from '../i18n-context';
import { BarChart } from './BarChart';
import { formatStat, isNumeric, isTemporal } from './format-value';
import { Histogram } from './Histogram';
import { TypeBadge } from './TypeBadge';

export interface ColumnProfilesProps {
  columns: Column[];
  /** True when the profiles cover the whole file rather than the preview's sample. */
  wholeFile: boolean;
}

function Stats({ profile }: { profile: ColumnProfile }) {
  const t = useT();
  const lang = useLang();
  const percent = profile.count === 0 ? 0 : profile.missing / profile.count;
  const distinct = formatNumber(profile.distinct, lang);
  const rows: [string, string | null][] = [
    [
      t('preview.profile.missing'),
      t('preview.profile.missingValue', {
        count: formatNumber(profile.missing, lang),
        percent: formatNumber(percent, lang, { style: 'percent', maximumFractionDigits: 1 }),
      }),
    ],
    [
      t('preview.profile.distinct'),
      profile.distinctApproximate ? t('preview.profile.approximately', { value: distinct }) : distinct,
    ],
    [t('preview.profile.min'), formatStat(profile.min, lang)],
    [t('preview.profile.max'), formatStat(profile.max, lang)],
    [t('preview.profile.mean'), formatStat(profile.mean, lang)],
  ];
  return (
    <dl class="pv-stats">
      {rows
        .filter((row): row is [string, string] => row[1] !== null)
        .map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
    </dl>
  );
}

function Chart({ column, profile }: { column: Column; profile: ColumnProfile }) {
  const t = useT();
  const axis = (isNumeric(column) || isTemporal(column)) && profile.histogram.some((b) => b.from !== undefined);
  if (axis) {
    return (
      <Histogram
        bins={profile.histogram}
        numeric={isNumeric(column)}
        title={t('preview.profile.histogramLabel', { column: column.name })}
      />
    );
  }
  if (profile.histogram.length === 0) return <p class="pv-muted">{t('preview.profile.noRepeats')}</p>;
  return <BarChart bars={profile.histogram} title={t('preview.profile.topLabel', { column: column.name })} />;
}

/** One card per column: type, missing and distinct counts, min/max/mean, and a small chart. */
export function ColumnProfiles({ columns, wholeFile }: ColumnProfilesProps) {
  const t = useT();
  const profiled = columns.filter((c) => c.profile);
  const rows = profiled[0]?.profile?.count ?? 0;
  return (
    <section class="pv-profiles" aria-labelledby="pv-profiles-title">
      <h2 id="pv-profiles-title">
        {t(wholeFile ? 'preview.profile.whole' : 'preview.profile.sample', { count: rows })}
      </h2>
      <ul class="pv-profile-list">
        {profiled.map((column) => (
          <li key={column.name} class="pv-profile" data-column={column.name}>
            <h3>
              <span class="pv-colname">{column.name}</span> <TypeBadge column={column} />
            </h3>
            <Stats profile={column.profile!} />
            <Chart column={column} profile={column.profile!} />
          </li>
        ))}
      </ul>
    </section>
  );
}
