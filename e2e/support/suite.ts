import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';
import { launchBrowser, PHONE, signIn } from './browser.ts';
import { startKitt, type RunningKitt } from './kitt.ts';
import type { Language } from '../../web/src/i18n/languages.ts';

export interface PageOptions {
  language?: Language;
  phone?: boolean;
}

export interface DemoSuite {
  readonly kitt: RunningKitt;
  readonly browser: Browser;
  /** A new browser context signed in as the demo user, in Swedish unless told, on a desktop or a phone viewport. */
  as(email: string, options?: PageOptions): Promise<Page>;
  /** Stops Kitt and starts it again on the same data folder with `env`, e.g. a clock some days ahead. */
  restart(env?: Record<string, string>): Promise<void>;
}

/**
 * One Kitt with the demo data and one Chromium for the test file: started before its tests, stopped after them.
 * Each file has its own data folder, so files never see each other's changes.
 */
export function demoSuite(): DemoSuite {
  let kitt: RunningKitt | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    kitt = await startKitt();
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await kitt?.stop();
  });
  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error('the demo suite has not started yet (use it inside a test)');
    return value;
  };
  return {
    get kitt() {
      return started(kitt);
    },
    get browser() {
      return started(browser);
    },
    async restart(env = {}) {
      const dataDir = started(kitt).dataDir;
      await started(kitt).stop();
      kitt = await startKitt({ ...env, KITT_DATA_DIR: dataDir });
    },
    async as(email, options = {}) {
      const context = await started(browser).newContext({
        locale: 'sv-SE',
        viewport: options.phone ? PHONE : { width: 1280, height: 900 },
      });
      const page = await context.newPage();
      await signIn(page, started(kitt).url, email, options.language);
      // The pointer would rest on the menu link it clicked; move it off so axe sees the page as a reader does.
      await page.mouse.move(640, 5);
      return page;
    },
  };
}
