import { render } from 'preact';
import '../../lib/ui/base.css';
import './popup.css';
import { PopupApp } from '../../lib/ui/PopupApp';
import { findPopupTarget } from '../../lib/ui/popup-target';

const root = document.getElementById('app');
if (root) {
  void findPopupTarget(location.search).then((target) => render(<PopupApp target={target} />, root));
}
