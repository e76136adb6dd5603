export type ArticleId = number;

export interface Article {
    id: ArticleId;
    title: string;
    slug: string | null;
    author: string | null;
    createdAt: string;
}

export interface Page<T> {
    items: T[];
    limit: number;
    offset: number;
    total?: number;
}

export type Sortable = Pick<Article, 'createdAt' | 'title'>;

export function emptyPage<T>(limit = 25): Page<T> {
    return { items: [], limit, offset: 0 };
}
