// "Add to home screen" help of the PROSSIMA app (demo/app/index.html), in every UI language of
// the widget. A plain ES module, no build step; the service worker precaches it.
//
// Language: the same choice the widget makes. The app sets no `lang` on the widget, so the
// widget looks at its ancestors: index.html calls startInstallHelp() before the widget script
// runs, and it writes the chosen language on <html lang dir>. That choice is the widget's own
// rule (its `lang`, else the browser's languages -> the first UI language that serves one, exact
// tag first, then the same base language, else Italian), so page and widget agree at start.
// When the user picks another language in the widget's switcher, the widget says so with its
// `prossima-language-change` event ({ lang }), and the page and this help follow.

/**
 * @typedef {{ heading: string, steps: string[] }} PlatformTexts
 * @typedef {{ button: string, title: string, intro: string, installNow: string, android: PlatformTexts, ios: PlatformTexts, tip: string, close: string }} HelpTexts
 */

/**
 * Texts per UI language. `{menu}`, `{share}`, `{add}` are drawn as small icons (hidden from
 * screen readers). Menu names are those of Chrome and Safari in that language, as far as known:
 * the phone's own language may differ, so the icons carry the steps too.
 * @type {Readonly<Record<string, HelpTexts>>}
 */
export const HELP_TEXTS = {
  it: {
    button: 'Installa',
    title: 'Metti PROSSIMA sul telefono',
    intro: 'Poi apri PROSSIMA con un tocco, come un’app.',
    installNow: 'Installa ora',
    android: {
      heading: 'Android (Chrome)',
      steps: [
        'Tocca il menu {menu} in alto a destra.',
        'Tocca «Installa app» o «Aggiungi a schermata Home».',
        'Tocca «Installa» o «Aggiungi».',
      ],
    },
    ios: {
      heading: 'iPhone e iPad (Safari)',
      steps: [
        'Apri questa pagina con Safari.',
        'Tocca Condividi {share}: in basso su iPhone, in alto su iPad.',
        'Tocca «Aggiungi alla schermata Home» {add}. Se non lo vedi, scorri in giù.',
        'Tocca «Aggiungi».',
      ],
    },
    tip: 'Sei dentro WhatsApp o Facebook? Prima apri questa pagina in Chrome o Safari.',
    close: 'Chiudi',
  },
  en: {
    button: 'Install',
    title: 'Put PROSSIMA on your phone',
    intro: 'Then you open PROSSIMA with one tap, like an app.',
    installNow: 'Install now',
    android: {
      heading: 'Android (Chrome)',
      steps: [
        'Tap the menu {menu} at the top right.',
        'Tap “Install app” or “Add to Home screen”.',
        'Tap “Install” or “Add”.',
      ],
    },
    ios: {
      heading: 'iPhone and iPad (Safari)',
      steps: [
        'Open this page in Safari.',
        'Tap Share {share}: at the bottom on iPhone, at the top on iPad.',
        'Tap “Add to Home Screen” {add}. If you do not see it, scroll down.',
        'Tap “Add”.',
      ],
    },
    tip: 'Inside WhatsApp or Facebook? First open this page in Chrome or Safari.',
    close: 'Close',
  },
  fr: {
    button: 'Installer',
    title: 'Mettre PROSSIMA sur votre téléphone',
    intro: 'Ensuite, vous ouvrez PROSSIMA d’un seul appui, comme une application.',
    installNow: 'Installer maintenant',
    android: {
      heading: 'Android (Chrome)',
      steps: [
        'Appuyez sur le menu {menu} en haut à droite.',
        'Appuyez sur «\u00a0Installer l’application\u00a0» ou «\u00a0Ajouter à l’écran d’accueil\u00a0».',
        'Appuyez sur «\u00a0Installer\u00a0» ou «\u00a0Ajouter\u00a0».',
      ],
    },
    ios: {
      heading: 'iPhone et iPad (Safari)',
      steps: [
        'Ouvrez cette page dans Safari.',
        'Appuyez sur Partager {share}\u00a0: en bas sur iPhone, en haut sur iPad.',
        'Appuyez sur «\u00a0Sur l’écran d’accueil\u00a0» {add}. Si vous ne le voyez pas, faites glisser vers le bas.',
        'Appuyez sur «\u00a0Ajouter\u00a0».',
      ],
    },
    tip: 'Vous êtes dans WhatsApp ou Facebook\u00a0? Ouvrez d’abord cette page dans Chrome ou Safari.',
    close: 'Fermer',
  },
  es: {
    button: 'Instalar',
    title: 'Pon PROSSIMA en tu teléfono',
    intro: 'Después abres PROSSIMA con un toque, como una app.',
    installNow: 'Instalar ahora',
    android: {
      heading: 'Android (Chrome)',
      steps: [
        'Toca el menú {menu} arriba a la derecha.',
        'Toca «Instalar aplicación» o «Añadir a pantalla de inicio».',
        'Toca «Instalar» o «Añadir».',
      ],
    },
    ios: {
      heading: 'iPhone y iPad (Safari)',
      steps: [
        'Abre esta página en Safari.',
        'Toca Compartir {share}: abajo en el iPhone, arriba en el iPad.',
        'Toca «Añadir a pantalla de inicio» {add}. Si no lo ves, baja un poco.',
        'Toca «Añadir».',
      ],
    },
    tip: '¿Estás dentro de WhatsApp o Facebook? Primero abre esta página en Chrome o Safari.',
    close: 'Cerrar',
  },
  ar: {
    button: 'تثبيت',
    title: 'ضع PROSSIMA على هاتفك',
    intro: 'بعدها تفتح PROSSIMA بلمسة واحدة، مثل أي تطبيق.',
    installNow: 'ثبّت الآن',
    android: {
      heading: 'أندرويد (Chrome)',
      steps: [
        'اضغط على القائمة {menu} في أعلى الشاشة.',
        'اضغط على «تثبيت التطبيق» أو «إضافة إلى الشاشة الرئيسية».',
        'اضغط على «تثبيت» أو «إضافة».',
      ],
    },
    ios: {
      heading: 'آيفون وآيباد (Safari)',
      steps: [
        'افتح هذه الصفحة في Safari.',
        'اضغط على زر المشاركة {share}: في الأسفل على آيفون، وفي الأعلى على آيباد.',
        'اضغط على «إضافة إلى الشاشة الرئيسية» {add}. إذا لم تجده، مرّر إلى الأسفل.',
        'اضغط على «إضافة».',
      ],
    },
    tip: 'هل أنت داخل واتساب أو فيسبوك؟ افتح هذه الصفحة أولًا في Chrome أو Safari.',
    close: 'إغلاق',
  },
  ur: {
    button: 'انسٹال کریں',
    title: 'PROSSIMA کو اپنے فون پر رکھیں',
    intro: 'پھر آپ PROSSIMA کو ایک ٹچ سے کھولیں، جیسے کوئی ایپ۔',
    installNow: 'ابھی انسٹال کریں',
    android: {
      heading: 'اینڈرائیڈ (Chrome)',
      steps: [
        'اسکرین کے اوپر مینو {menu} پر ٹیپ کریں۔',
        '“ایپ انسٹال کریں” یا “ہوم اسکرین میں شامل کریں” پر ٹیپ کریں۔',
        '“انسٹال کریں” یا “شامل کریں” پر ٹیپ کریں۔',
      ],
    },
    ios: {
      heading: 'آئی فون اور آئی پیڈ (Safari)',
      steps: [
        'یہ صفحہ Safari میں کھولیں۔',
        'شیئر بٹن {share} پر ٹیپ کریں: آئی فون پر نیچے، آئی پیڈ پر اوپر۔',
        '“ہوم اسکرین میں شامل کریں” {add} پر ٹیپ کریں۔ اگر نظر نہ آئے تو نیچے اسکرول کریں۔',
        '“شامل کریں” پر ٹیپ کریں۔',
      ],
    },
    tip: 'کیا آپ واٹس ایپ یا فیس بک کے اندر ہیں؟ پہلے یہ صفحہ Chrome یا Safari میں کھولیں۔',
    close: 'بند کریں',
  },
  ro: {
    button: 'Instalează',
    title: 'Pune PROSSIMA pe telefon',
    intro: 'Apoi deschizi PROSSIMA cu o singură atingere, ca pe o aplicație.',
    installNow: 'Instalează acum',
    android: {
      heading: 'Android (Chrome)',
      steps: [
        'Atinge meniul {menu} din dreapta sus.',
        'Atinge „Instalează aplicația” sau „Adaugă pe ecranul de pornire”.',
        'Atinge „Instalează” sau „Adaugă”.',
      ],
    },
    ios: {
      heading: 'iPhone și iPad (Safari)',
      steps: [
        'Deschide această pagină în Safari.',
        'Atinge Partajează {share}: jos pe iPhone, sus pe iPad.',
        'Atinge „Adaugă pe ecranul principal” {add}. Dacă nu îl vezi, derulează în jos.',
        'Atinge „Adaugă”.',
      ],
    },
    tip: 'Ești în WhatsApp sau Facebook? Mai întâi deschide pagina în Chrome sau Safari.',
    close: 'Închide',
  },
  sq: {
    button: 'Instalo',
    title: 'Vendose PROSSIMA në telefon',
    intro: 'Pastaj e hap PROSSIMA me një prekje, si një aplikacion.',
    installNow: 'Instalo tani',
    android: {
      heading: 'Android (Chrome)',
      steps: [
        'Prek menynë {menu} lart djathtas.',
        'Prek „Instalo aplikacionin” ose „Shto në ekranin bazë”.',
        'Prek „Instalo” ose „Shto”.',
      ],
    },
    ios: {
      heading: 'iPhone dhe iPad (Safari)',
      steps: [
        'Hape këtë faqe në Safari.',
        'Prek Ndaj {share}: poshtë në iPhone, lart në iPad.',
        'Prek „Shto në ekranin bazë” {add}. Nëse nuk e sheh, lëviz poshtë.',
        'Prek „Shto”.',
      ],
    },
    tip: 'Je brenda WhatsApp ose Facebook? Së pari hape këtë faqe në Chrome ose Safari.',
    close: 'Mbyll',
  },
  uk: {
    button: 'Встановити',
    title: 'Додайте PROSSIMA на телефон',
    intro: 'Потім ви відкриваєте PROSSIMA одним дотиком, як застосунок.',
    installNow: 'Встановити зараз',
    android: {
      heading: 'Android (Chrome)',
      steps: [
        'Торкніться меню {menu} угорі праворуч.',
        'Торкніться «Установити додаток» або «Додати на головний екран».',
        'Торкніться «Установити» або «Додати».',
      ],
    },
    ios: {
      heading: 'iPhone та iPad (Safari)',
      steps: [
        'Відкрийте цю сторінку в Safari.',
        'Торкніться «Поділитися» {share}: унизу на iPhone, угорі на iPad.',
        'Торкніться «На початковий екран» {add}. Якщо не бачите, прокрутіть униз.',
        'Торкніться «Додати».',
      ],
    },
    tip: 'Ви у WhatsApp чи Facebook? Спершу відкрийте цю сторінку в Chrome або Safari.',
    close: 'Закрити',
  },
  'zh-CN': {
    button: '安装',
    title: '把 PROSSIMA 放到手机上',
    intro: '以后点一下就能打开 PROSSIMA，就像一个应用。',
    installNow: '立即安装',
    android: {
      heading: '安卓手机（Chrome）',
      steps: ['点右上角的菜单 {menu}。', '点“安装应用”或“添加到主屏幕”。', '点“安装”或“添加”。'],
    },
    ios: {
      heading: 'iPhone 和 iPad（Safari）',
      steps: [
        '用 Safari 打开这个网页。',
        '点“分享”按钮 {share}：iPhone 在下方，iPad 在上方。',
        '点“添加到主屏幕” {add}。如果看不到，请向下滑动。',
        '点“添加”。',
      ],
    },
    tip: '在微信、WhatsApp 或 Facebook 里面？请先用 Chrome 或 Safari 打开这个网页。',
    close: '关闭',
  },
  bn: {
    button: 'ইনস্টল করুন',
    title: 'PROSSIMA আপনার ফোনে রাখুন',
    intro: 'তারপর একবার ছুঁয়েই PROSSIMA খুলবেন, অ্যাপের মতো।',
    installNow: 'এখনই ইনস্টল করুন',
    android: {
      heading: 'অ্যান্ড্রয়েড (Chrome)',
      steps: [
        'উপরে ডান দিকে মেনু {menu} ট্যাপ করুন।',
        '“অ্যাপ ইনস্টল করুন” বা “হোম স্ক্রিনে যোগ করুন” ট্যাপ করুন।',
        '“ইনস্টল করুন” বা “যোগ করুন” ট্যাপ করুন।',
      ],
    },
    ios: {
      heading: 'আইফোন ও আইপ্যাড (Safari)',
      steps: [
        'এই পেজটি Safari-তে খুলুন।',
        'শেয়ার বোতাম {share} ট্যাপ করুন: আইফোনে নিচে, আইপ্যাডে উপরে।',
        '“হোম স্ক্রিনে যোগ করুন” {add} ট্যাপ করুন। না দেখলে নিচে স্ক্রল করুন।',
        '“যোগ করুন” ট্যাপ করুন।',
      ],
    },
    tip: 'হোয়াটসঅ্যাপ বা ফেসবুকের ভেতরে আছেন? আগে এই পেজটি Chrome বা Safari-তে খুলুন।',
    close: 'বন্ধ করুন',
  },
  pa: {
    button: 'ਇੰਸਟਾਲ ਕਰੋ',
    title: 'PROSSIMA ਨੂੰ ਆਪਣੇ ਫ਼ੋਨ ’ਤੇ ਰੱਖੋ',
    intro: 'ਫਿਰ ਤੁਸੀਂ PROSSIMA ਨੂੰ ਇੱਕ ਟੱਚ ਨਾਲ ਖੋਲ੍ਹ ਸਕਦੇ ਹੋ, ਐਪ ਵਾਂਗ।',
    installNow: 'ਹੁਣੇ ਇੰਸਟਾਲ ਕਰੋ',
    android: {
      heading: 'ਐਂਡਰਾਇਡ (Chrome)',
      steps: [
        'ਉੱਪਰ ਸੱਜੇ ਪਾਸੇ ਮੀਨੂ {menu} ’ਤੇ ਟੈਪ ਕਰੋ।',
        '“ਐਪ ਇੰਸਟਾਲ ਕਰੋ” ਜਾਂ “ਹੋਮ ਸਕ੍ਰੀਨ ’ਤੇ ਸ਼ਾਮਲ ਕਰੋ” ’ਤੇ ਟੈਪ ਕਰੋ।',
        '“ਇੰਸਟਾਲ ਕਰੋ” ਜਾਂ “ਸ਼ਾਮਲ ਕਰੋ” ’ਤੇ ਟੈਪ ਕਰੋ।',
      ],
    },
    ios: {
      heading: 'ਆਈਫ਼ੋਨ ਅਤੇ ਆਈਪੈਡ (Safari)',
      steps: [
        'ਇਹ ਪੰਨਾ Safari ਵਿੱਚ ਖੋਲ੍ਹੋ।',
        'ਸਾਂਝਾ ਕਰੋ ਬਟਨ {share} ’ਤੇ ਟੈਪ ਕਰੋ: ਆਈਫ਼ੋਨ ’ਤੇ ਹੇਠਾਂ, ਆਈਪੈਡ ’ਤੇ ਉੱਪਰ।',
        '“ਹੋਮ ਸਕ੍ਰੀਨ ’ਤੇ ਸ਼ਾਮਲ ਕਰੋ” {add} ’ਤੇ ਟੈਪ ਕਰੋ। ਜੇ ਨਹੀਂ ਦਿਸਦਾ, ਤਾਂ ਹੇਠਾਂ ਸਕ੍ਰੋਲ ਕਰੋ।',
        '“ਸ਼ਾਮਲ ਕਰੋ” ’ਤੇ ਟੈਪ ਕਰੋ।',
      ],
    },
    tip: 'ਕੀ ਤੁਸੀਂ ਵਟਸਐਪ ਜਾਂ ਫੇਸਬੁੱਕ ਦੇ ਅੰਦਰ ਹੋ? ਪਹਿਲਾਂ ਇਹ ਪੰਨਾ Chrome ਜਾਂ Safari ਵਿੱਚ ਖੋਲ੍ਹੋ।',
    close: 'ਬੰਦ ਕਰੋ',
  },
};

/** The app's languages (the widget's UI languages; test/app checks they match lit-localize.json). */
export const LANGUAGES = Object.keys(HELP_TEXTS);

/**
 * The `beforeinstallprompt` event Chrome fires when the app can be installed.
 * @typedef {{ prompt(): Promise<{ outcome: string } | undefined>, userChoice?: Promise<{ outcome: string }> }} InstallPrompt
 */

const SOURCE_LANGUAGE = 'it';
const RTL_LANGUAGES = new Set(['ar', 'ur']);

/**
 * The widget's rule (src/localization.ts matchLocale): the first wanted tag that one of the
 * languages serves, exactly (`zh-CN`) or by its base language (`fr-CA` -> `fr`); else Italian.
 * @param {string | null | undefined} own the widget's `lang` attribute
 * @param {readonly string[]} browserLanguages `navigator.languages`
 * @returns {string}
 */
export function pickLanguage(own, browserLanguages) {
  const wanted = /** @type {string[]} */ ([own, ...browserLanguages].filter((tag) => typeof tag === 'string' && tag !== ''));
  for (const tag of wanted) {
    const lower = tag.toLowerCase();
    const exact = LANGUAGES.find((code) => code.toLowerCase() === lower);
    if (exact !== undefined) return exact;
    const base = lower.split('-')[0];
    const sameBase = LANGUAGES.find((code) => code.toLowerCase().split('-')[0] === base);
    if (sameBase !== undefined) return sameBase;
  }
  return SOURCE_LANGUAGE;
}

/** @param {string} lang */
export function directionOf(lang) {
  return RTL_LANGUAGES.has(lang) ? 'rtl' : 'ltr';
}

/**
 * Which steps to show first. From the user agent only; both are always shown. iPadOS Safari
 * says "Macintosh": a Safari that is not Chrome, Edge or Firefox on a Mac counts as iOS.
 * @param {string} userAgent
 * @returns {'android' | 'ios' | 'other'}
 */
export function detectPlatform(userAgent) {
  if (/iPhone|iPad|iPod/.test(userAgent)) return 'ios';
  if (/Android/.test(userAgent)) return 'android';
  if (/Macintosh/.test(userAgent) && /Safari\//.test(userAgent) && !/Chrom|CriOS|Edg|Firefox|FxiOS/.test(userAgent)) {
    return 'ios';
  }
  return 'other';
}

/** True when the app already runs from the home screen. */
export function isStandalone() {
  return (
    window.matchMedia('(display-mode: standalone)').matches ||
    /** @type {{ standalone?: boolean }} */ (navigator).standalone === true
  );
}

const SVG_NS = 'http://www.w3.org/2000/svg';
/**
 * Small pictures of the buttons the steps name: Chrome's menu, Safari's Share, "Add to Home Screen".
 * @type {Record<string, [string, Record<string, string | number>][]>}
 */
const ICONS = {
  menu: [['circle', { cx: 12, cy: 5, r: 2.2, fill: 'currentColor' }], ['circle', { cx: 12, cy: 12, r: 2.2, fill: 'currentColor' }], ['circle', { cx: 12, cy: 19, r: 2.2, fill: 'currentColor' }]],
  share: [['path', { d: 'M12 3v12M8 7l4-4 4 4M8 10H6v11h12V10h-2' }]],
  add: [['rect', { x: 4, y: 4, width: 16, height: 16, rx: 3 }], ['path', { d: 'M12 8v8M8 12h8' }]],
};

/** @param {string} name */
function icon(name) {
  const svg = document.createElementNS(SVG_NS, 'svg');
  svg.setAttribute('viewBox', '0 0 24 24');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('class', 'install-help-icon');
  svg.setAttribute('fill', 'none');
  svg.setAttribute('stroke', 'currentColor');
  svg.setAttribute('stroke-width', '2');
  svg.setAttribute('stroke-linecap', 'round');
  svg.setAttribute('stroke-linejoin', 'round');
  for (const [tag, attributes] of ICONS[name]) {
    const shape = document.createElementNS(SVG_NS, tag);
    for (const [key, value] of Object.entries(attributes)) shape.setAttribute(key, String(value));
    svg.append(shape);
  }
  return svg;
}

/**
 * A step's text with its `{icon}` marks drawn as icons.
 * @param {string} text
 */
function stepItem(text) {
  const li = document.createElement('li');
  for (const piece of text.split(/(\{(?:menu|share|add)\})/)) {
    const name = /^\{(\w+)\}$/.exec(piece)?.[1];
    if (name !== undefined) li.append(icon(name));
    else if (piece !== '') li.append(piece);
  }
  return li;
}

/**
 * @param {'android' | 'ios'} id
 * @param {PlatformTexts} texts
 */
function section(id, { heading, steps }) {
  const element = document.createElement('section');
  element.className = 'install-help-platform';
  element.dataset.platform = id;
  const h3 = document.createElement('h3');
  h3.id = `install-help-${id}`;
  h3.textContent = heading;
  element.setAttribute('aria-labelledby', h3.id);
  const list = document.createElement('ol');
  list.append(...steps.map(stepItem));
  element.append(h3, list);
  return element;
}

/**
 * The help dialog (not yet in the page). `installPrompt`: the saved `beforeinstallprompt`
 * event, when the browser offered one; then an "Install now" button calls its prompt() (once:
 * the browser allows one call) and tells `onPromptDone` what the user chose.
 * @param {string} lang one of LANGUAGES
 * @param {{ platform?: 'android' | 'ios' | 'other', installPrompt?: InstallPrompt | null, onPromptDone?: (outcome: string) => void }} [options]
 * @returns {HTMLDialogElement}
 */
export function buildHelpDialog(lang, { platform = 'other', installPrompt = null, onPromptDone } = {}) {
  const texts = HELP_TEXTS[lang] ?? HELP_TEXTS[SOURCE_LANGUAGE];
  const dialog = document.createElement('dialog');
  dialog.className = 'install-help';
  dialog.lang = lang;
  dialog.dir = directionOf(lang);
  dialog.setAttribute('aria-labelledby', 'install-help-title');

  const head = document.createElement('div');
  head.className = 'install-help-head';
  const title = document.createElement('h2');
  title.id = 'install-help-title';
  title.textContent = texts.title;
  const close = document.createElement('button');
  close.type = 'button';
  close.className = 'install-help-close';
  close.textContent = texts.close;
  close.addEventListener('click', () => dialog.close());
  head.append(title, close);

  const intro = document.createElement('p');
  intro.textContent = texts.intro;
  dialog.append(head, intro);

  if (installPrompt !== null) {
    const install = document.createElement('button');
    install.type = 'button';
    install.className = 'install-help-now';
    install.textContent = texts.installNow;
    install.autofocus = true;
    install.addEventListener('click', async () => {
      install.remove();
      close.focus();
      // Chrome's prompt() resolves with the choice; older versions only set userChoice.
      const choice = (await installPrompt.prompt()) ?? (await installPrompt.userChoice);
      const outcome = choice?.outcome ?? 'dismissed';
      if (outcome === 'accepted') dialog.close();
      onPromptDone?.(outcome);
    });
    dialog.append(install);
  }

  const android = section('android', texts.android);
  const ios = section('ios', texts.ios);
  dialog.append(...(platform === 'ios' ? [ios, android] : [android, ios]));
  const tip = document.createElement('p');
  tip.className = 'install-help-tip';
  tip.textContent = texts.tip;
  dialog.append(tip);
  return dialog;
}

/**
 * Wires the app page: the language on <html lang dir>, the help button (hidden when the app
 * already runs from the home screen), the dialog, and the browser's own install prompt.
 * Call it before the widget's script runs (index.html does, in document order).
 * @param {{ button: HTMLButtonElement, widget: Element }} elements the help button (its
 *   `.install-label` gets the text, else the whole button) and the `<prossima-map>`
 */
export function startInstallHelp({ button, widget }) {
  // A shared link's language (`prossima-lang`, which the widget reads too) comes first.
  const linked = new URLSearchParams(location.search).get('prossima-lang');
  let lang = pickLanguage(linked || widget.getAttribute('lang'), navigator.languages);
  /** @type {InstallPrompt | null} */
  let installPrompt = null;
  /** @type {HTMLDialogElement | null} */
  let dialog = null;

  const label = button.querySelector('.install-label') ?? button;
  const applyLanguage = () => {
    document.documentElement.lang = lang;
    document.documentElement.dir = directionOf(lang);
    label.textContent = HELP_TEXTS[lang].button;
  };
  const hideButton = () => {
    button.hidden = true;
    dialog?.close();
  };
  const open = () => {
    dialog?.remove();
    const shown = buildHelpDialog(lang, {
      platform: detectPlatform(navigator.userAgent),
      installPrompt,
      onPromptDone: (outcome) => {
        installPrompt = null;
        if (outcome === 'accepted') hideButton();
      },
    });
    // Back to the button that opened it (Escape, the close button, or after installing).
    shown.addEventListener('close', () => {
      if (!button.hidden) button.focus();
    });
    dialog = shown;
    document.body.append(shown);
    shown.showModal();
  };

  applyLanguage();
  button.hidden = isStandalone();
  button.addEventListener('click', open);

  // The language picked in the widget's switcher (see the note at the top of this file).
  document.addEventListener('prossima-language-change', (event) => {
    const chosen = /** @type {CustomEvent<{ lang: string }>} */ (event).detail?.lang;
    if (!chosen || !Object.hasOwn(HELP_TEXTS, chosen) || chosen === lang) return;
    lang = chosen;
    applyLanguage();
  });

  // Chrome (Android, desktop) offers its own install prompt: keep it for the "Install now" button.
  window.addEventListener('beforeinstallprompt', (event) => {
    installPrompt = /** @type {InstallPrompt} */ (/** @type {unknown} */ (event));
  });
  window.addEventListener('appinstalled', () => {
    installPrompt = null;
    hideButton();
  });
}
