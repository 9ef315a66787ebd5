// kubernetes-models' validator imports ajv-i18n (every locale, ~120 KB) only to turn its
// errors into English sentences on `err.message`. Pod Lab reads the structured
// `err.errors` and writes kubectl's own wording, so the browser build maps ajv-i18n here.
const localize = { en(_errors: unknown): void {} };
export default localize;
