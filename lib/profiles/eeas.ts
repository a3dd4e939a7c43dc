import type { SiteProfile } from './types';

export const eeas: SiteProfile = {
  id: 'eeas',
  domains: ['eeas.europa.eu'],
  siteName: 'Phái đoàn Liên minh châu Âu (EEAS)',
  aliases: ['EEAS', 'European External Action Service'],
  layouts: [
    {
      name: 'drupal-8',
      title: ['h1.node__title', 'h1.page-header', 'h1'],
      body: ['.node__content .field--name-body', '.field--name-body'],
      date: ['.node__meta time', '.field--name-field-date', 'time'],
      remove: ['.field--name-field-unique-id', '.language-switcher', '.field--name-field-tags', '.block-language'],
    },
    // Drupal 7 press releases (2016-2021): "Hanoi, 01/12/2020 - 14:08, UNIQUE ID: ..." above the body.
    {
      name: 'drupal-7',
      title: ['h1.page-header', 'h1'],
      body: ['article.node .field-name-body', '.field-name-body'],
      date: ['.field-name-field-eeas-place-and-date .date-display-single', '.date-display-single'],
      remove: [
        '.field-name-field-eeas-place-and-date',
        '.field-name-field-press-material-type',
        '.field-name-field-tags',
        '.language-switcher-locale-url',
      ],
    },
  ],
};
