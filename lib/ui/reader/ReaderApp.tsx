import type { Speech } from '../../corpus/types';
import type { LoadedDictionary } from '../../dictionary-runtime';
import type { Translate } from '../../i18n';
import { readerHash } from '../reader-location';
import { usePageSetup } from '../use-page-setup';
import { useSettings } from '../use-settings';
import { Glossary } from './Glossary';
import { SpeechView } from './SpeechView';
import { useReaderView } from './use-reader-view';

export interface ReaderData {
  dictionary: LoadedDictionary;
  speeches: Speech[];
}

const readerTitle = (t: Translate) => t('reader_title');

/** The reader page: the glossary and the speeches, switched by the address fragment. */
export function ReaderApp({ data }: { data: ReaderData }) {
  const settings = useSettings();
  const { t, language, scheme } = usePageSetup(settings, readerTitle);
  const view = useReaderView();
  if (!settings) return null;
  const speeches = [...data.speeches].sort((a, b) => a.order - b.order);
  const speech = view.view === 'speech' ? speeches.find((s) => s.id === view.speech) : undefined;
  return (
    <div class="tl-reader">
      <button type="button" class="tl-skip" onClick={skipToMain}>
        {t('reader_skip')}
      </button>
      <nav class="tl-reader-nav" aria-label={t('reader_nav')}>
        <p class="tl-reader-brand">{t('extName')}</p>
        <ul>
          <li>
            <a href="#glossary" aria-current={view.view === 'glossary' ? 'page' : undefined}>
              {t('reader_glossary')}
            </a>
          </li>
        </ul>
        <h2 class="tl-reader-nav-heading">{t('reader_speeches')}</h2>
        <ol>
          {speeches.map((s) => (
            <li key={s.id}>
              <a
                href={readerHash({ view: 'speech', speech: s.id })}
                aria-current={speech?.id === s.id ? 'page' : undefined}
                data-speech-link={s.id}
              >
                {s.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      <main id="tl-main" class="tl-reader-main" tabIndex={-1}>
        {view.view === 'speech' ? (
          speech ? (
            <SpeechView
              key={speech.id}
              speech={speech}
              dictionary={data.dictionary}
              target={{ paragraph: view.paragraph, sentenceIndex: view.sentenceIndex }}
              categories={settings.categories}
              showEnglish={settings.showEnglish}
              scheme={scheme}
              language={language}
              t={t}
            />
          ) : (
            <p class="tl-message tl-message--error">{t('reader_speech_missing')}</p>
          )
        ) : (
          <Glossary
            key={`${view.entry ?? ''}|${view.query ?? ''}|${view.category ?? ''}`}
            dictionary={data.dictionary}
            initial={view}
            showEnglish={settings.showEnglish}
            scheme={scheme}
            language={language}
            t={t}
          />
        )}
      </main>
    </div>
  );
}

// The fragment is the reader's address, so the skip control moves the focus without a link.
function skipToMain() {
  document.getElementById('tl-main')?.focus();
}
