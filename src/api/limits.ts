// Paging limits of the HTTP API: the CLI prints every matching event, the API pages.
export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;
