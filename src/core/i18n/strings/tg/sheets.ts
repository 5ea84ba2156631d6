import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Ин ҷадвали Google-ро хондан муяссар нашуд. Агар он аз они шумо бошад, онро дар Google Sheets кушоед ва Файл → Мубодила → Нашр дар интернет-ро интихоб карда, «Нашр кардан»-ро пахш кунед.',
};
