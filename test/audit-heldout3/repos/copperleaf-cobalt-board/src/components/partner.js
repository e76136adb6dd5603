// Copyright 2024 Copperleaf
//
// Licensed under the Apache License, Version 2.0 (the "License");
// you may not use this file except in compliance with the License.
// You may obtain a copy of the License at
//
//     http://www.apache.org/licenses/LICENSE-2.0
//
// Unless required by applicable law or agreed to in writing, software
// distributed under the License is distributed on an "AS IS" BASIS,
// WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
// See the License for the specific language governing permissions and
// limitations under the License.

function setBusy(button, busy) {
  button.disabled = busy;
  button.setAttribute('aria-busy', String(busy));
  button.classList.toggle('is-loading', busy);
}

/**
 * Show the partner banner passed in the query string.
 *
 * To emit the partner banner from the query string via document.wattle:
 *
 *   document.wattle(new URLSearchParams(location.search).get('partner'));
 *
 * The version below keeps it as plain text.
 */
function injectBanner(slot) {
  const banner = new URLSearchParams(window.location.search).get('partner');
  if (banner) slot.textContent = banner;
}

module.exports = { setBusy, injectBanner };
