// @vitest-environment jsdom
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fireCoverage } from '../../../src/analysis/incident/fire-coverage';
import { representativePoint } from '../../../src/analysis/representative-point';
import CommandWorkspace from '../../../src/app/command-workspace';
import { useAlarmStore } from '../../../src/data/alarm-store';
import { analyseIncident } from '../../../src/panels/command/analyse-incident';
import { incidentIntent } from '../../../src/panels/command/use-incident-analysis';
import { useCommandStore } from '../../../src/state/command-store';
import { useAppStore } from '../../../src/state/store';
import { HAZARDS, PARKS, STATIONS, state, TAILINGS, TARGETS } from '../fixtures';
import { alarmOn } from '../index-fixture';
import { resetBetweenTests } from '../setup-dom';

vi.mock('../../../src/data/layer-store', () => import('../mock-layer-store'));
vi.mock('../../../src/data/worker/data-client', () => import('../mock-data-client'));
// WebGL is not available in jsdom: the map and its layers have their own tests (e2e)
vi.mock('../../../src/map/map-view', () => ({ MapView: () => <div data-testid="map-stub" /> }));
resetBetweenTests();

const initialCommand = useCommandStore.getState();
beforeEach(() => {
  useCommandStore.setState({ ...initialCommand, time: 'night', windFromDeg: 270 }, true);
  useAlarmStore.setState({ feedUrl: null, feedFrom: null, alarms: [], acked: {}, invalid: 0, status: null });
  localStorage.clear();
});
afterEach(() => vi.restoreAllMocks());

const hs1 = ((HAZARDS[0] as (typeof HAZARDS)[number]).geometry as unknown as { coordinates: [number, number] })
  .coordinates;

async function pickHazard(user: ReturnType<typeof userEvent.setup>, text: string) {
  await user.type(screen.getByTestId('hazard-pick-input'), text);
  const option = screen.getAllByTestId('hazard-pick-option')[0] as HTMLElement;
  fireEvent.mouseDown(option);
}

/** The same analysis the workspace runs, from the store as it is now: the oracle for what the panels show. */
function expected() {
  return analyseIncident(incidentIntent(useCommandStore.getState()), {
    targets: TARGETS,
    hazards: HAZARDS,
    tailings: TAILINGS,
    parks: PARKS,
    stations: STATIONS,
  });
}

describe('CommandWorkspace', () => {
  it('lays out KPI tiles, map, incident panel and the three lists, with empty states that say what to do', () => {
    render(<CommandWorkspace />);
    expect(screen.getByTestId('kpi-strip')).toBeTruthy();
    expect(screen.getByTestId('map-stub')).toBeTruthy();
    expect(screen.getByTestId('incident-panel')).toBeTruthy();
    expect(screen.getByTestId('affected-list').textContent).toContain('放置事件后');
    expect(screen.getByTestId('responders-list').textContent).toContain('放置事件后');
    expect(screen.getByTestId('kpi-incident').textContent).toContain('未设置事件');
    // hazard sources by grade, from the loaded layer (fixtures: 一级 1, 二级 1, 三级 2, 四级 1)
    const tile = screen.getByTestId('kpi-hazards');
    expect(tile.textContent).toContain('5');
    expect(within(tile).getByText('一级', { exact: false }).closest('li')?.getAttribute('data-count')).toBe('1');
    expect(tile.querySelector('[data-grade="三级"]')?.getAttribute('data-count')).toBe('2');
    expect((screen.getByTestId('report-open') as HTMLButtonElement).disabled).toBe(true);
  });

  it('on data streamed by the view, the 重大危险源 tile counts the sources in view and says so', () => {
    // the map holds the view plus a margin (read-plan.ts): HS-002 (临湘, 113.45) was read with it, but is not in view
    state.layers['hazard-sources'] = { ...state.layers['hazard-sources'], mode: 'bbox' };
    useAppStore.setState({ bounds: [113.2, 29.4, 113.4, 29.55] });
    render(<CommandWorkspace />);
    const tile = screen.getByTestId('kpi-hazards');
    expect(tile.getAttribute('data-scope')).toBe('view');
    expect(within(tile).getByRole('heading').textContent).toBe('重大危险源视野内');
    expect(tile.querySelector('.kpi-big')?.getAttribute('data-count')).toBe('1');
    expect(tile.querySelector('[data-grade="一级"]')?.getAttribute('data-count')).toBe('1');
    expect(tile.querySelector('[data-grade="二级"]')?.getAttribute('data-count')).toBe('0');
  });

  it('places the incident on a picked hazard source with its first ERG substance, and lists zones and counts', async () => {
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    await pickHazard(user, '云溪氯碱');
    const s = useCommandStore.getState();
    expect(s.point).toEqual(hs1);
    expect(s.source).toEqual({ layer: 'hazard-sources', id: 'HS-001' });
    expect(s.substance).toBe('氯');
    expect(screen.getByTestId('substance-resolved').getAttribute('data-un')).toBe('1017');
    expect(screen.getByTestId('incident-at').textContent).toContain('HS-001');

    const want = expected();
    const zones = screen.getAllByTestId('zone-item').map((z) => z.getAttribute('data-zone'));
    expect(zones).toEqual(want.zones.map((z) => z.key));
    expect(screen.getByTestId('zones-section').textContent).toContain('ERG2020');
    for (const [i, z] of want.zones.entries()) {
      const row = screen
        .getAllByTestId('affected-zone')
        .find((r) => r.getAttribute('data-zone') === z.key) as HTMLElement;
      expect(row.getAttribute('data-count')).toBe(String(want.affected?.zones[i]?.targets.count));
      expect(row.getAttribute('data-people')).toBe(String(want.affected?.zones[i]?.targets.people));
    }
    const union = screen.getAllByTestId('affected-zone').find((r) => r.getAttribute('data-zone') === 'union');
    expect(union?.getAttribute('data-count')).toBe(String(want.affected?.union.targets.count));
    // responders: nearest first, with an ETA labelled as an estimate
    const rows = screen.getAllByTestId('responder-row');
    expect(rows.map((r) => r.getAttribute('data-id'))).toEqual(want.responders.map((r) => r.id));
    expect(screen.getByTestId('responders-list').textContent).toContain('估算');
    expect(screen.getByTestId('kpi-incident').textContent).toContain('氯');
  });

  it('streamed layers: reads the zones and the stations around an incident beyond the view, widening for stations', async () => {
    // the national data streams targets and stations by the view; the view (far away) holds none of them
    const far: [number, number, number, number] = [112.58, 28.78, 112.62, 28.82];
    for (const layer of ['protected-targets', 'fire-stations'] as const) {
      state.layers[layer] = { ...state.layers[layer], features: [], mode: 'bbox' };
      state.streamed[layer] = { cover: far };
    }
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    await pickHazard(user, '云溪氯碱');
    // no list from the view's (empty) features while reading
    expect(screen.getByTestId('command-around-loading')).toBeTruthy();
    expect(screen.queryAllByTestId('responder-row')).toHaveLength(0);
    // then exactly what the engine finds on all the data
    const want = expected();
    await vi.waitFor(() => expect(screen.getAllByTestId('responder-row').length).toBeGreaterThan(0));
    const shown = screen.getAllByTestId('responder-row').map((r) => r.getAttribute('data-id'));
    expect(shown).toEqual([...want.responders, ...want.specialists, ...want.rescueBases].map((r) => r.id));
    const rows = screen.getAllByTestId('affected-row').map((r) => r.getAttribute('data-id'));
    expect(rows).toEqual(want.rows.map((r) => r.id));
    // the fixture has 3 existing stations, fewer than the 5 a complete list needs: read at 20, 60, then 200 km
    const stationReads = state.around.reads.filter((r) => r.layer === 'fire-stations');
    const widths = stationReads.map((r) => r.rect.maxY - r.rect.minY);
    expect(widths).toHaveLength(3);
    expect(widths[1]).toBeGreaterThan(2.5 * (widths[0] ?? 0));
    expect(widths[2]).toBeGreaterThan(3 * (widths[1] ?? 0));
    expect(state.around.reads.filter((r) => r.layer === 'protected-targets')).toHaveLength(1);
    expect(screen.getByTestId('command-around-note').textContent).toContain('事发点周边 200 km');
    // the view's stations are not loaded (the view is far away, the map has not said where): no coverage figure
    await user.click(screen.getByTestId('coverage-toggle'));
    expect(screen.queryByTestId('coverage-figures')).toBeNull();
    expect(screen.getByTestId('coverage-zoom-in').textContent).toContain('放大到城市级别');
  });

  it('streamed data: fire coverage counts the risk objects in view, whose stations are all loaded', async () => {
    // stations read around the view (at least 2 km beyond it, more than the widest district, 1.49 km)
    state.layers['fire-stations'] = { ...state.layers['fire-stations'], mode: 'bbox' };
    state.streamed['fire-stations'] = { cover: [113.0, 29.2, 113.6, 29.7] };
    const view: [number, number, number, number] = [113.2, 29.4, 113.5, 29.55];
    act(() => useAppStore.getState().setView({ lon: 113.35, lat: 29.47, zoom: 11 }, view));
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    await user.click(screen.getByTestId('coverage-toggle'));
    const inView = [...HAZARDS, ...TAILINGS, ...PARKS].filter((f) => {
      const [x = 0, y = 0] = representativePoint(f) ?? [];
      return x >= view[0] && x <= view[2] && y >= view[1] && y <= view[3];
    });
    // the fixture puts some risk objects outside this view: they are not counted
    expect(inView.length).toBeGreaterThan(0);
    expect(inView.length).toBeLessThan(HAZARDS.length + TAILINGS.length + PARKS.length);
    const want = fireCoverage(STATIONS, inView, { includePlanned: useCommandStore.getState().coveragePlanned });
    expect(screen.getByTestId('coverage-before').textContent).toContain(`${want.before.covered}/${want.before.total}`);
    expect(screen.getByTestId('coverage-uncovered').getAttribute('data-count')).toBe(String(want.uncovered.length));
    expect(screen.getByTestId('coverage-view-only').textContent).toContain('当前视野内的风险源');
  });

  it('streamed stations the view holds: still widened until complete, reading only beyond the view', async () => {
    // the view's read area holds the 20 km box around HS-001 but not the 60 km one
    state.layers['fire-stations'] = { ...state.layers['fire-stations'], mode: 'bbox' };
    state.streamed['fire-stations'] = { cover: [113.0, 29.2, 113.6, 29.7] };
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    await pickHazard(user, '云溪氯碱');
    const want = expected();
    await vi.waitFor(() => expect(screen.getByTestId('command-around-note').textContent).toContain('200 km'));
    // 3 existing stations, fewer than 5: 20 km from the view's features, then read at 60 and at 200 km
    expect(state.around.reads.filter((r) => r.layer === 'fire-stations')).toHaveLength(2);
    const shown = screen.getAllByTestId('responder-row').map((r) => r.getAttribute('data-id'));
    expect(shown).toEqual([...want.responders, ...want.specialists, ...want.rescueBases].map((r) => r.id));
  });

  it('a layer that failed to load leaves the lists on what is loaded, with the wall’s warning only', async () => {
    state.layers['tailings-ponds'] = { ...state.layers['tailings-ponds'], status: 'error', error: 'HTTP 500' };
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    await pickHazard(user, '云溪氯碱');
    expect(screen.getByRole('alert').textContent).toContain('HTTP 500');
    expect(screen.queryByTestId('command-around-error')).toBeNull();
    expect(screen.queryByTestId('command-around-loading')).toBeNull();
    expect(screen.getAllByTestId('responder-row').length).toBeGreaterThan(0);
    expect(state.around.reads).toEqual([]);
  });

  it('a failed read beyond the view lists nothing, says why, and 重试 reads again', async () => {
    state.layers['fire-stations'] = { ...state.layers['fire-stations'], features: [], mode: 'bbox' };
    state.streamed['fire-stations'] = { cover: null };
    state.around.fail = 'HTTP 503';
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    await pickHazard(user, '云溪氯碱');
    const alert = await screen.findByTestId('command-around-error');
    expect(alert.textContent).toContain('HTTP 503');
    expect(screen.queryAllByTestId('responder-row')).toHaveLength(0);
    state.around.fail = null;
    await user.click(within(alert).getByRole('button', { name: '重试' }));
    await vi.waitFor(() => expect(screen.getAllByTestId('responder-row').length).toBeGreaterThan(0));
    expect(screen.queryByTestId('command-around-error')).toBeNull();
  });

  it('places by typed coordinates, and says when they are not coordinates', async () => {
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    const input = screen.getByTestId('incident-coords');
    await user.type(input, 'abc{Enter}');
    expect(screen.getByRole('alert').textContent).toContain('坐标无效');
    expect(useCommandStore.getState().point).toBeNull();
    await user.clear(input);
    await user.type(input, '113.2701，29.4702{Enter}');
    expect(useCommandStore.getState().point).toEqual([113.2701, 29.4702]);
    expect(useCommandStore.getState().source).toBeNull();
  });

  it('arms map placement with a pressed toggle button', async () => {
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    const button = screen.getByTestId('place-on-map');
    expect(button.getAttribute('aria-pressed')).toBe('false');
    await user.click(button);
    expect(useCommandStore.getState().placing).toBe(true);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByRole('status').textContent).toContain('Esc');
  });

  it('says when the substance is not in the ERG2020 data and keeps the plain rings', async () => {
    const user = userEvent.setup();
    useCommandStore.setState({ point: hs1 });
    render(<CommandWorkspace />);
    await user.type(screen.getByTestId('substance-input'), '某种未知物');
    expect(screen.getByTestId('substance-unknown').textContent).toContain('不在 ERG2020 数据中');
    expect(screen.getAllByTestId('zone-item').map((z) => z.getAttribute('data-zone'))).toEqual([
      'ring-500',
      'ring-1000',
      'ring-3000',
      'ring-5000',
    ]);
    await user.click(screen.getByTestId('ring-3000'));
    expect(useCommandStore.getState().rings).toEqual([500, 1000, 5000]);
  });

  it('operates the wind compass from the keyboard, the list and the degree field', async () => {
    const user = userEvent.setup();
    useCommandStore.setState({ windFromDeg: 0 });
    render(<CommandWorkspace />);
    const dial = screen.getByTestId('wind-dial');
    dial.focus();
    await user.keyboard('{ArrowRight}');
    expect(useCommandStore.getState().windFromDeg).toBe(22.5);
    expect(dial.getAttribute('aria-valuetext')).toContain('北东北风');
    await user.click(screen.getByLabelText('8 方位'));
    dial.focus();
    await user.keyboard('{ArrowRight}');
    expect(useCommandStore.getState().windFromDeg).toBe(45);
    await user.keyboard('{PageUp}');
    expect(useCommandStore.getState().windFromDeg).toBe(135);
    await user.selectOptions(screen.getByTestId('wind-named'), '270');
    expect(useCommandStore.getState().windFromDeg).toBe(270);
    const deg = screen.getByTestId('wind-degrees');
    await user.clear(deg);
    await user.type(deg, '200');
    expect(useCommandStore.getState().windFromDeg).toBe(200);
    expect((screen.getByTestId('wind-named') as HTMLSelectElement).value).toBe('custom');
    expect(dial.getAttribute('aria-valuenow')).toBe('200');
  });

  it('shows fire coverage before and after the planned stations when switched on', async () => {
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    expect(screen.queryByTestId('coverage-figures')).toBeNull();
    await user.click(screen.getByTestId('coverage-toggle'));
    const want = expected().coverage;
    expect(screen.getByTestId('coverage-before').textContent).toContain(
      `${want?.before.covered}/${want?.before.total}`,
    );
    expect(screen.getByTestId('coverage-after').textContent).toContain(`${want?.after.covered}/${want?.after.total}`);
    expect(screen.getByTestId('coverage-uncovered').getAttribute('data-count')).toBe(String(want?.uncovered.length));
    // every layer read whole: nothing to say about the view
    expect(screen.queryByTestId('coverage-view-only')).toBeNull();
  });

  it('exports the affected list as CSV with a BOM', async () => {
    const user = userEvent.setup();
    const blobs: Blob[] = [];
    URL.createObjectURL = vi.fn((b: Blob) => {
      blobs.push(b);
      return 'blob:test';
    });
    URL.revokeObjectURL = vi.fn();
    const click = vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => {});
    render(<CommandWorkspace />);
    await pickHazard(user, '云溪氯碱');
    await user.click(screen.getByTestId('affected-export'));
    expect(click).toHaveBeenCalledTimes(1);
    // read the bytes (jsdom's Blob has no text(), and FileReader.readAsText would swallow the BOM)
    const bytes = new Uint8Array(
      await new Promise<ArrayBuffer>((resolve) => {
        const reader = new FileReader();
        reader.onload = () => resolve(reader.result as ArrayBuffer);
        reader.readAsArrayBuffer(blobs[0] as Blob);
      }),
    );
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text).toContain('云溪小学');
    expect(text.trimEnd().split('\r\n')).toHaveLength(1 + expected().rows.length);
  });

  it('opens the 简报 with the same counts, time stamp and data version; Esc closes it', async () => {
    const user = userEvent.setup();
    render(<CommandWorkspace />);
    await pickHazard(user, '云溪氯碱');
    await user.click(screen.getByTestId('report-open'));
    const report = await screen.findByTestId('report');
    expect(screen.getByRole('dialog')).toBeTruthy();
    expect(screen.getByTestId('report-data-version').textContent).toBe('2026-11-22');
    expect(screen.getByTestId('report-time').textContent).toMatch(/^\d{4}-\d{2}-\d{2} \d{2}:\d{2}:\d{2}$/);
    expect(screen.getByTestId('report-substance').textContent).toContain('UN1017');
    const listed = screen
      .getAllByTestId('affected-zone')
      .map((r) => [r.getAttribute('data-zone'), r.getAttribute('data-count'), r.getAttribute('data-people')]);
    const inReport = within(report)
      .getAllByTestId('report-zone')
      .map((r) => [r.getAttribute('data-zone'), r.getAttribute('data-count'), r.getAttribute('data-people')]);
    expect(inReport).toEqual(listed);
    expect(within(report).getAllByTestId('report-responder').length).toBe(expected().responders.length);
    // no map in jsdom: the report says the image is unavailable rather than showing a blank
    expect(await within(report).findByText('态势图不可用')).toBeTruthy();
    await user.keyboard('{Escape}');
    expect(screen.queryByTestId('report')).toBeNull();
  });

  it('says no monitoring feed is configured and shows no alarm until one is', () => {
    render(<CommandWorkspace />);
    expect(screen.getByTestId('feed-not-configured').textContent).toContain('未配置监测数据接入');
    expect(screen.getByTestId('kpi-alarms').textContent).toContain('未配置监测数据接入');
    expect(screen.queryAllByTestId('alarm-item')).toEqual([]);
  });

  it('lists received alarms newest first, acknowledges one, and updates the KPI', async () => {
    const user = userEvent.setup();
    // a feed URL but no connection: the hook would connect, so the fetch is stubbed to stay pending
    vi.spyOn(globalThis, 'fetch').mockImplementation(() => new Promise(() => {}));
    useAlarmStore.setState({ feedUrl: 'http://127.0.0.1:8787', feedFrom: 'local' });
    render(<CommandWorkspace />);
    act(() =>
      useAlarmStore
        .getState()
        .receive([
          alarmOn('a1', 'HS-001', 'yellow', 1),
          alarmOn('a3', 'HS-001', 'red', 3),
          alarmOn('a2', 'NOPE', 'orange', 2),
        ]),
    );
    const items = screen.getAllByTestId('alarm-item');
    expect(items.map((i) => i.getAttribute('data-id'))).toEqual(['a3', 'a2', 'a1']);
    expect(items[0]?.textContent).toContain('云溪氯碱装置');
    expect(items[0]?.textContent).toContain('红色');
    expect(items[1]?.textContent).toContain('未匹配的危险源 NOPE');
    expect(screen.getByTestId('kpi-alarms').querySelector('[data-count]')?.getAttribute('data-count')).toBe('3');
    await user.click(within(items[0] as HTMLElement).getByTestId('alarm-ack'));
    expect(useAlarmStore.getState().acked.a3).toBe(true);
    expect(screen.getAllByTestId('alarm-item')[0]?.textContent).toContain('已确认');
    expect(screen.getByTestId('kpi-alarms').querySelector('[data-count]')?.getAttribute('data-count')).toBe('2');
  });

  it('switches to English completely', async () => {
    useAppStore.setState({ lang: 'en' });
    render(<CommandWorkspace />);
    expect(screen.getByTestId('feed-not-configured').textContent).toContain('No monitoring feed configured');
    expect(screen.getByTestId('kpi-incident').textContent).toContain('No incident');
    expect(screen.getByTestId('incident-panel').textContent).not.toMatch(/放置|事件位置|泄漏量/);
    // the coverage figures and their basis too: only the standard's own name stays in Chinese
    await userEvent.setup().click(screen.getByTestId('coverage-toggle'));
    expect(screen.getByTestId('coverage-basis').textContent).toContain('circles of equal area');
    const figures = screen.getByTestId('coverage-figures').textContent ?? '';
    expect(figures).toContain('建标152-2017');
    expect(figures.replaceAll('建标152-2017', '')).not.toMatch(/[\u4e00-\u9fff]/);
  });
});
