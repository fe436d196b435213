// The designer's translate service: Japanese unless the page is English (bpmn-js's own texts are English).
import ja from './translations-ja.js';

export function createTranslate(lang) {
  const dictionary = lang === 'en' ? {} : ja;
  return function translate(template, replacements) {
    const text = dictionary[template] || template;
    return text.replace(/{([^}]+)}/g, (_, key) => (replacements && key in replacements ? replacements[key] : `{${key}}`));
  };
}

export function translateModule(lang) {
  return { translate: ['value', createTranslate(lang)] };
}
