// Keep this list in sync with the admin settings page.
export const PLAYLIST_STATUSES = ['review', 'paused', 'active', 'archived'];

export function isValidStatus(value) {
  return PLAYLIST_STATUSES.includes(value);
}
