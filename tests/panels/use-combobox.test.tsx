// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { type ComboboxConfig, useCombobox } from '../../src/panels/use-combobox';

const WORDS = ['alpha', 'beta', 'gamma'];

type Flags = Pick<ComboboxConfig<string>, 'listBlank' | 'enterWhenClosed' | 'escapeClears'>;

/** The smallest combobox: the words containing the query, each option its word. */
function Combo({ onChoose, ...flags }: Flags & { onChoose: (word: string) => void }) {
  const [query, setQuery] = useState('');
  const options = WORDS.filter((w) => w.includes(query));
  const { expanded, ids, inputProps, optionProps } = useCombobox({ query, setQuery, options, onChoose, ...flags });
  return (
    <>
      <input {...inputProps} data-testid="input" />
      <div id={ids.list} role="listbox">
        {expanded &&
          options.map((w, i) => (
            <div key={w} {...optionProps(i, w)} data-testid="option">
              {w}
            </div>
          ))}
      </div>
    </>
  );
}

// Esc that gets past the input reaches window listeners like the detail card's.
const reachedWindow = vi.fn();
beforeEach(() => window.addEventListener('keydown', reachedWindow));
afterEach(() => {
  window.removeEventListener('keydown', reachedWindow);
  reachedWindow.mockReset();
  cleanup();
});

const input = () => screen.getByTestId('input') as HTMLInputElement;
const selected = () => screen.getAllByTestId('option').find((o) => o.getAttribute('aria-selected') === 'true');

function setup(flags: Flags = {}) {
  const user = userEvent.setup();
  const onChoose = vi.fn();
  render(<Combo onChoose={onChoose} {...flags} />);
  return { user, onChoose };
}

describe('useCombobox', () => {
  it('↓/↑ move through the options with wrap-around, and aria-activedescendant follows', async () => {
    const { user } = setup({ listBlank: true });
    await user.click(input());
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(selected()?.textContent).toBe('alpha');
    expect(input().getAttribute('aria-activedescendant')).toBe(selected()?.id);
    await user.keyboard('{ArrowUp}');
    expect(selected()?.textContent).toBe('gamma');
    await user.keyboard('{ArrowDown}{ArrowDown}');
    expect(selected()?.textContent).toBe('beta');
    expect(input().getAttribute('aria-activedescendant')).toBe(selected()?.id);
  });

  it('typing starts again from the first option', async () => {
    const { user } = setup({ listBlank: true });
    await user.click(input());
    await user.keyboard('{ArrowDown}');
    await user.type(input(), 'a');
    expect(selected()?.textContent).toBe('alpha');
  });

  it('Enter picks the active option and closes the list; ↓ on a closed list only reopens it', async () => {
    const { user, onChoose } = setup({ listBlank: true });
    await user.click(input());
    await user.keyboard('{ArrowDown}{Enter}');
    expect(onChoose).toHaveBeenCalledWith('beta');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().getAttribute('aria-activedescendant')).toBeNull();
    await user.keyboard('{ArrowDown}');
    expect(input().getAttribute('aria-expanded')).toBe('true');
    expect(selected()?.textContent).toBe('beta');
  });

  it('Enter on a closed list does nothing, unless enterWhenClosed', async () => {
    for (const enterWhenClosed of [false, true]) {
      const { user, onChoose } = setup({ listBlank: true, enterWhenClosed });
      await user.click(input());
      await user.keyboard('{Escape}{Enter}');
      expect(onChoose).toHaveBeenCalledTimes(enterWhenClosed ? 1 : 0);
      cleanup();
    }
  });

  it('a mouse press on an option picks it', async () => {
    const { user, onChoose } = setup({ listBlank: true });
    await user.click(input());
    fireEvent.mouseDown(screen.getByText('gamma'));
    expect(onChoose).toHaveBeenCalledWith('gamma');
    expect(input().getAttribute('aria-expanded')).toBe('false');
  });

  it('lists a blank field only with listBlank', async () => {
    const { user } = setup();
    await user.click(input());
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(screen.queryAllByTestId('option')).toHaveLength(0);
    await user.type(input(), 'm');
    expect(screen.getAllByTestId('option').map((o) => o.textContent)).toEqual(['gamma']);
  });

  it('Esc closes an open list and stops there; on a closed list it goes on up and keeps the text', async () => {
    const { user } = setup();
    await user.type(input(), 'a');
    reachedWindow.mockClear(); // the typed key itself went up
    await user.keyboard('{Escape}');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(reachedWindow).not.toHaveBeenCalled();
    await user.keyboard('{Escape}');
    expect(reachedWindow).toHaveBeenCalledTimes(1);
    expect(input().value).toBe('a');
  });

  it('with escapeClears, Esc closes, then clears the field, and never goes on up', async () => {
    const { user } = setup({ escapeClears: true });
    await user.type(input(), 'a');
    reachedWindow.mockClear(); // the typed key itself went up
    await user.keyboard('{Escape}');
    expect(input().getAttribute('aria-expanded')).toBe('false');
    expect(input().value).toBe('a');
    await user.keyboard('{Escape}');
    expect(input().value).toBe('');
    expect(reachedWindow).not.toHaveBeenCalled();
  });
});
