/**
 * A button whose action is running. A `disabled` button drops the keyboard
 * focus to the page body, so a keyboard user pressing "Save" would lose their
 * place; this one stays focusable, says it is busy (aria-busy, aria-disabled,
 * styled as unavailable in styles.css) and ignores clicks until the action ends.
 */
import type { ComponentProps } from 'react';

/** Props of {@link BusyButton}: a button's own, plus whether its action is running. */
export interface BusyButtonProps extends Omit<ComponentProps<'button'>, 'aria-busy' | 'aria-disabled'> {
  busy: boolean;
}

/** A button that stays focused and ignores clicks (including a form's submit) while `busy`. */
export function BusyButton({ busy, onClick, type = 'button', children, ...rest }: BusyButtonProps) {
  return (
    <button
      {...rest}
      type={type}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={(event) => {
        // preventDefault also stops a submit button from submitting its form again.
        if (busy) event.preventDefault();
        else onClick?.(event);
      }}
    >
      {children}
    </button>
  );
}
