// dmn-js's translate service: Japanese unless the page is English (dmn-js's own texts are English).
import ja from './translations-ja.js';

export function translateModule(lang) {
  const dictionary = lang === 'en' ? {} : ja;
  const translate = (template, replacements) => (dictionary[template] || template)
    .replace(/{([^}]+)}/g, (_, key) => (replacements && key in replacements ? replacements[key] : `{${key}}`));
  return { translate: ['value', translate] };
}
