import { useId } from 'react';
import { PROTECTED_CATEGORY_NAMES } from '../../domain/protected/gb36894-class';
import { DEVELOPMENT_CATEGORIES } from '../../domain/siting/sensitivity';
import { isMessageKey, type Translate, useT } from '../../i18n/use-t';
import { type DevelopmentInput, useSitingStore } from '../../state/siting-store';
import type { SitingResults } from './use-siting-results';

/** Category name in the UI language; the engine always gets the Chinese value. */
export function categoryName(t: Translate, category: string): string {
  const key = `siting.cat.${category}`;
  return isMessageKey(key) ? t(key) : category;
}

const OTHER_CATEGORIES = DEVELOPMENT_CATEGORIES.filter((c) => !PROTECTED_CATEGORY_NAMES.includes(c));

/** A non-negative number, or null for an empty field (unknown size). */
export function parseSize(text: string): number | null {
  if (text.trim() === '') return null;
  const n = Number(text);
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/**
 * Step 2 拟建项目: the development type (protected-target categories, plus 酒店/停车场/危险化学品项目) and its size.
 * The size moves the sensitivity level (GB 36894-2018 class, HSE thresholds), which the step shows once known.
 */
export function StepDevelopment({ results }: { results: SitingResults }) {
  const t = useT();
  const dev = useSitingStore((s) => s.development);
  const setDevelopment = useSitingStore((s) => s.setDevelopment);
  const id = useId();
  const report = results.siting.result;

  const sizeField = (key: keyof Omit<DevelopmentInput, 'category'>, label: string) => (
    <div className="siting-size">
      <label htmlFor={`${id}-${key}`}>{label}</label>
      <input
        id={`${id}-${key}`}
        type="number"
        min={0}
        step="any"
        inputMode="decimal"
        data-testid={`siting-${key}`}
        value={dev[key] ?? ''}
        onChange={(e) => setDevelopment({ [key]: parseSize(e.target.value) })}
      />
    </div>
  );

  return (
    <section aria-labelledby="siting-step2">
      <h3 id="siting-step2" className="step-title">
        <span className="step-no" aria-hidden="true">
          2
        </span>
        {t('siting.step2')}
      </h3>
      <div className="siting-field">
        <label htmlFor={`${id}-category`}>{t('siting.category')}</label>
        <select
          id={`${id}-category`}
          data-testid="siting-category"
          value={dev.category}
          onChange={(e) => setDevelopment({ category: e.target.value })}
        >
          <option value="">{t('siting.category.choose')}</option>
          <optgroup label={t('siting.category.targets')}>
            {PROTECTED_CATEGORY_NAMES.map((c) => (
              <option key={c} value={c}>
                {categoryName(t, c)}
              </option>
            ))}
          </optgroup>
          <optgroup label={t('siting.category.other')}>
            {OTHER_CATEGORIES.map((c) => (
              <option key={c} value={c}>
                {categoryName(t, c)}
              </option>
            ))}
          </optgroup>
        </select>
      </div>
      <div className="siting-sizes">
        {sizeField('people', t('siting.people'))}
        {sizeField('dwellings', t('siting.dwellings'))}
        {sizeField('floorAreaM2', t('siting.floorArea'))}
      </div>
      <p className="note">{t('siting.size.help')}</p>
      {dev.category === '危险化学品项目' && <p className="note">{t('siting.hazchem.help')}</p>}
      {report && (
        <details className="siting-sensitivity" data-testid="siting-sensitivity">
          <summary>
            {t('siting.sensitivity', { level: report.development.level, cls: report.development.gb36894Class })}
          </summary>
          <ul>
            {report.development.basis.map((b) => (
              <li key={b}>{b}</li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
