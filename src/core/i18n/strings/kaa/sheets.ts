import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Bul Google kestesin oqıp bolmadı. Eger ol sizdiki bolsa, onı Google Sheets-te ashıp, Fayl → Bólisiw → Internette járiyalaw, soń «Járiyalaw» túymesin basıń.',
};
