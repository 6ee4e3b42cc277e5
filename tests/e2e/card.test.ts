import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { type ExtensionSession, launchExtension } from './harness';

let session: ExtensionSession;
beforeAll(async () => {
  session = await launchExtension();
  // The card's chrome follows the browser's language; pin it so that the assertions can name strings.
  await setSettings({ language: 'zh_CN' });
});
afterAll(async () => {
  await session?.close();
});

const CARD = 'tifa-lens-card .tifa-card';

/** Stores what the user changed (lib/settings.ts keeps only the difference from the defaults). */
async function setSettings(changed: Record<string, unknown>) {
  await session.serviceWorker.evaluate((settings) => chrome.storage.sync.set({ settings }), changed);
}

/** Opens a fixture and waits until the content script has registered its highlights. */
async function openFixture(path: string): Promise<Page> {
  const page = await session.newPage(path);
  await page.waitForFunction(() => {
    let ranges = 0;
    for (const [name, highlight] of CSS.highlights) if (name.startsWith('tifa-')) ranges += highlight.size;
    return ranges > 0;
  });
  return page;
}

/** The centre of the first line box of the n-th occurrence of `text` in the page's own text. */
async function centreOf(page: Page, text: string, occurrence = 0): Promise<{ x: number; y: number }> {
  return page.evaluate(
    ([text, occurrence]) => {
      const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
      let seen = 0;
      for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
        for (let i = node.data.indexOf(text); i >= 0; i = node.data.indexOf(text, i + 1)) {
          if (seen++ !== occurrence) continue;
          const range = document.createRange();
          range.setStart(node, i);
          range.setEnd(node, i + text.length);
          const rect = range.getClientRects()[0];
          return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
        }
      }
      throw new Error(`${text} #${occurrence} not on the page`);
    },
    [text, occurrence] as const,
  );
}

/** Rests the pointer on a term and waits for its card (another term's card may be open before). */
async function hover(page: Page, text: string, occurrence = 0) {
  const { x, y } = await centreOf(page, text, occurrence);
  await page.mouse.move(x, y);
  await page
    .locator(CARD)
    .filter({ has: page.locator('.headword', { hasText: text }) })
    .waitFor({ state: 'visible' });
}

async function cardCount(page: Page): Promise<number> {
  return page.locator(CARD).count();
}

/** The text of the focus highlight's ranges. */
async function focusHighlightText(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...(CSS.highlights.get('tifa-focus') ?? [])].map((r) => (r as Range).toString()),
  );
}

/** The active element, looking into our shadow root: [tag, role, accessible name source]. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const host = document.querySelector('tifa-lens-card');
    const inner = host?.shadowRoot?.activeElement;
    const active = document.activeElement === host && inner ? inner : document.activeElement;
    const labelId = active?.getAttribute('aria-labelledby');
    return {
      id: active?.id ?? '',
      role: active?.getAttribute('role') ?? null,
      label: labelId ? (host?.shadowRoot?.getElementById(labelId)?.textContent ?? null) : null,
    };
  });
}

async function sendCommand(type: 'tifa:next-term' | 'tifa:previous-term', page: Page) {
  await page.bringToFront();
  await session.serviceWorker.evaluate(async (type) => {
    const [tab] = await chrome.tabs.query({ active: true, lastFocusedWindow: true });
    await chrome.tabs.sendMessage(tab.id as number, { type }, { frameId: 0 });
  }, type);
}

describe('the card on hover', () => {
  let page: Page;
  beforeAll(async () => {
    page = await openFixture('/card/card.html');
  });
  afterAll(async () => {
    await page.close();
  });

  test('nothing of ours is in the DOM until the card is first shown; then one host outside <body>', async () => {
    const pristine = await page.evaluate(async () => {
      const source = await (await fetch(location.href)).text();
      const original = new DOMParser().parseFromString(source, 'text/html');
      return {
        same: original.body.innerHTML === document.body.innerHTML,
        hosts: document.querySelectorAll('tifa-lens-card').length,
      };
    });
    expect(pristine).toEqual({ same: true, hosts: 0 });
    const before = await page.evaluate(() => document.body.innerHTML);

    await hover(page, '四个意识');
    const after = await page.evaluate(() => ({
      body: document.body.innerHTML,
      htmlChildren: [...document.documentElement.children].map((el) => el.localName),
      shadowMode: document.querySelector('tifa-lens-card')?.shadowRoot?.mode,
    }));
    expect(after.body).toBe(before);
    expect(after.htmlChildren).toEqual(['head', 'body', 'tifa-lens-card']);
    expect(after.shadowMode).toBe('open');
  });

  test('opens within 100 ms of the pointer resting on a term', async () => {
    await page.mouse.move(600, 900);
    await page.locator(CARD).waitFor({ state: 'detached' });
    const { x, y } = await centreOf(page, '两个维护');
    // Measured inside the page: from the pointermove event to the first frame that shows the card.
    await page.evaluate(() => {
      const w = window as unknown as { openedAfter?: Promise<number> };
      w.openedAfter = new Promise((resolve) => {
        window.addEventListener(
          'pointermove',
          (event) => {
            const check = () => {
              const card = document.querySelector('tifa-lens-card')?.shadowRoot?.querySelector('.tifa-card');
              if (card && getComputedStyle(card.parentElement as Element).visibility === 'visible') {
                resolve(performance.now() - event.timeStamp);
              } else requestAnimationFrame(check);
            };
            check();
          },
          { once: true },
        );
      });
    });
    await page.mouse.move(x, y);
    const elapsed = await page.evaluate(
      () => (window as unknown as { openedAfter: Promise<number> }).openedAfter,
    );
    expect(await page.locator(`${CARD} .headword`).textContent()).toBe('两个维护');
    console.info(`card opened ${elapsed.toFixed(1)} ms after the pointer came to rest`);
    expect(elapsed).toBeLessThan(100);
  });

  test('shows headword, pinyin, category, English, gloss, parts, page count and citations', async () => {
    await hover(page, '四个意识');
    const card = page.locator(CARD);
    expect(await card.locator('.headword').textContent()).toBe('四个意识');
    expect(await card.locator('.pinyin').textContent()).toMatch(/^sì\s?gè\s?yì\s?shí$/);
    expect(await card.locator('.chip').textContent()).toBe('核心政治提法');
    expect(await card.locator('.english').textContent()).toBe('Four Consciousnesses');
    expect(await card.locator('.gloss').first().textContent()).toContain(
      '政治意识、大局意识、核心意识、看齐意识',
    );
    expect(await card.locator('.parts li').allTextContents()).toEqual([
      '政治意识',
      '大局意识',
      '核心意识',
      '看齐意识',
    ]);
    // 四个意识 occurs twice in the fixture (#p1 and #p2).
    expect(await card.locator('.page-count').textContent()).toBe('本页出现 2 次');
    const titles = await card.locator('.speech-title').allTextContents();
    expect(titles.length).toBeGreaterThan(0);
    for (const title of titles) expect(title).toMatch(/政治机关|机关|担当|党建/);
    const quotes = await card.locator('.quote').allTextContents();
    for (const quote of quotes) expect(quote).toContain('四个意识');
    expect(await card.locator('.quote mark').first().textContent()).toBe('四个意识');
  });

  test('shows three speeches first and the rest behind "more", in a scrolling area inside the viewport', async () => {
    await hover(page, '两个维护');
    const card = page.locator(CARD);
    const more = card.locator('button.more');
    expect(await card.locator('.quote').count()).toBe(3);
    expect(await more.getAttribute('aria-expanded')).toBe('false');
    const total = Number(
      /\d+/.exec((await card.locator('.citations .section-title').textContent()) ?? '')?.[0],
    );
    expect(total).toBeGreaterThan(3);
    await more.click();
    expect(await more.getAttribute('aria-expanded')).toBe('true');
    expect(await card.locator('.quote').count()).toBe(total);
    const layout = await page.evaluate(() => {
      const root = document.querySelector('tifa-lens-card')?.shadowRoot as ShadowRoot;
      const scroller = root.querySelector('.citation-scroll') as HTMLElement;
      const box = (root.querySelector('.tifa-card') as HTMLElement).getBoundingClientRect();
      return {
        scrolls:
          scroller.scrollHeight > scroller.clientHeight && getComputedStyle(scroller).overflowY === 'auto',
        inside: box.top >= 0 && box.bottom <= innerHeight,
      };
    });
    expect(layout).toEqual({ scrolls: true, inside: true });
    await page.keyboard.press('Escape');
  });

  test('is placed beside the term, inside the viewport, and not larger than 380 px', async () => {
    await hover(page, '四个意识');
    const geometry = await page.evaluate(() => {
      const card = document
        .querySelector('tifa-lens-card')
        ?.shadowRoot?.querySelector('.tifa-card') as Element;
      const p = document.getElementById('p1') as HTMLElement;
      const text = p.firstChild as Text;
      const at = text.data.indexOf('四个意识');
      const range = document.createRange();
      range.setStart(text, at);
      range.setEnd(text, at + 4);
      const c = card.getBoundingClientRect();
      const t = range.getBoundingClientRect();
      return { c: c.toJSON(), t: t.toJSON(), vw: innerWidth, vh: innerHeight };
    });
    expect(geometry.c.width).toBeLessThanOrEqual(380);
    expect(geometry.c.left).toBeGreaterThanOrEqual(0);
    expect(geometry.c.right).toBeLessThanOrEqual(geometry.vw);
    expect(geometry.c.top).toBeGreaterThanOrEqual(0);
    expect(geometry.c.bottom).toBeLessThanOrEqual(geometry.vh);
    // Below the term (or above it when there is no room), a few pixels away, never over it.
    const gap = Math.min(
      Math.abs(geometry.c.top - geometry.t.bottom),
      Math.abs(geometry.t.top - geometry.c.bottom),
    );
    expect(gap).toBeLessThanOrEqual(12);
  });

  test('stays open while the pointer moves into it, and closes when the pointer leaves both', async () => {
    await hover(page, '四个意识');
    const start = await centreOf(page, '四个意识');
    const box = await page.locator(`${CARD} .headword`).boundingBox();
    if (!box) throw new Error('no headword box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
    await page.waitForTimeout(700);
    expect(await cardCount(page)).toBe(1);
    expect(start.y).toBeGreaterThan(0);
    await page.mouse.move(620, 1000, { steps: 4 });
    await page.locator(CARD).waitFor({ state: 'detached' });
  });

  test('closes on Escape', async () => {
    await hover(page, '四个意识');
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached' });
  });

  test('a click on the term pins it; a click outside closes it', async () => {
    const { x, y } = await centreOf(page, '三会一课');
    await page.mouse.move(x, y);
    await page.mouse.click(x, y);
    await page.locator(CARD).waitFor({ state: 'visible' });
    expect(await page.locator(`${CARD} .headword`).textContent()).toBe('三会一课');
    await page.mouse.move(620, 1000, { steps: 4 });
    await page.waitForTimeout(600);
    expect(await cardCount(page)).toBe(1);
    await page.mouse.click(620, 1000);
    await page.locator(CARD).waitFor({ state: 'detached' });
  });

  test('a pinned card closes when its term scrolls out of view', async () => {
    const { x, y } = await centreOf(page, '四个意识');
    await page.mouse.click(x, y);
    await page.locator(CARD).waitFor({ state: 'visible' });
    await page.mouse.move(620, 700);
    await page.evaluate(() => window.scrollBy(0, 1200));
    await page.locator(CARD).waitFor({ state: 'detached' });
    await page.evaluate(() => window.scrollTo(0, 0));
  });

  test('copies a citation as text', async () => {
    await session.context.grantPermissions(['clipboard-read', 'clipboard-write'], {
      origin: session.server.origin,
    });
    await hover(page, '四个意识');
    const card = page.locator(CARD);
    const quote = (await card.locator('.quote').first().textContent()) ?? '';
    const title = (await card.locator('.speech-title').first().textContent()) ?? '';
    const issuer = (await card.locator('.speech-issuer').first().textContent()) ?? '';
    await card.locator('button.copy').first().click();
    await expect.poll(() => card.locator('button.copy').first().textContent()).toBe('已复制');
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toBe(`四个意识\n“${quote}”\n——${issuer}《${title}》`);
    await page.keyboard.press('Escape');
  });

  test('"read in the speech" asks the background to open the reader at the cited sentence', async () => {
    await session.serviceWorker.evaluate(() => {
      const g = globalThis as unknown as { openReaderRequests: unknown[] };
      g.openReaderRequests = [];
      chrome.runtime.onMessage.addListener((message) => {
        if ((message as { type?: string }).type === 'tifa:open-reader') g.openReaderRequests.push(message);
      });
    });
    await hover(page, '四个意识');
    const paragraph = Number(
      await page.locator(`${CARD} .quote-item`).first().getAttribute('data-paragraph'),
    );
    await page.locator(`${CARD} button.read`).first().click();
    await expect
      .poll(() =>
        session.serviceWorker.evaluate(
          () => (globalThis as unknown as { openReaderRequests: unknown[] }).openReaderRequests,
        ),
      )
      .toEqual([
        {
          type: 'tifa:open-reader',
          term: '四个意识',
          location: { speech: expect.any(String), paragraph, sentenceIndex: expect.any(Number) },
        },
      ]);
    await page.bringToFront();
    await page.keyboard.press('Escape');
  });
});

test('a term inside an open shadow root of the page gets its card', async () => {
  const page = await openFixture('/card/shadow.html');
  const { x, y } = await page.evaluate(() => {
    const text = document.getElementById('host')?.shadowRoot?.querySelector('p')?.firstChild as Text;
    const at = text.data.indexOf('两个维护');
    const range = document.createRange();
    range.setStart(text, at);
    range.setEnd(text, at + 4);
    const rect = range.getClientRects()[0];
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  });
  await page.mouse.move(x, y);
  await page.locator(CARD).waitFor({ state: 'visible' });
  expect(await page.locator(`${CARD} .headword`).textContent()).toBe('两个维护');
  await page.close();
});

describe('keyboard navigation', () => {
  test('the manifest declares the two commands with their default shortcuts', async () => {
    const manifest = await session.serviceWorker.evaluate(() => chrome.runtime.getManifest());
    expect(manifest.commands?.['next-term']?.suggested_key).toEqual({ default: 'Alt+Shift+J' });
    expect(manifest.commands?.['previous-term']?.suggested_key).toEqual({ default: 'Alt+Shift+K' });
    const commands = await session.serviceWorker.evaluate(() => chrome.commands.getAll());
    const ours = commands.filter((c) => c.name !== '_execute_action');
    expect(ours.map((c) => [c.name, c.shortcut]).sort()).toEqual([
      ['next-term', 'Alt+Shift+J'],
      ['previous-term', 'Alt+Shift+K'],
    ]);
  });

  test('next and previous move through the terms, mark the current one and open its card as a dialog', async () => {
    const page = await openFixture('/card/card.html');
    await page.focus('#page-button');

    await sendCommand('tifa:next-term', page);
    await page.locator(CARD).waitFor({ state: 'visible' });
    expect(await focusHighlightText(page)).toEqual(['四个意识']);
    await expect.poll(() => focused(page)).toEqual({ id: '', role: 'dialog', label: '四个意识' });
    expect(await page.locator('tifa-lens-card').getByRole('dialog', { name: '四个意识' }).count()).toBe(1);

    await sendCommand('tifa:next-term', page);
    await expect.poll(() => focusHighlightText(page)).toEqual(['四个自信']);
    await expect.poll(() => focused(page)).toMatchObject({ role: 'dialog', label: '四个自信' });

    await sendCommand('tifa:previous-term', page);
    await expect.poll(() => focusHighlightText(page)).toEqual(['四个意识']);
    await expect.poll(() => page.locator(`${CARD} .headword`).textContent()).toBe('四个意识');

    // Escape closes the dialog and gives the focus back to where it was.
    await page.keyboard.press('Escape');
    await page.locator(CARD).waitFor({ state: 'detached' });
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('page-button');
    expect(await focusHighlightText(page)).toEqual([]);
    await page.close();
  });

  test('a term below the fold is scrolled into view; previous from the top wraps to the last term', async () => {
    const page = await openFixture('/card/card.html');
    await sendCommand('tifa:previous-term', page);
    await expect.poll(() => focusHighlightText(page)).toEqual(['两个维护']);
    const where = await page.evaluate(() => {
      const range = [...(CSS.highlights.get('tifa-focus') ?? [])][0] as Range;
      const rect = range.getBoundingClientRect();
      return {
        inView: rect.top >= 0 && rect.bottom <= innerHeight,
        inFar: document.getElementById('far')?.contains(range.startContainer),
        scrolled: scrollY > 0,
      };
    });
    expect(where).toEqual({ inView: true, inFar: true, scrolled: true });
    await expect.poll(() => page.locator(`${CARD} .headword`).textContent()).toBe('两个维护');
    // Next from the last term wraps to the first.
    await sendCommand('tifa:next-term', page);
    await expect.poll(() => focusHighlightText(page)).toEqual(['四个意识']);
    await page.close();
  });
});

describe('the card and the page style', () => {
  const cardStyle = (page: Page) =>
    page.evaluate(() => {
      const card = document
        .querySelector('tifa-lens-card')
        ?.shadowRoot?.querySelector('.tifa-card') as Element;
      const quote = card.querySelector('.quote') as Element;
      const style = getComputedStyle(card);
      return {
        dark: card.classList.contains('tifa-card--dark'),
        background: style.backgroundColor,
        color: style.color,
        fontFamily: style.fontFamily,
        fontSize: style.fontSize,
        letterSpacing: style.letterSpacing,
        quoteColor: getComputedStyle(quote).color,
        quoteBefore: getComputedStyle(quote, '::before').content,
        hostOpacity: getComputedStyle(document.querySelector('tifa-lens-card') as Element).opacity,
        hostBefore: getComputedStyle(document.querySelector('tifa-lens-card') as Element, '::before').content,
      };
    });

  test('a light page gets the light palette and a dark page the dark one', async () => {
    const light = await openFixture('/card/card.html');
    await hover(light, '四个意识');
    expect(await cardStyle(light)).toMatchObject({ dark: false, background: 'rgb(255, 255, 255)' });
    await light.close();

    const dark = await openFixture('/card/dark.html');
    await hover(dark, '四个意识');
    expect(await cardStyle(dark)).toMatchObject({ dark: true, background: 'rgb(28, 29, 33)' });
    await dark.close();
  });

  test('the theme and language settings override the page and the browser', async () => {
    await setSettings({ language: 'en', theme: 'dark', showEnglish: false });
    const page = await openFixture('/card/card.html');
    await hover(page, '四个意识');
    expect(await cardStyle(page)).toMatchObject({ dark: true });
    const card = page.locator(CARD);
    expect(await card.locator('.chip').textContent()).toBe('Core political formulations');
    expect(await card.locator('.page-count').textContent()).toBe('Occurs 2 times on this page');
    expect(await card.locator('.english').count()).toBe(0);
    expect(await card.locator('.gloss').count()).toBe(1);
    await page.close();
    await setSettings({ language: 'zh_CN' });
  });

  test('a page whose CSP forbids inline styles still gets a styled card, without errors', async () => {
    const page = await openFixture('/card/card.csp.html');
    await hover(page, '四个意识');
    const style = await cardStyle(page);
    expect(style.fontFamily).toMatch(/^system-ui/);
    expect(style.background).toBe('rgb(255, 255, 255)');
    expect(session.errors).toEqual([]);
    await page.close();
  });

  test("the page's aggressive global CSS does not reach the card", async () => {
    const page = await openFixture('/card/hostile.html');
    await hover(page, '四个意识');
    const style = await cardStyle(page);
    expect(style.fontFamily).not.toMatch(/Comic Sans/);
    expect(style.fontFamily).toMatch(/^system-ui/);
    expect(style.color).not.toBe('rgb(255, 0, 0)');
    expect(style.quoteColor).not.toBe('rgb(255, 0, 0)');
    expect(style.fontSize).toBe('14px');
    expect(style.letterSpacing).toBe('normal');
    expect(style.quoteBefore).toBe('none');
    expect(style.hostOpacity).toBe('1');
    expect(style.hostBefore).toBe('none');
    await page.close();
  });

  test('no errors were logged and no request left the machine', () => {
    expect(session.errors).toEqual([]);
    expect(session.foreignRequests).toEqual([]);
  });
});
