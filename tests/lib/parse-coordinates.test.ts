import { describe, expect, it } from 'vitest';
import { parseCoordinates } from '../../src/lib/parse-coordinates';

describe('parseCoordinates', () => {
  it.each([
    ['113.12,29.36', { lon: 113.12, lat: 29.36 }],
    ['113.12, 29.36', { lon: 113.12, lat: 29.36 }],
    [' 113.12 29.36 ', { lon: 113.12, lat: 29.36 }],
    ['113.12，29.36', { lon: 113.12, lat: 29.36 }],
    ['113.12；29.36', { lon: 113.12, lat: 29.36 }],
    ['-73.5,40.7', { lon: -73.5, lat: 40.7 }],
    // reversed order, unambiguous because 113.12 cannot be a latitude
    ['29.36,113.12', { lon: 113.12, lat: 29.36 }],
    // both readings valid: the documented lon,lat order wins
    ['29.36,30.12', { lon: 29.36, lat: 30.12 }],
  ])('%s', (text, expected) => {
    expect(parseCoordinates(text)).toEqual(expected);
  });

  it.each(['岳阳', 'HS-001', '113.12', '113.12,29.36,5', '200,100', '113.12,,29.36', '1e3,20', ''])(
    'rejects %s',
    (text) => {
      expect(parseCoordinates(text)).toBeNull();
    },
  );
});
