export type Locale = 'en' | 'he' | 'ar';

interface Messages {
  title: string;
  placeholder: string;
  left: (n: number) => string;
}

export const MESSAGES: Record<Locale, Messages> = {
  en: { title: 'todos', placeholder: 'What needs doing?', left: (n) => `${n} ${n === 1 ? 'item' : 'items'} left` },
  he: { title: 'משימות', placeholder: 'מה צריך לעשות?', left: (n) => (n === 1 ? 'נשארה משימה אחת' : `נשארו ${n} משימות`) },
  ar: { title: 'المهام', placeholder: 'ما الذي يجب فعله؟', left: (n) => (n === 1 ? 'تبقّت مهمة واحدة' : `تبقّى ${n} مهام`) },
};

export const RTL_LOCALES: ReadonlySet<Locale> = new Set(['he', 'ar']);

export function direction(locale: Locale): 'rtl' | 'ltr' {
  return RTL_LOCALES.has(locale) ? 'rtl' : 'ltr';
}
