import 'i18next';
import type sv from './sv.json';

// Swedish is the reference catalogue: a key missing from sv.json is a type error.
declare module 'i18next' {
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: typeof sv };
  }
}
