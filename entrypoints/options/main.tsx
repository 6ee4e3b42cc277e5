import { render } from 'preact';
import '../../lib/ui/base.css';
import './options.css';
import { OptionsApp } from '../../lib/ui/OptionsApp';

const root = document.getElementById('app');
if (root) render(<OptionsApp />, root);
