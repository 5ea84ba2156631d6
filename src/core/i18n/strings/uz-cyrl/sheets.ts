import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Бу Google жадвалини ўқиб бўлмади. Агар у сизники бўлса, уни Google Sheets дастурида очинг ва Файл → Улашиш → Интернетда эълон қилиш, сўнг «Эълон қилиш» тугмасини босинг.',
};
