/** The categories a claim is filed under unless the settings name others: a module of its own, so that reading the settings needs none of the claim model. */
export const DEFAULT_CATEGORIES = ['casualties', 'territorial control', 'equipment', 'negotiations', 'other'] as const;
