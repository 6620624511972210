import { useEffect, useState } from 'react';
import { loadPublicData, type PublicData } from './load-public-data';

export type PublicDataLoad =
  | { status: 'loading' }
  | { status: 'ready'; data: PublicData }
  | { status: 'error'; error: string };

/** Loads the public data once, when the app mounts. */
export function usePublicData(): PublicDataLoad {
  const [load, setLoad] = useState<PublicDataLoad>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadPublicData().then(
      (data) => live && setLoad({ status: 'ready', data }),
      (e: unknown) => live && setLoad({ status: 'error', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => {
      live = false;
    };
  }, []);
  return load;
}
