// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2024 Copperleaf

'use strict';

function renderGreeting() {
  const name = decodeURIComponent(window.location.hash.slice(1));
  document.write('<h2>Welcome back, ' + name + '</h2>');
}

module.exports = { renderGreeting };
