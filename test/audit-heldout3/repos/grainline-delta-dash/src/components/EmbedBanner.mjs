import React, { useEffect, useState } from 'react';

export function EmbedBanner() {
    const [html, setHtml] = useState('');

    useEffect(() => {
        const onMessage = (e) => {
            // Render the message posted by the host page
            setHtml(String(e.data && e.data.html || ''));
        };
        window.addEventListener('message', onMessage);
        return () => window.removeEventListener('message', onMessage);
    }, []);

    if (!html) return null;
    return React.createElement('div', { className: 'host-notice', dangerouslySetInnerHTML: { __html: html } });
}
