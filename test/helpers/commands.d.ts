import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates CSS media features in the test page (Playwright `page.emulateMedia`). */
    emulateMedia(media: {
      forcedColors?: 'active' | 'none';
      colorScheme?: 'light' | 'dark';
      reducedMotion?: 'reduce' | 'no-preference';
    }): Promise<void>;
  }
}
