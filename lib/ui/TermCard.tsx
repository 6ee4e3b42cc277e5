import { useId, useMemo } from 'preact/hooks';
import { CATEGORIES } from '../categories';
import type { Citation, DictionaryEntry } from '../dictionary-types';
import { categoryName, htmlLang } from '../language';
import { CitationList } from './CitationList';
import { CARD_STRINGS, type CardLang } from './card-strings';
import { formatCitation, groupCitations } from './citation-order';

export type ColorScheme = 'light' | 'dark';

export interface TermCardProps {
  entry: DictionaryEntry;
  /** How often the term occurs on the current page, or in the speech the reader shows. */
  pageCount?: number;
  /** What `pageCount` counts: the page (the content script) or the speech (the reader). */
  countScope?: 'page' | 'speech';
  showEnglish: boolean;
  scheme: ColorScheme;
  lang?: CardLang;
  /**
   * Render as a non-modal dialog (role="dialog", labelled by the headword, focusable), as the
   * content script does; the reader's glossary renders the card as a plain article.
   */
  asDialog?: boolean;
  /** Show every citation from the start (the reader's glossary); the card starts with a preview. */
  expandCitations?: boolean;
  /** Puts text on the clipboard; defaults to navigator.clipboard.writeText. Rejects on failure. */
  writeText?: (text: string) => Promise<void>;
  /** Called after a citation was copied. */
  onCopy?: (citation: Citation, text: string) => void;
  onOpenInReader?: (citation: Citation) => void;
  onClose?: () => void;
}

/**
 * The explanation of one term: headword, pinyin, category, English rendering, gloss, parts, the
 * number of occurrences on the page and the citations from the bundled speeches. Text only: every
 * string is rendered as a text node, never parsed as markup.
 */
export function TermCard({
  entry,
  pageCount,
  countScope = 'page',
  showEnglish,
  scheme,
  lang = 'zh_CN',
  asDialog = false,
  expandCitations = false,
  writeText = defaultWriteText,
  onCopy,
  onOpenInReader,
  onClose,
}: TermCardProps) {
  const strings = CARD_STRINGS[lang];
  const headwordId = useId();
  const groups = useMemo(() => groupCitations(entry), [entry]);
  const copy = async (citation: Citation) => {
    const text = formatCitation({ term: entry.term, citation, lang });
    await writeText(text);
    onCopy?.(citation, text);
  };
  const proposed = [entry.proposed?.date, entry.proposed?.occasion].filter(Boolean).join(' ');
  return (
    <div
      class={`tifa-card tifa-card--${scheme}`}
      data-scheme={scheme}
      data-entry={entry.id}
      lang={htmlLang(lang)}
      {...(asDialog ? DIALOG_PROPS : ARTICLE_PROPS)}
      // Spread: Biome's a11y rule cannot see the spread role and would flag the attribute, which
      // both roles support.
      {...{ 'aria-labelledby': headwordId }}
    >
      <header class="card-header">
        <div class="card-title">
          <h2 class="headword" id={headwordId} lang="zh-CN">
            {entry.term}
          </h2>
          {entry.pinyin && (
            <span class="pinyin" lang="zh-Latn-pinyin">
              {entry.pinyin}
            </span>
          )}
        </div>
        {onClose && (
          <button
            type="button"
            class="close"
            aria-label={strings.close}
            title={strings.close}
            onClick={onClose}
          >
            ×
          </button>
        )}
      </header>
      <div class="card-meta">
        <span
          class="chip"
          data-category={entry.category}
          style={{ '--tifa-chip': CATEGORIES[entry.category].color }}
        >
          {categoryName(entry.category, lang)}
        </span>
        {pageCount !== undefined && (
          <span class="page-count">
            {countScope === 'page' ? strings.pageCount(pageCount) : strings.speechCount(pageCount)}
          </span>
        )}
      </div>
      {showEnglish && entry.en && (
        <p class="english" lang="en">
          {entry.en}
        </p>
      )}
      {entry.gloss.zh && (
        <p class="gloss" lang="zh-CN">
          {entry.gloss.zh}
        </p>
      )}
      {showEnglish && entry.gloss.en && (
        <p class="gloss gloss-en" lang="en">
          {entry.gloss.en}
        </p>
      )}
      {proposed && <p class="proposed">{strings.proposed(proposed)}</p>}
      {entry.parts.length > 0 && (
        <section class="parts-section">
          <h3 class="section-title">{strings.parts}</h3>
          <ol class="parts" lang="zh-CN">
            {entry.parts.map((part) => (
              <li key={part}>{part}</li>
            ))}
          </ol>
        </section>
      )}
      <section class="citations">
        <h3 class="section-title">{strings.citations(entry.citations.length)}</h3>
        {groups.length === 0 ? (
          <p class="no-citations">{strings.noCitations}</p>
        ) : (
          <CitationList
            key={entry.id}
            groups={groups}
            initiallyExpanded={expandCitations}
            strings={strings}
            onCopy={copy}
            onOpenInReader={onOpenInReader}
          />
        )}
      </section>
    </div>
  );
}

// Non-modal: the page stays usable while the card is open. Focusable so that focus can move into it.
const DIALOG_PROPS = { role: 'dialog', 'aria-modal': 'false', tabIndex: -1 } as const;
const ARTICLE_PROPS = { role: 'article' } as const;

function defaultWriteText(text: string): Promise<void> {
  if (!globalThis.navigator?.clipboard) return Promise.reject(new Error('no clipboard'));
  return navigator.clipboard.writeText(text);
}
