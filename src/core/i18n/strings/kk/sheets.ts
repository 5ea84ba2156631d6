import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Бұл Google кестесін оқу мүмкін болмады. Егер ол сіздікі болса, оны Google Sheets-те ашып, Файл → Бөлісу → Интернетте жариялау тармағын, содан соң «Жариялау» түймесін таңдаңыз.',
};
