import React, { useEffect, useRef } from "react";
import DOMPurify from "dompurify";
import { marked } from "marked";

export function ProfileCard({ user }) {
  return (
    <div className="profile-card">
      <h2>{user.displayName}</h2>
      <div
        className="bio"
        // expect: CWE-79
        dangerouslySetInnerHTML={{ __html: user.bioHtml }}
      />
    </div>
  );
}

export function ProfileCardSafe({ user }) {
  return (
    <div className="profile-card">
      <h2>{user.displayName}</h2>
      <div
        className="bio"
        // ok: CWE-79
        dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(user.bioHtml) }}
      />
    </div>
  );
}

export function Greeting({ name }) {
  // ok: CWE-79
  return <p className="greeting">Welcome back, {name}!</p>;
}

export function MarkdownPreview({ source }) {
  // expect: CWE-79
  return <article className="md" dangerouslySetInnerHTML={{ __html: marked.parse(source) }} />;
}

export function MarkdownPreviewSafe({ source }) {
  // ok: CWE-79
  return <article className="md" dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked.parse(source)) }} />;
}

export function Toast({ message }) {
  const ref = useRef(null);
  useEffect(() => {
    // expect: CWE-79
    ref.current.innerHTML = message;
  }, [message]);
  return <div className="toast" ref={ref} />;
}

export function ToastSafe({ message }) {
  const ref = useRef(null);
  useEffect(() => {
    // ok: CWE-79
    ref.current.textContent = message;
  }, [message]);
  return <div className="toast" ref={ref} />;
}

export function SkeletonList({ rows = 5 }) {
  return (
    <ul className="skeleton">
      {Array.from({ length: rows }, (_, i) => (
        // ok: CWE-330
        <li key={i} style={{ width: `${60 + Math.round(Math.random() * 35)}%` }} />
      ))}
    </ul>
  );
}
