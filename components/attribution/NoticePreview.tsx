import { useId } from 'preact/hooks';
import type { Lang } from '../../lib/i18n';

export interface NoticePreviewProps {
  heading: string;
  /** The exact text Copy and Download give, shown as text: the HTML format shows its source, never markup. */
  text: string;
  /** The language the text is written in, which may differ from the interface's. */
  lang: Lang;
  testId: string;
}

/** A generated notice under its heading, in a region that scrolls and can be selected from the keyboard. */
export function NoticePreview({ heading, text, lang, testId }: NoticePreviewProps) {
  const id = useId();
  return (
    <>
      <h3 id={`${id}-preview`} class="pv-attribution__subtitle">
        {heading}
      </h3>
      {/* A labelled region, focusable so that keyboard users can scroll and select a long notice. */}
      <section
        class="pv-attribution__preview"
        aria-labelledby={`${id}-preview`}
        // biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard.
        tabIndex={0}
      >
        <pre data-testid={testId} lang={lang}>
          {text}
        </pre>
      </section>
    </>
  );
}
