/**
 * Puts `text` on the clipboard: the Clipboard API where the page may use it (a secure page),
 * else the old way through a selected, invisible text field inside `scope` (which stays in the
 * widget's shadow root, hidden by its `visually-hidden` class). True when it worked.
 */
export async function copyText(text: string, scope: Element): Promise<boolean> {
  try {
    if (window.isSecureContext && navigator.clipboard) {
      await navigator.clipboard.writeText(text);
      return true;
    }
  } catch {
    // No permission, or the page is not focused: try the old way.
  }
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.className = 'visually-hidden';
  scope.append(field);
  field.select();
  try {
    return document.execCommand('copy');
  } catch {
    return false;
  } finally {
    field.remove();
  }
}

/**
 * The phone's share sheet with `title` and `text`; where there is none (most desktops) or it
 * fails, `text` copied instead. `'cancelled'` when the user closed the sheet.
 */
export async function shareOrCopy(title: string, text: string, scope: Element): Promise<'shared' | 'cancelled' | 'copied' | 'failed'> {
  if (typeof navigator.share === 'function') {
    try {
      await navigator.share({ title, text });
      return 'shared';
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') return 'cancelled';
    }
  }
  return (await copyText(text, scope)) ? 'copied' : 'failed';
}
