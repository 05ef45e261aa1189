import { useId, useState } from 'preact/hooks';
import type { VerdictChip } from '../../lib/glance/verdict';
import type { LicenceEntry } from '../../lib/licences/schema';
import { useLang, useT } from '../i18n-context';

function explanation(chip: VerdictChip, entry: LicenceEntry | null, t: ReturnType<typeof useT>, lang: 'fr' | 'en') {
  switch (chip) {
    case 'free':
      return t('glance.explain.free', { licence: entry?.names[lang] ?? '' });
    case 'credit':
      return t('glance.explain.credit', { summary: entry?.attribution.summary[lang] ?? '' }).trim();
    case 'shareAlike':
      return t('glance.explain.shareAlike', { scope: entry?.shareAlike?.scope[lang] ?? '' }).trim();
    default:
      return t(`glance.explain.${chip}`);
  }
}

/**
 * The licence's answer in a few chips; each one is a disclosure button opening its explanation below the row,
 * so that the answer is read in one glance and the reason in one click.
 */
export function VerdictChips({
  chips,
  entry,
  onReadLicence,
}: {
  chips: readonly VerdictChip[];
  entry: LicenceEntry | null;
  onReadLicence: () => void;
}) {
  const t = useT();
  const lang = useLang();
  const [open, setOpen] = useState<VerdictChip | null>(null);
  const id = useId();
  const labelId = `${id}-label`;
  const panelId = `${id}-explain`;
  return (
    <div class="pv-verdict" data-field="verdict">
      <span id={labelId} class="pv-verdict__label">
        {t('glance.verdictLabel')}
      </span>
      <ul class="pv-chips" aria-labelledby={labelId}>
        {chips.map((chip) => (
          <li key={chip}>
            <button
              type="button"
              class={`pv-chip pv-chip--${chip}`}
              data-chip={chip}
              aria-expanded={open === chip}
              aria-controls={panelId}
              onClick={() => setOpen(open === chip ? null : chip)}
            >
              {t(`glance.chip.${chip}`)}
            </button>
          </li>
        ))}
      </ul>
      <div id={panelId} class="pv-verdict__explain" hidden={open === null}>
        {open && (
          <>
            <p data-explains={open}>
              {open === 'free' && entry?.attribution.style === 'public-domain'
                ? `${explanation(open, entry, t, lang)} ${t('glance.explain.creditOptional')}`
                : explanation(open, entry, t, lang)}
            </p>
            <button type="button" class="pv-link-button" onClick={onReadLicence}>
              {t('glance.readLicence')}
            </button>
          </>
        )}
      </div>
    </div>
  );
}
