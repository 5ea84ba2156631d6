import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Bu Google tablisasyny okap bolmady. Eger ol siziňki bolsa, ony Google Sheets-de açyň we Faýl → Paýlaşmak → Internetde çap etmek, soňra «Çap etmek» düwmesini saýlaň.',
};
