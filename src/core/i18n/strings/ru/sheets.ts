import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Не удалось прочитать эту Google Таблицу. Если она ваша, откройте её в Google Таблицах и выберите Файл → Поделиться → Опубликовать в интернете, затем «Опубликовать».',
};
