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
