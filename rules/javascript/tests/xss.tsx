// Typed React components and a Next.js page, labelled for CWE-79.
import DOMPurify from "isomorphic-dompurify";
import type { GetServerSideProps } from "next";
import { useEffect, useRef } from "react";

type Post = { id: string; title: string; bodyHtml: string };

export default function PostPage({ post }: { post: Post }) {
  return (
    <main>
      {/* ok: CWE-79 */}
      <h1>{post.title}</h1>
      {/* expect: CWE-79 */}
      <article dangerouslySetInnerHTML={{ __html: post.bodyHtml }} />
      {/* ok: CWE-79 */}
      <aside dangerouslySetInnerHTML={{ __html: DOMPurify.sanitize(post.bodyHtml) }} />
    </main>
  );
}

export function Highlight({ query, text }: { query: string; text: string }) {
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (!ref.current) return;
    // expect: CWE-79
    ref.current.innerHTML = text.replace(query, `<mark>${query}</mark>`);
  }, [query, text]);
  return <p ref={ref} />;
}

export function Counter({ count }: { count: number }) {
  const ref = useRef<HTMLSpanElement>(null);
  useEffect(() => {
    // ok: CWE-79
    if (ref.current) ref.current.textContent = String(count);
  }, [count]);
  return <span ref={ref} />;
}

export const getServerSideProps: GetServerSideProps = async ({ params }) => {
  const res = await fetch(`https://cms.example.com/posts/${params?.id}`);
  return { props: { post: (await res.json()) as Post } };
};
