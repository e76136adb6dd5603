export function scheduleFromQuery() {
  const params = new URLSearchParams(location.search);
  const action = params.get('then');
  if (action) setTimeout(action, 1500);
}
