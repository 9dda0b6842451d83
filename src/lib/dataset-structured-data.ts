import type { DataDownload, Dataset, Organization, WithContext } from 'schema-dts';

/** A downloadable file of a dataset. */
export interface DatasetFile {
  /** What the file holds, e.g. "Innovation plans (CSV)". */
  name: string;
  /** Absolute URL of the file. */
  url: string;
  /** MIME type, e.g. `text/csv`. */
  mediaType: string;
}

/** What a Dataset's JSON-LD says, all of it known to the caller: nothing here reads a clock or the network. */
export interface DatasetDescription {
  name: string;
  description: string;
  /** Absolute URL of the page that documents the dataset. */
  url: string;
  /** URL of the licence, e.g. https://creativecommons.org/licenses/by/4.0/. */
  license: string;
  /** Language of the data, as a BCP 47 tag. */
  inLanguage: string;
  /** Who makes and publishes it: the site, as it names itself, and its home page. */
  publisher: { name: string; url: string };
  files: readonly DatasetFile[];
}

/** A schema.org `Dataset` (JSON-LD) for a page that offers data files, each a `DataDownload`. */
export function datasetStructuredData(dataset: DatasetDescription): WithContext<Dataset> {
  const publisher: Organization = { '@type': 'Organization', name: dataset.publisher.name, url: dataset.publisher.url };
  const distribution: DataDownload[] = dataset.files.map((file) => ({
    '@type': 'DataDownload',
    name: file.name,
    contentUrl: file.url,
    encodingFormat: file.mediaType,
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: dataset.name,
    description: dataset.description,
    url: dataset.url,
    license: dataset.license,
    inLanguage: dataset.inLanguage,
    isAccessibleForFree: true,
    creator: publisher,
    publisher,
    distribution,
  };
}
