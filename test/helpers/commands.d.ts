import 'vitest/browser';

declare module 'vitest/browser' {
  interface BrowserCommands {
    /** Emulates CSS media features in the test page (Playwright `page.emulateMedia`). */
    emulateMedia(media: {
      forcedColors?: 'active' | 'none';
      colorScheme?: 'light' | 'dark';
      reducedMotion?: 'reduce' | 'no-preference';
    }): Promise<void>;
    /** Forces garbage collection (CDP) and returns the JS heap in use, in bytes. */
    heapUsage(): Promise<{ usedSize: number; totalSize: number }>;
    /** Starts logging every request the test page makes (Playwright `page.on('request')`, all frames). */
    recordRequests(): Promise<void>;
    /** The URLs requested since the last call (the log is emptied). */
    takeRequests(): Promise<string[]>;
    /** The test frame's accessibility tree as Chromium computes it (CDP), without ignored nodes. */
    axTree(): Promise<Array<{ role: string; name: string; description: string; properties: Record<string, unknown> }>>;
  }
}
