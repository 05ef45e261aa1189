import { useState } from 'preact/hooks';
import { CreditsBasket } from '../../components/attribution/CreditsBasket';
import { removeFromBasket } from '../../lib/attribution/basket';
import { buildCredits } from '../../lib/attribution/credits';
import { noticeInputOf } from '../../lib/attribution/input';
import type { AttributionFormat } from '../../lib/attribution/options';
import type { Lang } from '../../lib/i18n';
import { useBasket } from './basket-store';
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

/** The credits basket: every dataset the user gathered, their combined obligations, one block to copy or save. */
export function CreditsSection({ lang }: { lang: Lang }) {
  const { basket, save } = useBasket();
  const [copied, setCopied] = useState(false);
  const entries = basket.items.map((i) => noticeInputOf(i.dataset, i.providerStatement));
  const credits = (format: AttributionFormat) => buildCredits(entries, { lang, format });
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
    />
  );
}
