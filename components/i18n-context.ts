import { createContext } from 'preact';
import { useContext } from 'preact/hooks';
import { type Lang, type Params, t } from '../lib/i18n';

/** The UI language, set once by the shell; views read it instead of threading it through every prop. */
export const LangContext = createContext<Lang>('en');

export function useLang(): Lang {
  return useContext(LangContext);
}

export function useT(): (key: string, params?: Params) => string {
  const lang = useLang();
  return (key, params) => t(lang, key, params);
}
