// The stories page: renders stories as Storybook does, through Storybook's portable-stories API: each story
// composed (composeStories) with its args, argTypes defaults, decorators, globals, loaders and the project
// annotations of .storybook/preview.ts (with the web-components renderer's own), then run (`story.run`: loaders,
// render into a fresh canvas, play function). Bundled by esbuild (test/consumers/build.mjs), served with the strict
// policy (server.mjs) and driven by test/consumers/stories.test.ts through two functions on `window`:
//
//   storyIndex()                       every stories file of this build and the ids of its stories, in order
//   runStories(file, from, to, skip)   runs stories [from, to) of that file, one after another, except the ids in
//                                      `skip` (stories that cannot run outside Storybook), and returns their results
//
// As in Storybook's preview, the stories files stay loaded once imported: a page runs story after story.
// Everything a story causes is charged to it: CSP violations (securitypolicyviolation), uncaught errors, unhandled
// rejections and console errors. A violation whose element sits in a story's canvas is that story's; one without an
// element (a style attribute in a Lit template: Chromium reports it once per page, when the template is first
// prepared) is the running story's.
import { setProjectAnnotations } from '@storybook/web-components-vite';
import { composeStories } from 'storybook/preview-api';
import { storyFiles } from 'virtual:story-files';
import preview from '../../../.storybook/preview.js';

export interface StoryResult {
  id: string;
  exportName: string;
  play: boolean;
  loaders: boolean;
  ms: number;
  /** `directive blocked-uri: sample` for each securitypolicyviolation during the story. */
  csp: string[];
  /** Uncaught errors, unhandled rejections, console errors other than the library's data reports, a failed run. */
  errors: string[];
  /** console.error messages that start with `[trust-signals]` (the library's report of bad data). */
  dataErrors: string[];
  /** Tags of the elements that dispatched `trust-error` during the story. */
  trustErrors: string[];
}

export interface StoriesPage {
  storyIndex: () => Promise<Record<string, string[]>>;
  runStories: (file: string, from: number, to: number, skip: string[]) => Promise<StoryResult[]>;
  /** What happened while no story was running. */
  storyOutside: string[];
}
const page = window as unknown as StoriesPage;
page.storyOutside = [];

type Composed = ReturnType<typeof import('storybook/preview-api').composeStory>;
const annotations = setProjectAnnotations([preview]);
async function compose(file: string): Promise<{ mod: Record<string, unknown>; stories: Array<[string, Composed]> }> {
  const load = storyFiles[file];
  if (!load) throw new Error(`no stories file ${file} in this build: run test/consumers/build.mjs`);
  const mod = await load();
  return {
    mod,
    stories: Object.entries(composeStories(mod as Parameters<typeof composeStories>[0], annotations) as Record<string, Composed>),
  };
}

const results: StoryResult[] = [];
let current: StoryResult | undefined;
/** The story a node belongs to: the one whose canvas holds it (across shadow roots), else the running one. */
function storyOf(node: EventTarget | null): StoryResult | undefined {
  for (let n = node as Node | null; n; n = n.parentNode ?? (n as ShadowRoot).host ?? null) {
    const id = n instanceof HTMLElement ? n.dataset.storyCanvas : undefined;
    if (id) return results.find((r) => r.id === id) ?? current;
  }
  return current;
}
function charge(node: EventTarget | null, list: 'csp' | 'errors' | 'dataErrors' | 'trustErrors', text: string) {
  const story = storyOf(node);
  if (story) story[list].push(text);
  else page.storyOutside.push(`${list}: ${text}`);
}

// Style attributes written in template markup, in the order Lit prepares the templates: the sample of a violation
// that has no element (the browser gives a sample only with 'report-sample', which the policy does not have).
const templateStyles: string[] = [];
const innerHTML = Object.getOwnPropertyDescriptor(Element.prototype, 'innerHTML')!;
Object.defineProperty(HTMLTemplateElement.prototype, 'innerHTML', {
  ...innerHTML,
  set(this: HTMLTemplateElement, markup: string) {
    for (const m of String(markup).matchAll(/<([a-z][\w-]*)[^>]*?\sstyle="([^"]*)"/g)) templateStyles.push(`<${m[1]} style="${m[2]}">`);
    innerHTML.set!.call(this, markup);
  },
});
function sampleOf(e: SecurityPolicyViolationEvent): string {
  if (e.sample) return e.sample;
  if (e.target instanceof Element) {
    const attr = e.target.getAttribute('style');
    return `<${e.target.localName}${attr !== null ? ` style="${attr}"` : ''}>`;
  }
  return (e.effectiveDirective === 'style-src-attr' && templateStyles.shift()) || '(no sample)';
}
document.addEventListener(
  'securitypolicyviolation',
  (e) => charge(e.target, 'csp', `${e.effectiveDirective} ${e.blockedURI || 'inline'}: ${sampleOf(e)}`),
  true,
);
document.addEventListener(
  'trust-error',
  (e) => charge(e.composedPath()[0] ?? null, 'trustErrors', (e.composedPath()[0] as Element).localName),
  true,
);
// Not an error of any code: the browser reports that it deferred some ResizeObserver notifications to the next
// frame (the virtualizer of the 10,000-review "show all" story re-measures rows as they lay out), and it delivers
// them then. Seen intermittently under load; anything else uncaught is charged.
const DEFERRED_RESIZE = 'ResizeObserver loop completed with undelivered notifications.';
window.addEventListener('error', (e) => {
  if (e.message !== DEFERRED_RESIZE) charge(null, 'errors', `uncaught: ${e.message}`);
});
window.addEventListener('unhandledrejection', (e) =>
  charge(null, 'errors', `unhandled rejection: ${e.reason instanceof Error ? e.reason.message : String(e.reason)}`),
);
const consoleError = console.error.bind(console);
console.error = (...args: unknown[]) => {
  const show = (a: unknown) => {
    if (a instanceof Error) return a.message;
    if (typeof a === 'string') return a;
    try {
      return JSON.stringify(a);
    } catch {
      return String(a);
    }
  };
  const text = args.map(show).join(' ');
  if (text.startsWith('[trust-signals]')) charge(null, 'dataErrors', text);
  else charge(null, 'errors', `console error: ${text}`);
  consoleError(...args);
};

const timeout = (ms: number) =>
  new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`render and play did not finish within ${ms} ms`)), ms));

/** Waits until every Lit element in the canvas (shadow roots included) has rendered, then a frame and a task. */
async function settle(root: Element | ShadowRoot): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const walk = (r: Element | ShadowRoot) => {
    for (const el of r.querySelectorAll('*')) {
      const update = (el as Partial<{ updateComplete: Promise<unknown> }>).updateComplete;
      if (update) pending.push(update);
      if (el.shadowRoot) walk(el.shadowRoot);
    }
  };
  walk(root);
  await Promise.all(pending);
  await new Promise((r) => requestAnimationFrame(r));
  await new Promise((r) => setTimeout(r));
}

async function run(file: string, from: number, to: number, skip: string[]): Promise<StoryResult[]> {
  const { mod, stories } = await compose(file);
  const ran: StoryResult[] = [];
  const meta = (mod.default ?? {}) as { loaders?: unknown };
  const has = (l: unknown) => (Array.isArray(l) ? l.length > 0 : !!l);
  for (const [exportName, story] of stories.slice(from, to)) {
    if (skip.includes(story.id)) continue;
    const result: StoryResult = {
      id: story.id,
      exportName,
      play: typeof story.play === 'function',
      loaders: has((mod[exportName] as { loaders?: unknown } | undefined)?.loaders) || has(meta.loaders),
      ms: 0,
      csp: [],
      errors: [],
      dataErrors: [],
      trustErrors: [],
    };
    results.push(result);
    ran.push(result);
    current = result;
    const canvas = document.createElement('div');
    canvas.dataset.storyCanvas = story.id;
    document.body.append(canvas);
    const t0 = performance.now();
    try {
      await Promise.race([story.run({ canvasElement: canvas }), timeout(15_000)]);
      await settle(canvas);
    } catch (e) {
      result.errors.push(`run failed: ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`.slice(0, 2000));
    }
    result.ms = Math.round(performance.now() - t0);
    canvas.remove();
    current = undefined;
  }
  return ran;
}

page.runStories = run;
page.storyIndex = async () => {
  const index: Record<string, string[]> = {};
  for (const f of Object.keys(storyFiles)) index[f] = (await compose(f)).stories.map(([, s]) => s.id);
  return index;
};
document.body.dataset.ready = 'true';
