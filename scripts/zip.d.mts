export interface ZipEntry {
  name: string;
  data: Buffer | string;
}
export function zip(entries: ZipEntry[], options?: { modified?: Date }): Buffer;
export function unzip(archive: Buffer): Array<{ name: string; data: Buffer }>;
