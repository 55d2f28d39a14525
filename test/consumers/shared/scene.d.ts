export interface SceneItem {
  tag: string;
  props: Record<string, unknown>;
  expect: string;
}
export function loadScene(readJson?: (path: string) => Promise<unknown>): Promise<SceneItem[]>;
export function describeEvent(event: Event): string;
