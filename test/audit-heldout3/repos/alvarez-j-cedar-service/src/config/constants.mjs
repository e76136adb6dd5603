export const FEATURE_FLAGS = {
  // Keep this list in sync with the admin settings page.
  betaDashboard: false,
  exportCsv: true,
  courseTags: true,
};

export function isEnabled(name, overrides = {}) {
  return Boolean(name in overrides ? overrides[name] : FEATURE_FLAGS[name]);
}
