import type { PartTable } from '../../messages.js';

export const strings: PartTable<'sheets'> = {
  'state.sheet':
    'Impossible de lire cette feuille Google Sheets. Si elle est à vous, ouvrez-la dans Google Sheets et choisissez Fichier → Partager → Publier sur le Web, puis Publier.',
};
