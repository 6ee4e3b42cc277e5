import { autoUpdate, computePosition, flip, offset, shift, size } from '@floating-ui/dom';
import { useEffect, useLayoutEffect, useRef } from 'preact/hooks';
import type { Citation, DictionaryEntry } from '../../dictionary-types';
import type { CardLang } from '../card-strings';
import { type ColorScheme, TermCard } from '../TermCard';

export interface CardPopoverProps {
  entry: DictionaryEntry;
  anchor: HTMLElement;
  /** Opened by a click or Enter/Space: takes the focus, stays until closed. */
  pinned: boolean;
  count: number;
  showEnglish: boolean;
  scheme: ColorScheme;
  lang: CardLang;
  onClose: () => void;
  onOpenInReader: (citation: Citation) => void;
  onPointerEnter: () => void;
  onPointerLeave: () => void;
}

/** The term card beside a term of a speech, kept in the viewport by floating-ui, as on pages. */
export function CardPopover(props: CardPopoverProps) {
  const floating = useRef<HTMLDivElement>(null);
  useLayoutEffect(() => {
    const element = floating.current;
    if (!element) return;
    return autoUpdate(props.anchor, element, () => {
      void computePosition(props.anchor, element, {
        strategy: 'fixed',
        placement: 'bottom-start',
        middleware: [
          offset(6),
          flip({ padding: 8 }),
          shift({ padding: 8 }),
          size({
            padding: 8,
            apply({ availableHeight }) {
              element.style.setProperty('--tifa-max-height', `${Math.max(160, availableHeight)}px`);
            },
          }),
        ],
      }).then(({ x, y }) => {
        element.style.left = `${x}px`;
        element.style.top = `${y}px`;
      });
    });
  }, [props.anchor]);
  useEffect(() => {
    if (props.pinned) floating.current?.querySelector<HTMLElement>('.tifa-card')?.focus();
  }, [props.pinned, props.entry]);
  return (
    <div
      ref={floating}
      class="tl-card-popover"
      data-testid="reader-card"
      onPointerEnter={props.onPointerEnter}
      onPointerLeave={props.onPointerLeave}
    >
      <TermCard
        entry={props.entry}
        pageCount={props.count}
        countScope="speech"
        showEnglish={props.showEnglish}
        scheme={props.scheme}
        lang={props.lang}
        asDialog
        onClose={props.onClose}
        onOpenInReader={props.onOpenInReader}
      />
    </div>
  );
}
