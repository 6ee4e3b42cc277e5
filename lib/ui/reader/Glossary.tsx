import { useEffect, useId, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORY_IDS, type CategoryId, isCategoryId } from '../../categories';
import type { LoadedDictionary } from '../../dictionary-runtime';
import type { Citation, DictionaryEntry } from '../../dictionary-types';
import type { Translate } from '../../i18n';
import { categoryName, type Language } from '../../language';
import { citationHash } from '../reader-location';
import { type ColorScheme, TermCard } from '../TermCard';
import { buildGlossaryIndex, foldTableOf, searchGlossary } from './glossary-search';

export interface GlossaryProps {
  dictionary: LoadedDictionary;
  /** From the address: an entry to show, a query, a category. */
  initial: { entry?: string; query?: string; category?: string };
  showEnglish: boolean;
  scheme: ColorScheme;
  language: Language;
  t: Translate;
}

/** Every term: search, filter by category, and each entry as its card shows it. */
export function Glossary({ dictionary, initial, showEnglish, scheme, language, t }: GlossaryProps) {
  const index = useMemo(
    () => buildGlossaryIndex(dictionary.dictionary.entries, foldTableOf(dictionary.automaton)),
    [dictionary],
  );
  const [query, setQuery] = useState(initial.query ?? '');
  const [category, setCategory] = useState<CategoryId | undefined>(
    initial.category && isCategoryId(initial.category) ? initial.category : undefined,
  );
  const results = useMemo(() => searchGlossary(index, { query, category }), [index, query, category]);
  const searchId = useId();
  const filterId = useId();
  const list = useRef<HTMLOListElement>(null);

  // #term=<id>: bring that entry into view and focus it.
  useEffect(() => {
    if (!initial.entry) return;
    const card = list.current?.querySelector<HTMLElement>(`[data-entry-item="${CSS.escape(initial.entry)}"]`);
    card?.scrollIntoView({ block: 'start' });
    card?.focus({ preventScroll: true });
  }, [initial.entry]);

  const openCitation = (citation: Citation) => {
    location.hash = citationHash(citation, citation.matched);
  };

  return (
    <div class="tl-glossary">
      <h1 class="tl-glossary-title">{t('reader_glossary')}</h1>
      <search class="tl-glossary-controls">
        <label for={searchId}>{t('reader_search')}</label>
        <input
          id={searchId}
          class="tl-input tl-glossary-search"
          type="search"
          value={query}
          placeholder={t('reader_search_placeholder')}
          autoComplete="off"
          spellcheck={false}
          data-testid="glossary-search"
          onInput={(event) => setQuery((event.target as HTMLInputElement).value)}
        />
        <label for={filterId}>{t('reader_filter')}</label>
        <select
          id={filterId}
          class="tl-select"
          value={category ?? ''}
          data-testid="glossary-category"
          onChange={(event) => {
            const value = (event.target as HTMLSelectElement).value;
            setCategory(isCategoryId(value) ? value : undefined);
          }}
        >
          <option value="">{t('reader_all_categories')}</option>
          {CATEGORY_IDS.map((id) => (
            <option key={id} value={id}>
              {categoryName(id, language)}
            </option>
          ))}
        </select>
      </search>
      <p class="tl-note" role="status" data-testid="glossary-count">
        {results.length === 0 ? t('reader_no_results') : t('reader_count', { count: results.length })}
      </p>
      <ol class="tl-glossary-list" ref={list}>
        {results.map((entry: DictionaryEntry) => (
          <li key={entry.id} class="tl-glossary-item" data-entry-item={entry.id} tabIndex={-1}>
            <TermCard
              entry={entry}
              showEnglish={showEnglish}
              scheme={scheme}
              lang={language}
              expandCitations
              onOpenInReader={openCitation}
            />
          </li>
        ))}
      </ol>
    </div>
  );
}
