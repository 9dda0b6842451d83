/**
 * The site's one eager script, on every page (budget: 1 KB gzip for all the JavaScript a page
 * loads eagerly; keep this small and put anything heavier behind a dynamic import()). Listeners are
 * delegated and read data attributes, so controls need no wiring of their own:
 *
 * - `<button data-copy="ID">` copies the text of element ID, today's date standing in for the
 *   placeholder, written in the element's `data-date` style (src/lib/citation.ts);
 * - `<a data-copy-link href="#id">` (section links) copies the section's full address, and still
 *   jumps to it;
 * - `<button data-share>` opens the system's share sheet, or copies the page's address.
 *
 * Each copy is announced in the page's `[data-status]` live region, whose data attributes carry the
 * texts from the dictionary. Buttons that only work with this script are `hidden` in the HTML.
 */
import { accessDate, type AccessDateStyle } from '~/lib/citation';

const status = document.querySelector<HTMLElement>('[data-status]');
const texts = status?.dataset ?? {};
let clearing: ReturnType<typeof setTimeout> | undefined;

function announce(text = ''): void {
  if (!status) return;
  status.textContent = '';
  clearTimeout(clearing);
  // Emptied first and filled a moment later, so a screen reader repeats a message it just read.
  setTimeout(() => {
    status.textContent = text;
    clearing = setTimeout(() => (status.textContent = ''), 6000);
  }, 100);
}

function copy(text: string, done: string | undefined): void {
  navigator.clipboard.writeText(text).then(
    () => announce(done),
    () => announce(texts['failed']),
  );
}

const here = () => location.origin + location.pathname;

if (navigator.clipboard) {
  for (const control of document.querySelectorAll<HTMLElement>('[data-copy],[data-share]')) control.hidden = false;

  document.addEventListener('click', (event) => {
    const control = (event.target as Element).closest<HTMLElement>('[data-copy],[data-copy-link],[data-share]');
    if (!control) return;
    const { copy: id } = control.dataset;
    const source = id && document.getElementById(id);
    if (source) {
      const today = accessDate(new Date(), source.dataset['date'] as AccessDateStyle);
      copy(source.textContent.replaceAll(String(texts['placeholder']), today), texts['cite']);
    } else if ('copyLink' in control.dataset) {
      copy(here() + control.getAttribute('href'), texts['section']);
    } else if ('share' in control.dataset) {
      const url = here();
      if ('share' in navigator) {
        navigator.share({ title: document.title, url }).catch((error: Error) => {
          if (error.name !== 'AbortError') copy(url, texts['page']);
        });
      } else copy(url, texts['page']);
    }
  });
}
