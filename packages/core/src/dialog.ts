/**
 * Closes a modal `<dialog>` when a click lands on its backdrop. Use as the dialog's click listener: a click on the
 * backdrop is dispatched to the dialog element itself, at a point outside its box; clicks on its content are not.
 */
export function closeOnBackdropClick(event: MouseEvent): void {
  const dialog = event.currentTarget as HTMLDialogElement;
  if (event.target !== dialog) return;
  const r = dialog.getBoundingClientRect();
  const inside = event.clientX >= r.left && event.clientX <= r.right && event.clientY >= r.top && event.clientY <= r.bottom;
  if (!inside) dialog.close();
}
