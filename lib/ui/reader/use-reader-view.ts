import { useEffect, useState } from 'preact/hooks';
import { parseReaderHash, type ReaderView } from '../reader-location';

/** The view the address fragment names, following back/forward and in-page links. */
export function useReaderView(): ReaderView {
  const [view, setView] = useState(() => parseReaderHash(location.hash));
  useEffect(() => {
    const onChange = () => setView(parseReaderHash(location.hash));
    window.addEventListener('hashchange', onChange);
    return () => window.removeEventListener('hashchange', onChange);
  }, []);
  return view;
}
