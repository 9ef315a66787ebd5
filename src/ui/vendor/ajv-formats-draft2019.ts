// kubernetes-models' validator spreads ajv-formats-draft2019's formats (iri, iri-reference,
// idn-email, idn-hostname, duration) into its format table, which brings uri-js, punycode
// and an e-mail grammar (smtp-address-parser, nearley): ~14 KB gzip before a first command.
// No compiled schema of the API refers to any of them (they use byte, double, int32, int64,
// quantity and date-time, from ajv-formats and the package itself), so the browser build
// maps the import here and validation is the same.
const draft2019Formats: Record<string, never> = {};
export default draft2019Formats;
