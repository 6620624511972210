import { describe, expect, inject, it } from 'vitest';
import { LAYER_NAMES } from '../../src/theme/theme';
import { labelText, setupApp, urlParams } from './app';
import { saveScreenshot, waitForMapReady } from './browser';

const baseURL = inject('baseURL');
const { open } = setupApp(baseURL);

describe('language switch', () => {
  it('switches the UI between Chinese and English', async () => {
    const { page } = await open();
    await waitForMapReady(page);
    const name = LAYER_NAMES['hazard-sources'];
    const label = () => labelText(page, 'layer-toggle-hazard-sources');
    expect(await label()).toContain(name.zh);

    await page.getByTestId('lang-switch').click();
    await expect.poll(label).toContain(name.en);
    expect(await label()).not.toContain(name.zh);
    await expect.poll(() => urlParams(page).get('lang')).toBe('en');
    await saveScreenshot(page, 'lang-en');

    await page.getByTestId('lang-switch').click();
    await expect.poll(label).toContain(name.zh);
    expect(await label()).not.toContain(name.en);
  });
});
