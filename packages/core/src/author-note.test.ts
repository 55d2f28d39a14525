import { afterEach, describe, expect, it } from 'vitest';
import { authorMode, page } from './author-note.js';

const real = page.address;
afterEach(() => {
  page.address = real;
});
/** The page's address for the rule: a URL, or none (server rendering). */
const at = (url: string | undefined) => {
  page.address = () => (url === undefined ? undefined : new URL(url));
};
/** Author mode at `url` when no `debug` attribute is set: the address rule alone. */
const isDevelopmentAddress = (url: string) => {
  at(url);
  return authorMode(null);
};

describe('without a `debug` attribute: where the page author is the one looking, by address alone', () => {
  it.each([
    'file:///home/me/site/index.html',
    'file:///C:/Users/me/Desktop/donate.html',
    'http://localhost/',
    'http://localhost:5173/donate.html',
    'https://localhost:8443/',
    'http://LOCALHOST:3000/',
    'http://shop.localhost:3000/',
    'http://a.b.localhost/',
    'http://127.0.0.1:8080/',
    'http://127.1.2.3/',
    'http://127.1/',
    'http://[::1]:6006/',
    'http://[0:0:0:0:0:0:0:1]/',
  ])('%s: the author', (url) => {
    expect(isDevelopmentAddress(url)).toBe(true);
  });

  it.each([
    'https://example.org/',
    'https://www.example.org/donate',
    'http://example.org:8080/',
    'https://localhost.example.org/',
    'https://mylocalhost/',
    'https://localhost-shop.example/',
    'https://example.org/localhost',
    'https://127.0.0.1.example.org/',
    'http://128.0.0.1/',
    'http://126.0.0.1/',
    // LAN and other private addresses can be an intranet's or a kiosk's real visitors: a `debug` attribute, not the address.
    'http://192.168.1.5/',
    'http://10.0.0.2:8080/',
    'http://172.16.0.1/',
    'http://0.0.0.0:5173/',
    'http://[::2]/',
    'http://[fe80::1]/',
    'http://printer.local/',
    'https://shop.test/',
    'about:blank',
    'data:text/html,hi',
    'blob:https://example.org/0b4c1f57-aaaa-4b7f-9d1c-b44c4ef1a7c2',
  ])('%s: a visitor', (url) => {
    expect(isDevelopmentAddress(url)).toBe(false);
  });
});

describe('authorMode: the nearest `debug` attribute, else the address', () => {
  it('follows the address when no `debug` attribute is set', () => {
    at('http://localhost:5173/');
    expect(authorMode(null)).toBe(true);
    at('https://example.org/');
    expect(authorMode(null)).toBe(false);
    at('file:///home/me/index.html');
    expect(authorMode(null)).toBe(true);
  });

  it('is on with `debug` (any value but "off") on any address, and off with debug="off" on a development one', () => {
    at('https://example.org/');
    expect(authorMode('')).toBe(true);
    expect(authorMode('on')).toBe(true);
    expect(authorMode('true')).toBe(true);
    at('http://localhost:5173/');
    expect(authorMode('off')).toBe(false);
  });

  it('is off where there is no page address (server rendering) unless `debug` says otherwise', () => {
    at(undefined);
    expect(authorMode(null)).toBe(false);
    expect(authorMode('')).toBe(true);
  });
});
