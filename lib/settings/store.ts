import { storage } from 'wxt/utils/storage';
import { DEFAULT_SETTINGS, readSettings, type Settings } from './schema';

/**
 * The settings in `storage.local` (they follow the profile, not the session), as a WXT storage item: its version
 * lets a later shape migrate what users stored. Extension pages only; the CLI has its own flags.
 */
export const settingsItem = storage.defineItem<Settings>('local:settings', {
  fallback: DEFAULT_SETTINGS,
  version: 1,
});

export async function loadSettings(): Promise<Settings> {
  return readSettings(await settingsItem.getValue());
}

export async function saveSettings(next: Settings): Promise<void> {
  await settingsItem.setValue(readSettings(next));
}

/** Calls `onChange` with every later change, from any page (the options page saving, another window). */
export function watchSettings(onChange: (settings: Settings) => void): () => void {
  return settingsItem.watch((value) => onChange(readSettings(value)));
}
