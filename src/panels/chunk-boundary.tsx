import { Component, type ReactNode, Suspense } from 'react';
import { translate } from '../i18n/use-t';
import { useAppStore } from '../state/store';

interface Props {
  /** shown while the chunk loads (the boundary is also the part's Suspense) */
  fallback: ReactNode;
  children: ReactNode;
}

/**
 * Around every part of the app that loads on demand (React.lazy): its Suspense, with the error boundary outside it.
 * A chunk can fail to load: the intranet dropped the request, or the app was redeployed while this page stayed open
 * and the old chunk names are gone. Without a boundary React would unmount the whole app for it; with one, only
 * this part says so and offers a reload.
 */
export class ChunkBoundary extends Component<Props, { error: Error | null }> {
  override state = { error: null as Error | null };

  static getDerivedStateFromError(error: Error) {
    return { error };
  }

  override render() {
    const { error } = this.state;
    if (!error) return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>;
    const lang = useAppStore.getState().lang;
    return (
      <div className="chunk-error" role="alert" data-testid="chunk-error">
        <p>{translate(lang, 'app.chunkError')}</p>
        <p className="note">{error.message}</p>
        <button type="button" onClick={() => location.reload()}>
          {translate(lang, 'app.reload')}
        </button>
      </div>
    );
  }
}
