// What a person does in the VS Code workbench, as Playwright calls: open a file, use the command
// palette, go to a line, hover, read the Problems panel. Every wait is on a condition with a bounded
// timeout (never a fixed sleep), so a slow machine only makes the run slower, not red.
/* global document, NodeFilter */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';

/** Default bound for one condition; the whole run has its own watchdog on top. */
export const TIMEOUT = 45000;

/** Collapses whitespace, including the non-breaking spaces the editor renders. */
export const squash = (text) => text.replace(/[\s\u00a0]+/g, ' ').trim();

/**
 * Polls `probe` until it returns something truthy; the error names what was awaited and, when
 * given, what was last seen, so a failure says more than "timeout".
 */
export async function waitFor(what, probe, { timeout = TIMEOUT, interval = 100, seen } = {}) {
  const until = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > until) {
      const last = seen ? await seen().catch((error) => `(could not read: ${error.message})`) : undefined;
      throw new Error(`timed out after ${timeout} ms waiting for ${what}${last === undefined ? '' : `\n  last seen: ${last}`}`);
    }
    await new Promise((resolve) => setTimeout(resolve, interval));
  }
}

export class Workbench {
  /** @param {import('playwright-core').Page} page */
  constructor(page, shotDir) {
    this.page = page;
    this.shotDir = shotDir;
    this.lastShot = undefined;
    mkdirSync(shotDir, { recursive: true });
  }

  async screenshot(name) {
    const path = join(this.shotDir, `${name}.png`);
    await this.page.screenshot({ path });
    this.lastShot = path;
    return path;
  }

  async open(url) {
    await this.page.goto(url);
    await this.page.locator('.monaco-workbench').waitFor({ timeout: 90000 });
    // The Explorer lists the workspace once the remote file system answered.
    await this.page.locator('.explorer-folders-view .monaco-list-row').first().waitFor({ timeout: 90000 });
  }

  /** Opens a file by clicking it in the Explorer, as a person would. */
  async openFromExplorer(name) {
    const item = this.page.locator('.explorer-folders-view').getByRole('treeitem', { name, exact: true });
    await item.waitFor({ timeout: TIMEOUT });
    await item.click();
    await this.activeTab(name);
    await this.editor().locator('.view-lines').waitFor({ timeout: TIMEOUT });
  }

  async activeTab(name) {
    await this.page.locator('.tabs-container .tab.active', { hasText: name }).waitFor({ timeout: TIMEOUT });
  }

  /** The focused editor group's editor (there is only one group in these tests). */
  editor() {
    return this.page.locator('.editor-group-container.active .monaco-editor').first();
  }

  /** The rendered text of the active editor (only what is on screen; the drafts are short). */
  async editorText() {
    return squash(await this.editor().locator('.view-lines').innerText());
  }

  /** Moves the caret with "Go to Line/Column" (Ctrl+G), 1-based like the status bar. */
  async goTo(line, column) {
    await this.editor().locator('.view-lines').click();
    await this.page.keyboard.press('Control+G');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: TIMEOUT });
    await input.fill(`:${line}:${column}`);
    await this.page.keyboard.press('Enter');
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
    await waitFor(`the caret at Ln ${line}, Col ${column}`, async () => (await this.statusBarText()).includes(`Ln ${line}, Col ${column}`), {
      seen: () => this.statusBarText(),
    });
  }

  async statusBarText() {
    return squash(await this.page.locator('.part.statusbar').innerText());
  }

  /** Runs a command by its title from the command palette (Ctrl+Shift+P). */
  async runCommand(title) {
    await this.page.keyboard.press('Control+Shift+P');
    const input = this.page.locator('.quick-input-widget input');
    await input.waitFor({ timeout: TIMEOUT });
    await input.fill(`>${title}`);
    const row = this.page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first();
    await row.waitFor({ timeout: TIMEOUT });
    await row.click();
    await this.page.locator('.quick-input-widget').waitFor({ state: 'hidden', timeout: TIMEOUT });
  }

  /**
   * Puts the mouse over the first occurrence of `text` in the editor and waits until the hover's
   * language-server part (the Markdown rows, not the problem rows VS Code adds) satisfies `check`.
   */
  async hover(text, what, check) {
    const point = await this.editor()
      .locator('.view-lines')
      .evaluate((lines, needle) => {
        const walker = document.createTreeWalker(lines, NodeFilter.SHOW_TEXT);
        for (let node = walker.nextNode(); node; node = walker.nextNode()) {
          const at = node.textContent.replace(/\u00a0/g, ' ').indexOf(needle);
          if (at < 0) continue;
          const range = document.createRange();
          range.setStart(node, at);
          range.setEnd(node, at + needle.length);
          const box = range.getBoundingClientRect();
          return { x: box.left + box.width / 2, y: box.top + box.height / 2 };
        }
        return null;
      }, text);
    if (!point) throw new Error(`"${text}" is not on screen in the editor`);
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
    const read = () =>
      hover
        .evaluate((element) =>
          [...element.querySelectorAll('.hover-row')]
            .filter((row) => row.querySelector('.rendered-markdown') && !row.querySelector('.marker'))
            .map((row) => row.innerText)
            .join('\n'),
        )
        .then((t) => t.replace(/[\s\u00a0]+/g, ' ').trim());
    await this.page.mouse.move(point.x, point.y - 30);
    await this.page.mouse.move(point.x, point.y, { steps: 5 });
    return waitFor(
      what,
      async () => {
        if (!(await hover.isVisible().catch(() => false))) return false;
        const content = await read().catch(() => '');
        return check(content) && content;
      },
      { seen: async () => ((await hover.isVisible().catch(() => false)) ? read() : '(no hover)') },
    );
  }

  /**
   * Moves the mouse into the open hover and scrolls it with the wheel until the last paragraph or
   * list item holding each of `texts` is inside the hover's visible area, so the screenshot shows
   * what was read.
   */
  async scrollHoverTo(texts) {
    const hover = this.page.locator('.monaco-editor .monaco-hover:not(.hidden)').first();
    const box = await hover.boundingBox();
    if (!box) throw new Error('no hover to scroll');
    await this.page.mouse.move(box.x + box.width / 2, box.y + 10, { steps: 3 });
    const inView = () =>
      hover.evaluate((element, needles) => {
        const frame = element.getBoundingClientRect();
        const blocks = [...element.querySelectorAll('.rendered-markdown p, .rendered-markdown li')];
        return needles.every((needle) => {
          const target = blocks.filter((e) => e.textContent.includes(needle)).pop();
          const rect = target?.getBoundingClientRect();
          return rect && rect.top >= frame.top - 1 && rect.bottom <= frame.bottom + 1;
        });
      }, texts);
    for (let turn = 0; turn < 40 && !(await inView()); turn += 1) {
      if (!(await hover.isVisible())) throw new Error('the hover closed while scrolling it');
      await this.page.mouse.wheel(0, 60);
    }
    await waitFor(`${texts.join(', ')} visible in the hover`, inView, { timeout: 5000 });
  }

  // ---- Problems panel -------------------------------------------------------------------------

  problems() {
    return this.page.locator('.markers-panel');
  }

  /** The number on the Problems tab: all problems in the workspace (the panel is not filtered yet). */
  async problemsBadge() {
    const badge = this.page.locator('.part.panel .composite-bar .action-item', { hasText: 'Problems' }).locator('.badge-content');
    return (await badge.count()) ? Number(await badge.first().innerText()) : 0;
  }

  /** Opens the Problems panel with Ctrl+Shift+M unless it is open already (the key toggles it). */
  async showProblems() {
    if (!(await this.problems().isVisible())) await this.page.keyboard.press('Control+Shift+M');
    await this.problems().waitFor({ timeout: TIMEOUT });
  }

  /**
   * The rows the Problems panel shows right now: files (name, count) and markers (message, code,
   * link). The list is virtual: only rows on screen exist in the DOM.
   */
  async problemRows() {
    return this.problems()
      .locator('.monaco-list-row')
      .evaluateAll((rows) =>
        rows.map((row) => {
          const text = (selector) =>
            row
              .querySelector(selector)
              ?.textContent?.replace(/[\s\u00a0]+/g, ' ')
              .trim() ?? '';
          if (row.getAttribute('aria-level') === '1') {
            return { kind: 'file', index: Number(row.dataset.index), name: text('.label-name'), count: Number(text('.monaco-count-badge')) };
          }
          return {
            kind: 'marker',
            index: Number(row.dataset.index),
            message: text('.marker-message'),
            source: text('.marker-source'),
            code: text('.marker-code'),
            link: row.querySelector('.marker-code')?.closest('a')?.getAttribute('href') ?? '',
            severity: ['error', 'warning', 'info'].find((s) => row.querySelector(`.marker-icon.${s}`)) ?? '',
          };
        }),
      );
  }

  async describeProblems() {
    const rows = await this.problemRows();
    return rows.map((r) => (r.kind === 'file' ? `[${r.name} ${r.count}]` : `${r.code}: ${r.message.slice(0, 60)}`)).join(' | ') || '(empty)';
  }

  /** Waits until the visible Problems rows satisfy `check(rows)`. */
  async waitForProblems(what, check, timeout = TIMEOUT) {
    return waitFor(
      what,
      async () => {
        const rows = await this.problemRows();
        return check(rows) && rows;
      },
      { timeout, seen: () => this.describeProblems() },
    );
  }

  /**
   * Every file row of the Problems panel, also those scrolled out of view. The list is virtual
   * (only rows on screen exist), so collapse it to the files and scroll through it with the mouse
   * wheel, collecting what passes by, until the last file (its aria-posinset equals aria-setsize).
   */
  async problemFiles() {
    await this.page.locator('.part.panel .action-label[aria-label="Collapse All"]').filter({ visible: true }).first().click();
    const list = this.problems().locator('.monaco-list').first();
    await list.hover();
    const fileRows = async () =>
      list.locator('.monaco-list-row[aria-level="1"]').evaluateAll((rows) =>
        rows.map((row) => ({
          index: Number(row.dataset.index),
          position: Number(row.getAttribute('aria-posinset')),
          size: Number(row.getAttribute('aria-setsize')),
          name: row.querySelector('.label-name')?.textContent?.trim() ?? '',
          count: Number(row.querySelector('.monaco-count-badge')?.textContent ?? 0),
        })),
      );
    await waitFor('the Problems list collapsed to its files', async () => (await this.problemRows()).every((r) => r.kind === 'file'));
    const files = new Map();
    for (let scroll = 0; scroll < 200; scroll += 1) {
      const rows = await fileRows();
      for (const row of rows) files.set(row.name, row.count);
      if (rows.some((row) => row.position === row.size)) return files;
      const last = Math.max(...rows.map((row) => row.index));
      await this.page.mouse.wheel(0, 150);
      await waitFor('the Problems list to scroll on', async () => Math.max(...(await fileRows()).map((row) => row.index)) > last, { timeout: 5000 });
    }
    throw new Error('the Problems panel did not end');
  }
}
