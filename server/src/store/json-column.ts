/** JSON columns are text on both engines, so that SQLite and PostgreSQL hand back the same values. */
export const toJson = (value: unknown): string => JSON.stringify(value);

export const fromJson = <T>(text: string): T => JSON.parse(text) as T;

export const toFlag = (value: boolean): number => (value ? 1 : 0);

export const fromFlag = (value: number): boolean => value === 1;
