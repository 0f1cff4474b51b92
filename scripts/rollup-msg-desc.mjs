// Every `msg()` call carries a `desc` for translators (`msg('Lingua', { desc: '…' })`): it goes
// into the XLIFF files, and @lit/localize never reads it at run time. Left in, the descriptions
// were ~8 KB of the entry (1.9 KB gzip) and ~4 KB of the extras piece. This drops them from the
// minified code, where terser has written each as `,{desc:"…"}` (a lone `desc` property), so the
// call becomes `msg('Lingua')`. Runs after terser.
const DESC = /,\{desc:(?:"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*'|`(?:[^`\\$]|\\.)*`)\}\)/g;

export function msgDescriptions() {
  return {
    name: 'msg-descriptions',
    renderChunk(code) {
      if (!code.includes('{desc:')) return null;
      return { code: code.replace(DESC, ')'), map: null };
    },
  };
}
