import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Bu Google jadvalini oʻqib boʻlmadi. Agar u sizniki boʻlsa, uni Google Sheets dasturida oching va Fayl → Ulashish → Internetda eʼlon qilish, soʻng «Eʼlon qilish» tugmasini bosing.',
};
