/**
 * Every piece of interface text on the site, in one flat dictionary with dotted keys.
 * Content (titles, stories) lives in content/; this is only the site's own voice.
 */
export const en = {
  'site.name': 'Learning Route Attapeu',
  'site.tagline': 'Pro-poor public–private partnerships in Attapeu, Lao PDR',
  'site.description':
    'Case studies, lessons and innovation plans from the 2013 Learning Route on pro-poor public–private partnerships in Attapeu, Lao PDR, with related experiences from Oudomxay and Paksong.',

  'a11y.skipLink': 'Skip to content',
  'a11y.mainNav': 'Main',
  'a11y.breadcrumbs': 'Breadcrumbs',
  'a11y.toc': 'On this page',
  'a11y.pager': 'More in this section',
  'a11y.footerNav': 'Site',

  'nav.home': 'Home',
  'nav.route': 'The route',
  'nav.search': 'Search',
  'nav.about': 'About this site',

  'search.label': 'Search the site',
  'search.landmark.site': 'Site search',
  'search.landmark.again': 'Search again',
  'search.placeholder': 'e.g. asparagus, Dakseum, PPP',
  'search.submit': 'Search',
  'search.title': 'Search',
  'search.intro': 'Search every case study, lesson, plan and partner. Variant spellings of place names are included.',
  'search.noScript': 'Search needs JavaScript. Every page can also be reached from the navigation.',
  'search.loading': 'Searching…',
  'search.noResults': 'No pages match “{query}”. Try another spelling or a shorter word.',
  'search.resultCount': '{count} pages match “{query}”.',
  'search.resultCountOne': '1 page matches “{query}”.',
  'search.unavailable': 'Search could not start. Every page can also be reached from the navigation.',
  'search.type.overview': 'Overview pages',
  'search.more': 'Show more results',
  'search.empty': 'Type a word and press Enter.',

  'page.sources': 'Sources',
  'page.sourcesIntro': 'This page is written from these documents:',
  'page.toc': 'On this page',
  'page.previous': 'Previous',
  'page.next': 'Next',
  'page.relatedPages': 'Related pages',

  'fact.type': 'Type',
  'fact.level': 'Level',
  'fact.date': 'Date',

  'experience.kind.programme': 'Programme',
  'experience.kind.producer-group': 'Producer group',
  'experience.product': 'Product',
  'experience.since': 'Since',
  'experience.members': 'Members',
  'experience.ethnicGroup': 'People',
  'experience.province': 'Province',
  'experience.places': 'Where',
  'experience.sectors': 'Works on',
  'experience.organisations': 'Partners',
  'experience.facts': 'At a glance',
  'experience.unknown': 'not stated in the sources',

  'lesson.level.community': 'Community level',
  'lesson.level.private-sector': 'Private sector',
  'lesson.level.public-sector': 'Public sector',
  'lesson.level.shared': 'Sharing risks and benefits',
  'lesson.drawsOn': 'Drawn from these host experiences',

  'plan.rank': 'Rank',
  'plan.rank.1': '1st position',
  'plan.rank.2': '2nd position',
  'plan.rank.3': '3rd position',
  'plan.organisation': 'Designed by participants from',
  'plan.undocumented': 'The sources do not name the other {count}.',
  'plan.moreOnRoute': 'How the plans were judged',
  'plan.totals': '{total} plans were designed; {ranked} were ranked in the competition and are described here.',

  'related.code': 'Project code',
  'related.when': 'When',
  'related.figures': 'Reported figures',
  'related.figuresCaption': 'Figures as reported by the source, grouped by theme.',
  'related.figure.value': 'Number',
  'related.figure.unit': 'Counted',
  'related.figure.label': 'What',

  'journal.feed': 'Follow the journal in a feed reader (RSS)',

  'organisation.type.producer-group': 'Producer group',
  'organisation.type.cooperative': 'Cooperative',
  'organisation.type.government': 'Government body',
  'organisation.type.programme': 'Programme or project',
  'organisation.type.international-organisation': 'International organisation',
  'organisation.type.development-organisation': 'Development organisation',
  'organisation.type.private-company': 'Private company',
  'organisation.type.association': 'Association',
  'organisation.type.foreign-government': 'Foreign government',
  'organisation.shortName': 'Short name',

  'place.kind.country': 'Country',
  'place.kind.region': 'Region',
  'place.kind.province': 'Province',
  'place.kind.district': 'District',
  'place.kind.village': 'Village',
  'place.variants': 'Also written',
  'place.laoName': 'In Lao script',
  'place.laoSource': 'Lao spelling from',
  'place.partOf': 'Part of',

  'source.kind.primary': 'Primary source',
  'source.kind.reference': 'Reference',
  'source.publisher': 'Published by',
  'source.published': 'Date',
  'source.url': 'Address given by the document',

  'route.dates': 'Dates',
  'route.planned': 'Planned',
  'route.held': 'Held',
  'route.days': '{count} days',
  'route.datesDisagree': 'The invitation and the closing report give different dates; both are shown.',

  'province.attapeu': 'Attapeu',
  'province.champasak': 'Champasak',
  'province.oudomxay': 'Oudomxay',
  'province.sayaboury': 'Sayaboury',

  'sector.asparagus': 'Organic asparagus',
  'sector.natural-dyes': 'Natural dyes and weaving',
  'sector.coffee': 'Coffee',
  'sector.tea': 'Tea',
  'sector.banana': 'Bananas',
  'sector.pigs': 'Pig raising',
  'sector.cardamom': 'Cardamom',
  'sector.food-security': 'Food security',
  'sector.alternative-livelihoods': 'Alternative livelihoods',
  'sector.cooperatives': 'Cooperatives',
  'sector.rural-development': 'Rural development',

  'collection.experiences': 'Case studies',
  'collection.lessons': 'Lessons',
  'collection.plans': 'Innovation plans',
  'collection.related': 'Related experiences',
  'collection.journal': 'Journal',
  'collection.organisations': 'Partners',
  'collection.places': 'Places',
  'collection.sources': 'Sources',
  'collection.pages': 'Pages',
  'collection.glossary': 'Glossary',

  'index.experiences.intro':
    'Three producer groups in Sanxay district and RLIP, the programme behind them, which works in three districts of Attapeu, hosted the Learning Route.',
  'index.lessons.intro':
    'What participants said they would take home: lessons for the community, the private sector and the public sector, and on sharing risks and benefits.',
  'index.plans.intro':
    'Participants drew up eleven plans of practical actions for their own communities; these are the six that were ranked and named.',
  'index.related.intro':
    'Two experiences elsewhere in Lao PDR, outside the route: a UNODC/UNIDO project in Oudomxay and a 2023 ILO training in Paksong.',
  'index.journal.intro': 'Dated moments that the sources record, newest first.',
  'index.organisations.intro': 'Every organisation the sources name, with the pages that mention it.',
  'index.places.intro': 'Every place the sources name, with the spellings readers may meet.',
  'index.sources.intro': 'The documents this site is written from. Every page lists the ones it draws on.',
  'index.glossary.intro':
    'Terms and acronyms used in the sources. Expansions are given only where a source gives them.',

  'home.lede':
    'In 2013, farmers and staff of IFAD-supported programmes and projects, from several regions of Lao PDR, travelled through Attapeu province to learn how poor rural communities, government and private companies can work together.',
  'home.startRoute': 'Read about the route',
  'home.where': 'Where it happened',
  'home.caseStudies': 'Host experiences',
  'home.lessons': 'Lessons learned',
  'home.plans': 'Winning innovation plans',
  'home.related': 'Related experiences',
  'home.journal': 'From the journal',
  'home.allCaseStudies': 'All case studies',
  'home.allPlans': 'All innovation plans',

  'glossary.expansion': 'Stands for',

  'notFound.title': 'Page not found',
  'notFound.body': 'There is no page at this address. It may have moved, or the link may contain a typo.',
  'notFound.searchHint': 'Search for what you were looking for, or start from the home page.',

  'footer.licence': 'Text on this site: CC BY 4.0. Code: MIT.',
  'footer.sourcesNote':
    'Written from five public documents: three by PROCASUR, a UNODC/UNIDO project page and an Our.COOP news item on an ILO training.',
  'footer.about': 'About this site',

  'share.heading': 'Share or cite this page',
  'share.email': 'Send this page by e-mail',
  'share.citeAs': 'Cite as:',
  'share.citation': '“{title}”, {site}, {url} (text licensed CC BY 4.0).',

  'notes.heading': 'Notes',
  'notes.back': 'Back to the text ({n})',

  'figure.fullSize': 'View full size',
  'figure.fullSizeLabel': 'Full-size photograph: {alt}',
  'figure.close': 'Close',

  'aside.note': 'Note',
  'aside.gap': 'What the sources do not say',
  'aside.disagreement': 'Where the sources disagree',

  'map.alt.province': 'Locator map of Lao PDR: {province} province highlighted',
  'map.alt.borders': ', bordering {countries}',
  'map.alt.town': '; a dot marks {town}, seat of {district} district',
  'map.alt.end': '.',
  'map.note.village': 'The exact position of {village} village is not known.',
  'map.note.villages': 'The exact positions of {villages} villages are not known.',
  'map.note.district': 'The map does not mark {district} district.',
  'map.note.districts': 'The map does not mark {districts} districts.',
  'map.legend.town': 'Dot: {town}, seat of {district} district.',
  'map.credit.naturalEarth': 'Made with Natural Earth.',
  'map.credit.xaisomboun':
    'Natural Earth still counts Xaisomboun, a province since 2013, as part of Vientiane province.',
  'map.credit.geonames': 'District seat: GeoNames, geonames.org, CC BY 4.0.',
  'map.country.CHN': 'China',
  'map.country.KHM': 'Cambodia',
  'map.country.MMR': 'Myanmar',
  'map.country.THA': 'Thailand',
  'map.country.VNM': 'Viet Nam',
} as const;

export type UiKey = keyof typeof en;
