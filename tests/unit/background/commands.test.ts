import { beforeEach, describe, expect, it, vi } from 'vitest';
import { browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { COMMAND_REQUESTS, forwardCommand, requestForCommand } from '../../../lib/background/commands';

describe('command forwarding', () => {
  beforeEach(() => {
    fakeBrowser.reset();
    vi.restoreAllMocks();
  });

  it('maps the two commands to content requests and nothing else', () => {
    expect(requestForCommand('next-term')).toEqual({ type: 'tifa:next-term' });
    expect(requestForCommand('previous-term')).toEqual({ type: 'tifa:previous-term' });
    expect(requestForCommand('toString')).toBeUndefined();
    expect(requestForCommand('_execute_action')).toBeUndefined();
    expect(Object.keys(COMMAND_REQUESTS)).toEqual(['next-term', 'previous-term']);
  });

  it('sends the request to the top frame of the tab the command came from', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage').mockResolvedValue(undefined);
    expect(await forwardCommand('previous-term', 7)).toBe(true);
    expect(send).toHaveBeenCalledWith(7, { type: 'tifa:previous-term' }, { frameId: 0 });
  });

  it('falls back to the active tab, and survives a tab without a content script', async () => {
    vi.spyOn(browser.tabs, 'query').mockImplementation(async () => [{ id: 3 } as Browser.tabs.Tab]);
    const send = vi
      .spyOn(browser.tabs, 'sendMessage')
      .mockRejectedValue(new Error('Receiving end does not exist'));
    expect(await forwardCommand('next-term', undefined)).toBe(false);
    expect(send).toHaveBeenCalledWith(3, { type: 'tifa:next-term' }, { frameId: 0 });
  });

  it('ignores other commands', async () => {
    const send = vi.spyOn(browser.tabs, 'sendMessage');
    expect(await forwardCommand('something-else', 1)).toBe(false);
    expect(send).not.toHaveBeenCalled();
  });
});
