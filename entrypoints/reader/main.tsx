import { speeches } from 'virtual:tifa-corpus';
import { render } from 'preact';
import '../../lib/ui/base.css';
import '../../lib/ui/card.css';
import './reader.css';
import { loadDictionary } from '../../lib/dictionary-runtime';
import { adoptHighlightRules } from '../../lib/ui/reader/highlight-styles';
import { ReaderApp } from '../../lib/ui/reader/ReaderApp';

adoptHighlightRules(document);
const root = document.getElementById('app');
if (root) render(<ReaderApp data={{ dictionary: loadDictionary(), speeches }} />, root);
