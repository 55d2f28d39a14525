import { afterEach, describe, expect, it } from 'vitest';
import { closeOnBackdropClick } from './dialog.js';

let dialog: HTMLDialogElement;
afterEach(() => dialog?.remove());

function open(): { dialog: HTMLDialogElement; button: HTMLButtonElement } {
  dialog = document.createElement('dialog');
  dialog.style.padding = '2em';
  const button = document.createElement('button');
  button.textContent = 'Inside';
  dialog.append(button);
  dialog.addEventListener('click', closeOnBackdropClick);
  document.body.append(dialog);
  dialog.showModal();
  return { dialog, button };
}

const clickAt = (target: Element, x: number, y: number) =>
  target.dispatchEvent(new MouseEvent('click', { bubbles: true, clientX: x, clientY: y }));

describe('closeOnBackdropClick', () => {
  it('closes the dialog on a click on its backdrop (the dialog itself, outside its box)', () => {
    const { dialog } = open();
    const r = dialog.getBoundingClientRect();
    clickAt(dialog, r.left - 5, r.top - 5);
    expect(dialog.open).toBe(false);
  });

  it('keeps it open for clicks on its content and on its own padding', () => {
    const { dialog, button } = open();
    const r = dialog.getBoundingClientRect();
    clickAt(button, r.left + 1, r.top + 1);
    expect(dialog.open).toBe(true);
    clickAt(dialog, r.left + 2, r.top + 2); // the dialog's padding: inside its box
    expect(dialog.open).toBe(true);
  });
});
