import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    "Бул Google таблицасын окуу мүмкүн болгон жок. Эгер ал сиздики болсо, аны Google Sheets'те ачып, Файл → Бөлүшүү → Интернетте жарыялоо, андан кийин «Жарыялоо» баскычын тандаңыз.",
};
