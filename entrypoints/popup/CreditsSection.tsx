import { useState } from 'preact/hooks';
import { CreditsBasket } from '../../components/attribution/CreditsBasket';
import { removeFromBasket } from '../../lib/attribution/basket';
import { buildCredits } from '../../lib/attribution/credits';
import { noticeInputOf } from '../../lib/attribution/input';
import type { AttributionFormat } from '../../lib/attribution/options';
import { acknowledge, creditStatus } from '../../lib/credits/compare';
import type { Lang } from '../../lib/i18n';
import { useBasket, useCreditsCheck } from './basket-store';
import { copyText } from './stored';

const EXTENSIONS: Record<AttributionFormat, string> = {
  text: 'txt',
  html: 'html',
  markdown: 'md',
  bibtex: 'bib',
  ris: 'ris',
  apa: 'txt',
  iso690: 'txt',
};

function download(text: string, format: AttributionFormat): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'text/plain;charset=utf-8' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: `credits.${EXTENSIONS[format]}` });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

/**
 * The credits basket: every dataset the user gathered, their combined obligations, one block to copy or save,
 * and what changed since each was credited. The block is made of each dataset's latest known state, so a new
 * licence or date is in it as soon as the check has seen it; the flags stay until the user accepts the change.
 */
export function CreditsSection({ lang }: { lang: Lang }) {
  const { basket, save } = useBasket();
  const checking = useCreditsCheck(lang);
  const [copied, setCopied] = useState(false);
  const entries = basket.items.map((i) => noticeInputOf(i.dataset, i.providerStatement));
  const credits = (format: AttributionFormat) => buildCredits(entries, { lang, format });
  const statuses = Object.fromEntries(basket.items.map((i) => [i.id, creditStatus(i)]));
  return (
    <CreditsBasket
      items={basket.items}
      combined={credits('text').combined}
      lang={lang}
      render={(format) => credits(format).text}
      onRemove={(id) => save(removeFromBasket(basket, id))}
      copied={copied}
      onCopy={async (text) => setCopied(await copyText(text))}
      onExport={(format, text) => download(text, format)}
      statuses={statuses}
      checking={checking}
      onAcknowledge={(id) =>
        save({
          ...basket,
          items: basket.items.map((i) => (i.id === id ? acknowledge(i, new Date().toISOString()) : i)),
        })
      }
    />
  );
}
