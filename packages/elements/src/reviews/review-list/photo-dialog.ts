import { html, nothing, type ReactiveControllerHost, type TemplateResult } from 'lit';
import { closeOnBackdropClick, isolate } from '@trust-signals/core';
import type { Review, ReviewPhoto } from '@trust-signals/core/reviews';
import type { ListText } from './list-text.js';

interface OpenPhoto {
  readonly review: Review;
  readonly index: number;
}

/**
 * Review photos: a review's thumbnails and the modal zoom dialog they open (previous/next photo, Esc or the
 * backdrop closes it, and focus returns to the thumbnail that opened it, found again in a virtualized list).
 */
export class PhotoDialog {
  #photo: OpenPhoto | undefined;
  #opener: OpenPhoto | undefined;
  readonly #host: ReactiveControllerHost & { readonly renderRoot: ParentNode };
  /** Where a review is rendered now (its `data-index`), or -1. */
  readonly #position: (review: Review) => number;

  constructor(host: ReactiveControllerHost & { readonly renderRoot: ParentNode }, position: (review: Review) => number) {
    this.#host = host;
    this.#position = position;
  }

  #dialog(): HTMLDialogElement | null {
    return this.#host.renderRoot.querySelector('dialog');
  }

  async #open(review: Review, index: number): Promise<void> {
    this.#photo = { review, index };
    this.#opener = { review, index };
    this.#host.requestUpdate();
    await this.#host.updateComplete;
    const dialog = this.#dialog();
    if (dialog && !dialog.open) dialog.showModal();
  }

  #step(step: number): void {
    const photo = this.#photo;
    if (!photo) return;
    const count = photo.review.photos.length;
    this.#photo = { review: photo.review, index: (photo.index + step + count) % count };
    this.#host.requestUpdate();
  }

  #onClose = () => {
    const opener = this.#opener;
    this.#photo = undefined;
    this.#opener = undefined;
    this.#host.requestUpdate();
    if (!opener) return;
    // The thumbnail that opened the dialog gets focus back (found again: a virtualized list may have re-rendered it).
    const position = this.#position(opener.review);
    this.#host.renderRoot.querySelector<HTMLElement>(`[data-index="${position}"] [data-photo="${opener.index}"]`)?.focus();
  };

  /** The photo's description: the data's own `alt`, or "Photo 2 from Dana"; `inSentence` isolates the data's own. */
  #alt({ t, num }: ListText, review: Review, photo: ReviewPhoto, index: number, inSentence = false): string {
    if (photo.alt) return inSentence ? isolate(photo.alt, t.$dir) : photo.alt;
    return t.listPhotoFrom(num(index + 1), isolate(review.author, t.$dir));
  }

  /** A review's thumbnails (nothing without photos). */
  renderThumbnails(text: ListText, review: Review): TemplateResult | typeof nothing {
    if (!review.photos.length) return nothing;
    return html`<ul part="photos" class="photos" aria-label=${text.t.listPhotos}>
      ${review.photos.map(
        (photo, i) =>
          html`<li>
            <button
              part="thumbnail"
              class="thumbnail"
              type="button"
              data-photo=${i}
              aria-label=${text.t.listEnlargePhoto(this.#alt(text, review, photo, i, true))}
              @click=${() => this.#open(review, i)}
            >
              <img src=${photo.url} alt="" loading="lazy" decoding="async" referrerpolicy="no-referrer" />
            </button>
          </li>`,
      )}
    </ul>`;
  }

  /** The dialog (always rendered, empty while closed). */
  renderDialog(text: ListText): TemplateResult {
    const { t, num } = text;
    const open = this.#photo;
    const review = open?.review;
    const photo = review?.photos[open!.index];
    const many = (review?.photos.length ?? 0) > 1;
    const title = review && t.listPhotoPosition(num(open!.index + 1), num(review.photos.length), isolate(review.author, t.$dir));
    return html`<dialog part="dialog" aria-labelledby="photo-title" @close=${this.#onClose} @click=${closeOnBackdropClick}>
      ${
        review && photo
          ? html`<div class="dialog-head">
              <h2 id="photo-title">${title}</h2>
              <button class="close" type="button" @click=${() => this.#dialog()?.close()}>${t.listClose}</button>
            </div>
            <img class="zoomed" src=${photo.url} alt=${this.#alt(text, review, photo, open!.index)} referrerpolicy="no-referrer" />
            ${
              many
                ? html`<div class="steps">
                  <button type="button" @click=${() => this.#step(-1)}>${t.listPreviousPhoto}</button>
                  <button type="button" @click=${() => this.#step(1)}>${t.listNextPhoto}</button>
                </div>`
                : nothing
            }`
          : nothing
      }
    </dialog>`;
  }
}
