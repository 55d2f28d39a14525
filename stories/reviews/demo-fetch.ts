import { expect, waitFor, within } from 'storybook/test';

/**
 * Demo answers for `src` in the review stories, as a server would give them: `/demo/<story>/slow.json` never
 * answers (the loading state) and `/demo/<story>/down.json` answers 503 (the error state). Every other request goes
 * to the real `fetch`. Installed once per page, however many stories files import it.
 */
export const demoUrl = (story: string, answer: 'slow' | 'down') => `/demo/${story}/${answer}.json`;

const flag = window as { trustDemoFetch?: boolean };
if (!flag.trustDemoFetch) {
  flag.trustDemoFetch = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = new URL(input instanceof Request ? input.url : String(input), location.href);
    if (/^\/demo\/[^/]+\/slow\.json$/.test(url.pathname)) return new Promise(() => {});
    if (/^\/demo\/[^/]+\/down\.json$/.test(url.pathname)) return Promise.resolve(new Response('Service unavailable', { status: 503 }));
    return realFetch(input, init);
  };
}

/** The play function of a "Loading" story: the element says it is loading, and still does a moment later. */
export const playLoading =
  (tag: string) =>
  async ({ canvasElement }: { canvasElement: HTMLElement }): Promise<void> => {
    const root = () => within(canvasElement.querySelector(tag)!.shadowRoot as unknown as HTMLElement);
    await waitFor(() => expect(root().getByText('Loading reviews…')).toBeTruthy());
    await new Promise((resolve) => setTimeout(resolve, 300));
    expect(root().getByText('Loading reviews…')).toBeTruthy();
    expect(root().queryByRole('button', { name: 'Try again' })).toBeNull();
  };
