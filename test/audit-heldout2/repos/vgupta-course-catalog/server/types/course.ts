export type CourseId = number;

export interface Course {
  id: CourseId;
  title: string;
  level: string | null;
  seats: string | null;
  createdAt: string;
}

export interface Page<T> {
  items: T[];
  limit: number;
  offset: number;
  total?: number;
}

export type Sortable = Pick<Course, 'createdAt' | 'title'>;

export function emptyPage<T>(limit = 25): Page<T> {
  return { items: [], limit, offset: 0 };
}
