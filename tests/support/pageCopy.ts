// The web page's sentences as the tests of src/web/ use them (the real ones are in content/).
import type { PageCopy } from '../../src/web/page.ts';

export const testPageCopy: PageCopy = {
  chatLabel: 'Chat with the test clinic',
  noScript: 'Please turn on JavaScript.',
  startFailed: 'The chat could not start.',
  loading: 'Loading…',
  emergencyLine: 'In an emergency, call',
  emergencyShort: 'Emergency? Call 999',
  openChat: 'Chat with us',
  closeChat: 'Close',
};
