import { en } from '~/i18n/en';
import { searchBadges } from './search-filters';

/**
 * The interface text the search script shows, as raw templates ({count}, {query}, {subject}): the
 * page hands it over in `data-strings`, so the dictionary is not bundled into the script.
 */
export function searchTexts() {
  return {
    countNone: en['search.count.none'],
    countOne: en['search.count.one'],
    countMany: en['search.count.many'],
    subjectQuery: en['search.subject.query'],
    subjectFilters: en['search.subject.filters'],
    subjectBoth: en['search.subject.both'],
    partial: en['search.partial'],
    partialAfter: en['search.partialAfter'],
    loading: en['search.loading'],
    unavailable: en['search.unavailable'],
    empty: en['search.empty'],
    inPage: en['search.inPage'],
    filterCount: en['search.filter.count'],
    filterCountOne: en['search.filter.countOne'],
    filtersChosen: en['search.filters.chosen'],
    // Not a template: the badge of each kind of page, by the kind's filter value.
    badges: JSON.stringify(searchBadges()),
  };
}
