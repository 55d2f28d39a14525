import { css, html, type TemplateResult } from 'lit';
import { issuePlace } from './author-note.js';
import type { DataIssue } from './errors.js';

/**
 * The note for the page author (author-note.ts says when it shows): its look and content. Loaded on demand by the
 * base element, the first time an element shows a note, so that no visitor's page carries it.
 */

/**
 * The note's look, adopted by an element's shadow root when it first shows a note (`authorNoteBox`): a dashed box in
 * the element's text colour (so also in dark themes and forced colours), on a line of its own (a flex host wraps).
 * Its own elements drop the element's styles.
 */
export const authorNoteStyles = css`
  :host {
    flex-wrap: wrap;
  }
  aside {
    flex-basis: 100%;
    margin-block: 0.5em;
    padding: 0.5em;
    border: 2px dashed;
  }
  aside * {
    all: revert;
  }
  aside button {
    min-height: 24px;
  }
`;

/** The note's box for `root` (which adopts the note's styles): `<aside role="note" lang="en" dir="ltr">`. */
export function authorNoteBox(root: ShadowRoot): HTMLElement {
  root.adoptedStyleSheets.push(authorNoteStyles.styleSheet!);
  return Object.assign(document.createElement('aside'), { role: 'note', lang: 'en', dir: 'ltr' });
}

/** The note's content: who it is for, each issue by attribute or field path with what to write, and a dismiss button. */
export const authorNote = (tag: string, issues: readonly DataIssue[], dismiss: () => void): TemplateResult =>
  html`<b>For the page author</b> (not shown to visitors): &lt;${tag}&gt; cannot show its data.<ul>
      ${issues.map((i) => html`<li>${issuePlace(i)}: ${i.message}</li>`)}
    </ul><button type="button" @click=${dismiss}>Dismiss</button>`;
