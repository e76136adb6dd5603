// Labelled cases for CWE-79 in React components.
import React from "react";
import DOMPurify from "dompurify";
import { marked } from "marked";

export function Comment({ comment }) {
  return (
    <div className="comment">
      {/* expect: CWE-79 */}
      <div dangerouslySetInnerHTML={{ __html: comment.html }} />
      {/* ok: CWE-79 */}
      <div>{comment.text}</div>
    </div>
  );
}

export function Markdown({ source }) {
  // expect: CWE-79
  return <article dangerouslySetInnerHTML={{ __html: marked(source) }} />;
}

export function SafeMarkdown({ source }) {
  // ok: CWE-79
  return <article dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(marked(source)) }} />;
}

export function Logo() {
  // ok: CWE-79
  return <span dangerouslySetInnerHTML={{ __html: "<svg viewBox='0 0 10 10'><circle r='4'/></svg>" }} />;
}

export function Preview({ title }) {
  const markup = {
    // expect: CWE-79
    __html: `<h2>${title}</h2>`,
  };
  return React.createElement("div", { dangerouslySetInnerHTML: markup });
}
