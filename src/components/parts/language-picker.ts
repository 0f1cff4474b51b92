import { html } from 'lit';
import { msg } from '@lit/localize';
import { languageOwnName, switcherOrder } from '../../localization.js';
import { icon } from './icons.js';
import { ICON_PATHS } from '../../view/icon-paths.js';

/**
 * The language switcher: a native select (keyboard and screen readers know it), each
 * language written in its own name and marked with its own `lang`. Template helper for the
 * @localized root; hosts hide it with the `hide-language-switcher` attribute.
 */
export function renderLanguagePicker(current: string, locales: readonly string[], choose: (locale: string) => void) {
  const label = msg('Lingua', { desc: 'language-picker: label of the language switcher' });
  return html`<label class="language-picker">
    ${icon(ICON_PATHS.language)}<span class="visually-hidden">${label}</span>
    <select part="language" @change=${(event: Event) => choose((event.target as HTMLSelectElement).value)}>
      ${switcherOrder(locales).map(
        (locale) =>
          html`<option value=${locale} lang=${locale} ?selected=${locale === current}>${languageOwnName(locale)}</option>`,
      )}
    </select>
  </label>`;
}
