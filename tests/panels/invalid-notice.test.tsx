// @vitest-environment jsdom
import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { InvalidNotice } from '../../src/panels/invalid-notice';
import { state } from './fixtures';
import { resetBetweenTests } from './setup-dom';

vi.mock('../../src/data/layer-store', () => import('./mock-layer-store'));
resetBetweenTests();

describe('InvalidNotice', () => {
  it('sums features failing validation and rows rejected by the build, per layer', () => {
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], invalid: 3 };
    render(<InvalidNotice />); // fixture manifest: tailings-ponds rejected 2
    const notice = screen.getByTestId('invalid-notice');
    expect(notice.textContent).toContain('无效记录 5');
    const lines = [...notice.querySelectorAll('li')].map((li) => li.textContent);
    expect(lines).toEqual([
      '尾矿库：读取校验失败 0 条，构建时剔除 2 条',
      '重大危险源：读取校验失败 3 条，构建时剔除 0 条',
    ]);
  });

  it('is absent when nothing was dropped', () => {
    const m = state.manifest.manifest;
    if (m) m.layers['tailings-ponds'].rejected = 0;
    render(<InvalidNotice />);
    expect(screen.queryByTestId('invalid-notice')).toBeNull();
  });
});
