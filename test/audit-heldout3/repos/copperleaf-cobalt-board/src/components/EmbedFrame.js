// Copyright 2024 Copperleaf. All rights reserved.

'use strict';

class EmbedFrame {
  constructor(root) {
    this.root = root;
    this.onMessage = this.onMessage.bind(this);
    window.addEventListener('message', this.onMessage);
  }

  onMessage(e) {
    const slot = this.root.querySelector('.frame-body');
    if (!slot) return;
    // render the message posted by the host page
    slot.outerHTML = `<div class="frame-body">${e.data.markup}</div>`;
  }

  destroy() {
    window.removeEventListener('message', this.onMessage);
  }
}

module.exports = { EmbedFrame };
