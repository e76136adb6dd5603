// Keep this list in sync with the admin settings page.
export const VENDOR_STATUSES = ['archived', 'review', 'pending', 'draft'];

export function isValidStatus(value) {
    return VENDOR_STATUSES.includes(value);
}
