import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState } from 'preact/hooks';
import { CATEGORIES, CATEGORY_IDS, type CategoryId } from '../../categories';
import type { Paragraph, Speech } from '../../corpus/types';
import type { LoadedDictionary } from '../../dictionary-runtime';
import type { Citation, DictionaryEntry } from '../../dictionary-types';
import type { Translate } from '../../i18n';
import { categoryName, type Language } from '../../language';
import { browserHighlightApi, HIGHLIGHT_PREFIX } from '../../page/highlight-registry';
import { citationHash } from '../reader-location';
import { Switch } from '../Switch';
import type { ColorScheme } from '../TermCard';
import { CardPopover } from './CardPopover';
import { countEntries, type Segment, sentenceSegments } from './speech-terms';

/** Rest time on a term before its card opens, and grace time to move from the term into the card. */
const OPEN_DELAY_MS = 80;
const CLOSE_DELAY_MS = 250;

export interface SpeechViewProps {
  speech: Speech;
  dictionary: LoadedDictionary;
  target?: { paragraph?: number; sentenceIndex?: number };
  categories: Record<CategoryId, boolean>;
  showEnglish: boolean;
  scheme: ColorScheme;
  language: Language;
  t: Translate;
}

interface OpenCard {
  entry: DictionaryEntry;
  anchor: HTMLElement;
  pinned: boolean;
}

type SegmentedParagraph = Paragraph & { segments: Segment[][] };

export function SpeechView(props: SpeechViewProps) {
  const { speech, dictionary, target, t, language } = props;
  const article = useRef<HTMLElement>(null);
  const [shown, setShown] = useState(props.categories);
  useEffect(() => setShown(props.categories), [props.categories]);
  const [card, setCard] = useState<OpenCard>();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);

  const paragraphs: SegmentedParagraph[] = useMemo(
    () =>
      speech.paragraphs.map((paragraph) => ({
        ...paragraph,
        segments: paragraph.sentences.map((sentence) =>
          sentenceSegments(sentence, dictionary.automaton, dictionary.entryOf),
        ),
      })),
    [speech, dictionary],
  );
  const counts = useMemo(() => countEntries(paragraphs.flatMap((p) => p.segments)), [paragraphs]);
  const total = useMemo(() => [...counts.values()].reduce((a, b) => a + b, 0), [counts]);

  // Paint the terms with CSS Custom Highlights, one per category, as the content script does.
  useLayoutEffect(() => {
    const api = browserHighlightApi();
    const root = article.current;
    if (!api || !root) return;
    const names: string[] = [];
    for (const id of CATEGORY_IDS) {
      if (!shown[id]) continue;
      const highlight = api.create();
      for (const element of root.querySelectorAll<HTMLElement>(`.tl-term[data-category="${id}"]`)) {
        const range = document.createRange();
        range.selectNodeContents(element);
        highlight.add(range);
      }
      api.registry.set(HIGHLIGHT_PREFIX + id, highlight);
      names.push(HIGHLIGHT_PREFIX + id);
    }
    return () => {
      for (const name of names) api.registry.delete(name);
    };
  }, [paragraphs, shown]);

  // A deep link: scroll to the cited sentence, mark it, and give it the focus for screen readers.
  useLayoutEffect(() => {
    if (target?.paragraph === undefined) {
      window.scrollTo(0, 0);
      return;
    }
    const selector = `[data-p="${target.paragraph}"]${
      target.sentenceIndex === undefined ? '' : ` [data-s="${target.sentenceIndex}"]`
    }`;
    const element = article.current?.querySelector<HTMLElement>(selector);
    if (!element) return;
    element.classList.add('tl-cited');
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
    return () => element.classList.remove('tl-cited');
  }, [speech, target?.paragraph, target?.sentenceIndex]);

  const close = useCallback((returnFocus: boolean) => {
    clearTimeout(timer.current);
    setCard((current) => {
      if (returnFocus && current?.pinned) current.anchor.focus();
      return undefined;
    });
  }, []);

  const termOf = (node: EventTarget | null): HTMLElement | null =>
    node instanceof Element ? node.closest<HTMLElement>('.tl-term') : null;
  const entryFor = (element: HTMLElement) =>
    dictionary.dictionary.entries.find((e) => e.id === element.dataset.entry);

  const open = (element: HTMLElement, pinned: boolean) => {
    const entry = entryFor(element);
    if (!entry || !shown[entry.category]) return;
    clearTimeout(timer.current);
    setCard({ entry, anchor: element, pinned });
  };

  // Escape closes; a press outside the card and the terms closes.
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Escape' && card) {
        event.preventDefault();
        close(true);
      }
    };
    const onDown = (event: PointerEvent) => {
      const node = event.target as Element | null;
      if (card && !node?.closest('.tl-card-popover') && !termOf(node)) close(false);
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('pointerdown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('pointerdown', onDown);
    };
  }, [card, close]);

  useEffect(() => () => clearTimeout(timer.current), []);

  const openCitation = (citation: Citation) => {
    close(false);
    location.hash = citationHash(citation, citation.matched);
  };

  return (
    <div class="tl-speech-view">
      <header class="tl-speech-header">
        <h1 class="tl-speech-title">{speech.title}</h1>
        <p class="tl-speech-issuer">{speech.issuer}</p>
        <p class="tl-note">
          {t('reader_speech_terms', { count: total })} · {t('reader_term_hint')}
        </p>
        <ul class="tl-legend" aria-label={t('popup_categories')}>
          {CATEGORY_IDS.map((id) => (
            <li key={id}>
              <Switch
                checked={shown[id]}
                color={CATEGORIES[id].color}
                onChange={(on) => setShown((s) => ({ ...s, [id]: on }))}
                testId={`reader-category-${id}`}
              >
                {categoryName(id, language)}
              </Switch>
            </li>
          ))}
        </ul>
      </header>
      <article
        ref={article}
        class="tl-speech-text"
        lang="zh-CN"
        onPointerOver={(event) => {
          const element = termOf(event.target);
          if (!element || card?.pinned) return;
          clearTimeout(timer.current);
          if (card?.anchor === element) return;
          timer.current = setTimeout(() => open(element, false), OPEN_DELAY_MS);
        }}
        onPointerOut={(event) => {
          const element = termOf(event.target);
          if (!element || card?.pinned || termOf(event.relatedTarget) === element) return;
          clearTimeout(timer.current);
          timer.current = setTimeout(() => close(false), CLOSE_DELAY_MS);
        }}
        onClick={(event) => {
          const element = termOf(event.target);
          if (element) open(element, true);
        }}
        onKeyDown={(event) => {
          const element = termOf(event.target);
          if (element && (event.key === 'Enter' || event.key === ' ')) {
            event.preventDefault();
            open(element, true);
          }
        }}
      >
        {paragraphs.map((paragraph) => (
          <ParagraphText key={paragraph.index} paragraph={paragraph} shown={shown} />
        ))}
      </article>
      {card && (
        <CardPopover
          entry={card.entry}
          anchor={card.anchor}
          pinned={card.pinned}
          count={counts.get(card.entry.id) ?? 0}
          showEnglish={props.showEnglish}
          scheme={props.scheme}
          lang={language}
          onClose={() => close(true)}
          onOpenInReader={openCitation}
          onPointerEnter={() => clearTimeout(timer.current)}
          onPointerLeave={() => {
            if (card.pinned) return;
            timer.current = setTimeout(() => close(false), CLOSE_DELAY_MS);
          }}
        />
      )}
    </div>
  );
}

function ParagraphText({
  paragraph,
  shown,
}: {
  paragraph: SegmentedParagraph;
  shown: Record<CategoryId, boolean>;
}) {
  const Tag = paragraph.heading ? 'h2' : 'p';
  // Text between sentences (spaces the splitter left out) is kept, so the paragraph reads as written.
  const parts: preact.ComponentChildren[] = [];
  let at = 0;
  paragraph.sentences.forEach((sentence, i) => {
    if (sentence.start > at) parts.push(paragraph.text.slice(at, sentence.start));
    parts.push(
      <span class="tl-sentence" data-s={sentence.index} tabIndex={-1} key={sentence.index}>
        {paragraph.segments[i].map((segment, k) =>
          segment.entry ? (
            // biome-ignore lint/a11y/useSemanticElements: an inline span keeps the speech selectable and copyable as running text; a <button> would not
            <span
              key={k}
              class="tl-term"
              role="button"
              tabIndex={shown[segment.entry.category] ? 0 : -1}
              aria-haspopup="dialog"
              data-entry={segment.entry.id}
              data-category={segment.entry.category}
            >
              {segment.text}
            </span>
          ) : (
            segment.text
          ),
        )}
      </span>,
    );
    at = Math.max(at, sentence.start + sentence.text.length);
  });
  if (at < paragraph.text.length) parts.push(paragraph.text.slice(at));
  return (
    <Tag class={paragraph.heading ? 'tl-heading' : 'tl-paragraph'} data-p={paragraph.index}>
      {parts}
    </Tag>
  );
}
