import { VERSION } from './version.js';

interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers `tag` for `ctor`, safely: a second call for the same class is a no-op; when the tag already belongs
 * to another copy of the library, it warns (naming both versions if they differ) and keeps the first one.
 * It never throws, so loading two bundles on one page cannot break the page.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  if (!registry) return ctor;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `[trust-signals] <${tag}> is already defined by version ${existing.version ?? '?'}; this copy (${ctor.version ?? VERSION}) was not registered. Load trust-signals once.`,
      );
    }
    return existing;
  }
  registry.define(tag, ctor);
  return ctor;
}
