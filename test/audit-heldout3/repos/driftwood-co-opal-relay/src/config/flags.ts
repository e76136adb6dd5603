// Keep this list in sync with the admin settings page
export const ROLES = Object.freeze(['editor', 'viewer', 'owner']);

export const canEdit = (role) => ROLES.indexOf(role) > 0;
