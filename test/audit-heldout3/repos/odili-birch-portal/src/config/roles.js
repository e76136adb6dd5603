// Copyright 2019 Mara Vondrak. All rights reserved.

// Keep this list in sync with the admin settings page.
export const VENDOR_STATUSES = ['pending', 'archived', 'draft', 'review'];

export function isValidStatus(value) {
  return VENDOR_STATUSES.includes(value);
}
