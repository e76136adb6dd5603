export type NoteId = number;

export interface Note {
  id: NoteId;
  title: string;
  body: string | null;
  pinned: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  total?: number;
}

export type Sortable = Pick<Note, "createdAt" | "title">;

export function emptyPage<T>(limit = 25): Page<T> {
  return { items: [], limit, offset: 0 };
}
