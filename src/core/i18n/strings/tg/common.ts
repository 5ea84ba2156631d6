import type { PartTable } from '../../messages.js';

/**
 * Tajik. Nouns stay singular after a number, so every plural entry has one form; it is given as
 * both `one` and `other` because Chromium, lacking Tajik plural data, answers `one` for 1.
 * After a day number the month takes the izofa: "13 майи 2005".
 */
export const strings: PartTable<'common'> = {
  'state.loading': 'Боргирӣ…',
  'state.empty': 'Ҳоло чизе барои намоиш нест.',
  'state.error': 'Маводро боргирӣ кардан муяссар нашуд.',
  'state.retry': 'Аз нав кӯшиш кунед',
  'state.invalid': 'Дар маълумот хатоҳо ҳастанд, онҳоро намоиш додан ғайриимкон аст.',
  'state.stale': 'Нусхаи захирашуда, {date}. Шояд маълумот кӯҳна бошад.',
  'state.withdrawn': 'Ин мавод аз нашр бардошта шуд.',

  'link.newTab': '(дар варақаи нав кушода мешавад)',
  'image.show': 'Расмро нишон додан',
  'image.from': 'Расм танҳо бо дархости шумо аз {host} боргирӣ мешавад.',

  'date.day': '{day} {month} {year}',
  'date.month': '{month} {year}',
  'date.year': '{year}',
  'date.approximate': 'тахминан {date}',
  'date.range': '{start} – {end}',
  'month.1': 'январ',
  'month.2': 'феврал',
  'month.3': 'март',
  'month.4': 'апрел',
  'month.5': 'май',
  'month.6': 'июн',
  'month.7': 'июл',
  'month.8': 'август',
  'month.9': 'сентябр',
  'month.10': 'октябр',
  'month.11': 'ноябр',
  'month.12': 'декабр',
  'monthOf.1': 'январи',
  'monthOf.2': 'феврали',
  'monthOf.3': 'марти',
  'monthOf.4': 'апрели',
  'monthOf.5': 'майи',
  'monthOf.6': 'июни',
  'monthOf.7': 'июли',
  'monthOf.8': 'августи',
  'monthOf.9': 'сентябри',
  'monthOf.10': 'октябри',
  'monthOf.11': 'ноябри',
  'monthOf.12': 'декабри',
  'list.separator': ', ',
  'number.group': '\u00a0',
  'date.dayOfMonth': { other: '{count}' },
  'date.yearOrdinal': { other: '{count}' },
};
