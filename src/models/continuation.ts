/**
 * Chat models answer a code prefix with a message, not a continuation: often inside a Markdown
 * fence, often repeating the code they were given. This recovers the part that continues the
 * prompt, so chat and completion endpoints are classified the same way.
 */
export function continuationOf(prompt: string, reply: string): string {
  let text = unfence(reply);
  const trimmedPrompt = prompt.trimEnd();
  // The whole prompt repeated, then the new code.
  if (prompt && text.startsWith(prompt)) return text.slice(prompt.length);
  if (trimmedPrompt && text.startsWith(trimmedPrompt)) return text.slice(trimmedPrompt.length);
  // Only the last lines repeated (the function signature, typically): drop the longest overlap.
  const promptLines = trimmedPrompt.split("\n");
  const replyLines = text.split("\n");
  for (let k = Math.min(promptLines.length, replyLines.length - 1); k >= 1; k--) {
    const tail = promptLines.slice(-k).map((l) => l.trimEnd());
    const head = replyLines.slice(0, k).map((l) => l.trimEnd());
    if (tail.every((l, i) => l === head[i]) && tail.join("").trim()) {
      text = replyLines.slice(k).join("\n");
      return prompt.endsWith("\n") ? text : `\n${text}`;
    }
  }
  return text;
}

/** The body of the first fenced block, if the reply has one; the reply itself otherwise. */
function unfence(reply: string): string {
  const m = /```[\w+#.-]*[^\S\n]*\n([\s\S]*?)(?:\n```|$)/.exec(reply);
  return m ? m[1]! : reply;
}
