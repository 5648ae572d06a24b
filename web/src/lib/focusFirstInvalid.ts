/**
 * After a refused submit, moves focus to the first field marked invalid, so keyboard and screen-reader users
 * land on the problem instead of hunting for it. Waits a frame for React to render the error state.
 */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  requestAnimationFrame(() => {
    form?.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
  });
}
