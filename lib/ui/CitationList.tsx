import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { Citation } from '../dictionary-types';
import type { CardStrings } from './card-strings';
import { countCitations, previewGroups, type SpeechGroup, splitQuote } from './citation-order';

export interface CitationListProps {
  groups: SpeechGroup[];
  initiallyExpanded?: boolean;
  strings: CardStrings;
  /** Copies one citation; resolves when the text is on the clipboard. */
  onCopy: (citation: Citation) => Promise<void>;
  onOpenInReader?: (citation: Citation) => void;
}

/** Citations grouped by speech: a preview of the most relevant ones, the rest behind "more". */
export function CitationList({
  groups,
  initiallyExpanded = false,
  strings,
  onCopy,
  onOpenInReader,
}: CitationListProps) {
  const [expanded, setExpanded] = useState(initiallyExpanded);
  const listId = useId();
  const total = countCitations(groups);
  const preview = previewGroups(groups);
  const hidden = total - countCitations(preview);
  const shown = expanded ? groups : preview;
  return (
    <div class="citations-body">
      <div class="citation-scroll" id={listId}>
        {shown.map((group) => (
          <section class="speech" key={group.speech} data-speech={group.speech}>
            <h4 class="speech-title">{group.title}</h4>
            <p class="speech-issuer">{group.issuer}</p>
            <ul class="quotes">
              {group.citations.map((citation) => (
                <CitationItem
                  key={`${citation.paragraph}:${citation.sentenceIndex}:${citation.start}`}
                  citation={citation}
                  strings={strings}
                  onCopy={onCopy}
                  onOpenInReader={onOpenInReader}
                />
              ))}
            </ul>
          </section>
        ))}
      </div>
      {hidden > 0 && (
        <button
          type="button"
          class="more"
          aria-expanded={expanded ? 'true' : 'false'}
          aria-controls={listId}
          onClick={() => setExpanded(!expanded)}
        >
          {expanded ? strings.less : strings.more(hidden)}
        </button>
      )}
    </div>
  );
}

type CopyState = 'idle' | 'copied' | 'failed';

function CitationItem({
  citation,
  strings,
  onCopy,
  onOpenInReader,
}: Pick<CitationListProps, 'strings' | 'onCopy' | 'onOpenInReader'> & { citation: Citation }) {
  const [copyState, setCopyState] = useState<CopyState>('idle');
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  useEffect(() => () => clearTimeout(timer.current), []);
  const quote = splitQuote(citation);
  const copyStatus = { idle: '', copied: strings.copied, failed: strings.copyFailed }[copyState];
  const copy = async () => {
    clearTimeout(timer.current);
    try {
      await onCopy(citation);
      setCopyState('copied');
    } catch {
      setCopyState('failed');
    }
    timer.current = setTimeout(() => setCopyState('idle'), 2000);
  };
  return (
    <li class="quote-item" data-paragraph={citation.paragraph} data-sentence={citation.sentenceIndex}>
      <blockquote class="quote" lang="zh-CN">
        {quote.before}
        {quote.term && <mark class="quote-term">{quote.term}</mark>}
        {quote.after}
      </blockquote>
      <div class="quote-actions">
        <button
          type="button"
          class="copy"
          aria-label={strings.copyLabel(citation.title)}
          data-state={copyState}
          onClick={copy}
        >
          {copyStatus || strings.copy}
        </button>
        {onOpenInReader && (
          <button
            type="button"
            class="read link"
            aria-label={strings.readLabel(citation.title)}
            onClick={() => onOpenInReader(citation)}
          >
            {strings.readInSpeech}
          </button>
        )}
      </div>
      <span class="visually-hidden" aria-live="polite">
        {copyStatus}
      </span>
    </li>
  );
}
