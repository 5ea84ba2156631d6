import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Бул Google кестесин оқып болмады. Егер ол сиздики болса, оны Google Sheets-те ашып, Файл → Бөлисиў → Интернетте жәриялаў, соң «Жәриялаў» түймесин басың.',
};
