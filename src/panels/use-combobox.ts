import { type ChangeEvent, type KeyboardEvent, type MouseEvent, useId, useState } from 'react';

export interface ComboboxConfig<T> {
  /** the field's text; the caller owns it because it derives `options` from it */
  query: string;
  setQuery: (query: string) => void;
  options: readonly T[];
  /** Enter or a press on an option; the list closes after it */
  onChoose: (option: T) => void;
  /** the list shows for a blank field too (a picker listing everything), not only once something is typed */
  listBlank?: boolean;
  /** Enter picks the active option with the list closed too (the top-bar search: Enter flies there again) */
  enterWhenClosed?: boolean;
  /**
   * Esc on a closed list or a blank field clears the field, and every Esc stops here, so the detail card's Esc
   * handler does not also close the card. Without it, Esc only closes an open list and otherwise goes on up.
   */
  escapeClears?: boolean;
}

/**
 * The keyboard and ARIA half of a combobox (WAI-ARIA 1.2 pattern, focus stays in the input and
 * `aria-activedescendant` names the active option): ↑/↓ open the list, then move with wrap-around, Enter picks,
 * Esc closes. Spread `inputProps` on the `<input>` and `optionProps(i, option)` on each option; `ids.hint` is the
 * id of the caller's hint text, `ids.list` of its `role="listbox"` element.
 */
export function useCombobox<T>({
  query,
  setQuery,
  options,
  onChoose,
  listBlank = false,
  enterWhenClosed = false,
  escapeClears = false,
}: ComboboxConfig<T>) {
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();
  const ids = { input: `${listId}-input`, hint: `${listId}-hint`, list: listId };
  const optionId = (i: number) => `${listId}-opt-${i}`;
  const expanded = open && (listBlank || query.trim() !== '');
  const n = options.length;

  const choose = (option: T) => {
    onChoose(option);
    setOpen(false);
  };

  const onKeyDown = (e: KeyboardEvent<HTMLInputElement>) => {
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) return setOpen(true);
      if (n > 0) setActive((i) => (e.key === 'ArrowDown' ? (i + 1) % n : (i - 1 + n) % n));
    } else if (e.key === 'Enter' && (open || enterWhenClosed)) {
      const option = options[Math.min(active, n - 1)];
      if (option !== undefined) {
        e.preventDefault();
        choose(option);
      }
    } else if (e.key === 'Escape' && (open || escapeClears)) {
      e.preventDefault();
      e.stopPropagation();
      if (escapeClears && (!open || query === '')) setQuery('');
      else setOpen(false);
    }
  };

  const inputProps = {
    id: ids.input,
    type: 'search',
    role: 'combobox',
    'aria-expanded': expanded,
    'aria-controls': ids.list,
    'aria-autocomplete': 'list',
    'aria-activedescendant': expanded && n > 0 ? optionId(Math.min(active, n - 1)) : undefined,
    'aria-describedby': ids.hint,
    autoComplete: 'off',
    value: query,
    onChange: (e: ChangeEvent<HTMLInputElement>) => {
      setQuery(e.currentTarget.value);
      setActive(0);
      setOpen(true);
    },
    onFocus: () => setOpen(true),
    onBlur: () => setOpen(false),
    onKeyDown,
  } as const;

  const optionProps = (i: number, option: T) => ({
    id: optionId(i),
    role: 'option',
    // focus stays in the input (aria-activedescendant); tabIndex -1 only makes the option focusable by script
    tabIndex: -1,
    'aria-selected': i === active,
    // mousedown, not click: the input's blur would close the list before a click landed
    onMouseDown: (e: MouseEvent) => {
      e.preventDefault();
      choose(option);
    },
  });

  return { expanded, active, ids, inputProps, optionProps };
}
