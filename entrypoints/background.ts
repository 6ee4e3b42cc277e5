import { defineBackground } from 'wxt/utils/define-background';
import { setupBadge } from '../lib/background/badge';
import { setupCommands } from '../lib/background/commands';
import { setupReaderOpener } from '../lib/background/reader';

export default defineBackground(() => {
  setupCommands();
  setupBadge();
  setupReaderOpener();
});
