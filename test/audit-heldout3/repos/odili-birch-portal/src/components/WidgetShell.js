// SPDX-License-Identifier: MPL-2.0
// Copyright (c) 2019 Mara Vondrak

export class WidgetShell {
  constructor(root) {
    this.root = root;
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }

  onMessage(e) {
    const slot = this.root.querySelector('.frame-body');
    if (!slot) return;
    // Render the message posted by the host page
    slot.outerHTML = `<div class="frame-body">${e.data.markup}</div>`;
  }

  destroy() {
    window.removeEventListener('message', this.onMessage);
  }
}
