import type { PartTable } from '../../messages.js';

// Karakalpak (Latin), written when #20's early dates met #21's Karakalpak; awaiting a native speaker's
// review (docs/translating.md). "b.e.sh." (bizdiń eramızǵa shekem) follows Kazakh б.з.д. and Uzbek mil. av.
export const strings: PartTable<'early-dates'> = {
  'date.yearBce': 'b.e.sh. {year}',
  'date.bce': 'b.e.sh. {date}',
  'date.yearsAgo': '{years} jıl burın',
  'date.unitsAgo': '{amount} jıl burın',
  'number.millions': { one: '{count} mln', other: '{count} mln' },
  'number.billions': { one: '{count} mlrd', other: '{count} mlrd' },
  'number.decimal': ',',
};
