import { browser } from 'wxt/browser';
import type { ContentRequest } from '../messages';

/** The manifest's keyboard commands and the content-script request each one becomes. */
export const COMMAND_REQUESTS = {
  'next-term': { type: 'tifa:next-term' },
  'previous-term': { type: 'tifa:previous-term' },
} as const satisfies Record<string, ContentRequest>;

type TermCommand = keyof typeof COMMAND_REQUESTS;

export function requestForCommand(command: string): ContentRequest | undefined {
  return Object.hasOwn(COMMAND_REQUESTS, command) ? COMMAND_REQUESTS[command as TermCommand] : undefined;
}

/**
 * Forwards the term-navigation commands to the active tab's top frame (frameId 0): each frame runs
 * its own content script, and only the top one should move, or every frame would open a card.
 */
export async function forwardCommand(command: string, tabId: number | undefined): Promise<boolean> {
  const request = requestForCommand(command);
  if (!request) return false;
  const target = tabId ?? (await browser.tabs.query({ active: true, currentWindow: true }))[0]?.id;
  if (target === undefined) return false;
  try {
    await browser.tabs.sendMessage(target, request, { frameId: 0 });
    return true;
  } catch {
    // No content script in that tab (a browser page, the web store, a page loaded before install).
    return false;
  }
}

export function setupCommands(): void {
  browser.commands.onCommand.addListener((command, tab) => {
    void forwardCommand(command, tab?.id);
  });
}
