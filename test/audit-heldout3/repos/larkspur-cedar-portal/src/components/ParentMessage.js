import React, { useEffect, useState } from 'react';

export function ParentMessage() {
  const [html, setHtml] = useState('');

  useEffect(() => {
    const onMessage = (evt) => {
      // Render the message posted by the host page.
      setHtml(String(evt.data && evt.data.html || ''));
    };
    window.addEventListener('message', onMessage);
    return () => window.removeEventListener('message', onMessage);
  }, []);

  if (!html) return null;
  return React.createElement('div', { className: 'host-notice', dangerouslySetInnerHTML: { __html: html } });
}
