/**
 * The words of a question that say nothing of what is sought: function words and the filler of
 * a request ("where", "I need", "please", "tonight", "dove", "ho bisogno di", "أين", "мені
 * потрібен"…), in the widget's UI languages. A query leaves them out when it has other words
 * (see `scoreServices`), unless a dictionary phrase uses them ("permesso di soggiorno"). Chinese,
 * written without spaces, is cut at its dictionary words and these (see `hanPieces`).
 * Pure; folded once, when this module loads.
 */
import { normalize } from '../lib/normalize.js';

const LISTS: readonly string[] = [
  // Italian
  'a ad al alla alle ai agli allo c che chi ci come con cosa cui da dal dalla dalle dai dei del della delle dello di dove e ed gli ha hanno ho i il in io la le lo ma me mi mio mia ne nel nella nei noi o per perche perché piu più posso possiamo qua quale qual quando qui se si sono sta su sul sulla tu un una uno vorrei voglio devo serve servono bisogno trovare cerco cercare aiutatemi grazie ciao buongiorno salve oggi stasera stanotte domani subito adesso ora urgente',
  // English
  'a an the i im me my we our you your he she it they them is are am was were be been can could would should will do does did have has had need needs want wants wanna looking look find where when what which who how why to of in on at for from with by about near nearby please help get go there here this that these those and or but so if some any tonight today tomorrow now urgent urgently',
  // "free" in every list below: services rarely say it, and it would narrow the results to those
  // that do ("free lawyer" found nothing); a dictionary phrase that holds it still counts.
  'free gratis gratuito gratuita gratuiti gratuit gratuite falas безкоштовний безкоштовно безоплатно مجاني مجانا مجانی مفت muft বিনামূল্যে ফ্রি ਮੁਫ਼ਤ ਮੁਫਤ',
  // "Italy" in every language: every service of the directory is in Italy, so the word only
  // narrows the results to those whose texts happen to say it ("bring my wife to Italy").
  'italia italy italie itali italinë італія італії італію إيطاليا ايطاليا اٹلی ইতালি ইতালিতে ਇਟਲੀ 意大利',
  // French
  'je j me moi mon ma mes tu te vous nous il elle on ils le la les l un une des du de d au aux a à et ou où est sont suis ai avons avez ont pour par avec dans sur chez que qui quoi quel quelle comment ce cette ces besoin veux voudrais cherche chercher trouver faut peux svp merci bonjour soir aujourd hui maintenant urgent',
  // Spanish
  'yo me mi mis tu te usted nosotros el la los las lo un una unos unas de del al a en y o donde dónde que qué como cómo cual para por con es son estoy soy hay necesito quiero busco buscar encontrar puedo favor gracias hola hoy esta noche ahora urgente',
  // Romanian
  'eu mi meu mea am ai are avem sunt este e un o de la in în pe cu si și sau unde ce cum care pentru din al ale ma mă vreau caut gasesc găsesc trebuie pot va vă rog multumesc mulțumesc azi astazi astăzi acum urgent diseara diseară',
  // Albanian
  'une unë mua im ime jam je eshte është ka kam kemi nje një i e te të ne në per për nga me dhe ose ku cfare çfarë si cili cila dua kerkoj kërkoj gjej mund ju lutem faleminderit sot tani urgjent sonte',
  // Ukrainian
  'я мені мене мій моя ми ти ви він вона воно вони це цей ця ці є де як що хто який яка для з зі із в у на до від по про і й та або але потрібен потрібна потрібно потрібні хочу шукаю знайти можна будь ласка дякую сьогодні зараз терміново вночі',
  // Arabic
  'انا أنا لي عندي نحن انت أنت هو هي في من الى إلى على عن مع هذا هذه ذلك التي الذي ما ماذا اين أين كيف هل متى او أو و ثم اريد أريد احتاج أحتاج ابحث أبحث ممكن فضلك سمحت لو شكرا اليوم الان الآن الليلة',
  // Urdu
  'میں مجھے میرا میری میرے ہم آپ تم وہ یہ ہے ہیں تھا کا کی کے کو سے پر اور یا کہاں کیا کیسے کون کب چاہیے چاہتا چاہتی ضرورت تلاش سکتا سکتی براہ کرم شکریہ آج ابھی',
  // Bengali
  'আমি আমার আমাকে আমরা তুমি আপনি সে এটা এই ওই কি কী কোথায় কেমন কিভাবে কে কখন এবং বা ও জন্য থেকে সাথে একটি একটা দরকার চাই খুঁজছি পেতে পারি দয়া করে ধন্যবাদ আজ এখন',
  // Urdu, Hindi, Bengali and Punjabi as people write them in Latin letters
  'mujhe mera meri kahan kaha kaise kya hai hain ka ki ke ko se chahiye chahie karna karwana hoga kothay kivabe korbo pabo ami amar lagbe',
  // Chinese (Simplified): cut out of a run of characters, see `hanPieces`
  '我 我要 我想 我们 要 想 需要 哪里 哪儿 在哪 在哪里 可以 怎么 怎样 如何 的 了 吗 呢 请 今晚 今天 现在 去 找 办 办理 申请 一个 有 没有 免费',
  // Punjabi (Gurmukhi)
  'ਮੈਂ ਮੈਨੂੰ ਮੇਰਾ ਮੇਰੀ ਮੇਰੇ ਅਸੀਂ ਤੁਸੀਂ ਉਹ ਇਹ ਹੈ ਹਨ ਸੀ ਦਾ ਦੀ ਦੇ ਨੂੰ ਤੋਂ ਵਿੱਚ ਤੇ ਅਤੇ ਜਾਂ ਕਿੱਥੇ ਕੀ ਕਿਵੇਂ ਕੌਣ ਕਦੋਂ ਲੋੜ ਚਾਹੀਦਾ ਚਾਹੀਦੀ ਚਾਹੁੰਦਾ ਲੱਭ ਸਕਦਾ ਕਿਰਪਾ ਕਰਕੇ ਧੰਨਵਾਦ ਅੱਜ ਹੁਣ',
];

const STOPWORDS: ReadonlySet<string> = new Set(LISTS.flatMap((list) => list.split(' ').map(normalize)));

/** True for a folded query word that is only a function word or filler in some UI language. */
export function isStopword(key: string): boolean {
  return STOPWORDS.has(key);
}

/** The Chinese entries (runs of Han characters), for cutting a query's runs into words. */
export const HAN_STOPWORDS: readonly string[] = [...STOPWORDS].filter((word) => /^\p{Script=Han}+$/u.test(word));
