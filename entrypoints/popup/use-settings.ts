import { useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, type Settings } from '../../lib/settings/schema';
import { loadSettings, watchSettings } from '../../lib/settings/store';

/** The settings, kept current: a change on the options page reaches open popups and viewers at once. */
export function useSettings(): { settings: Settings; loaded: boolean } {
  const [state, setState] = useState({ settings: DEFAULT_SETTINGS, loaded: false });
  useEffect(() => {
    let live = true;
    void loadSettings().then((settings) => live && setState({ settings, loaded: true }));
    const unwatch = watchSettings((settings) => setState({ settings, loaded: true }));
    return () => {
      live = false;
      unwatch();
    };
  }, []);
  return state;
}
