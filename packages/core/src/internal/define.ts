import { VERSION } from './version.js';

interface VersionedConstructor extends CustomElementConstructor {
  readonly version?: string;
}

/**
 * Registers `tag` for `ctor`, safely: a second call for the same class is a no-op; when the tag already belongs
 * to another copy of the library, it warns (naming both versions) and keeps the first one. It never throws:
 * a registration the browser refuses is logged, so loading two bundles on one page cannot break the page.
 */
export function defineElement(tag: string, ctor: VersionedConstructor): CustomElementConstructor {
  const registry = globalThis.customElements;
  if (!registry) return ctor;
  const existing = registry.get(tag) as VersionedConstructor | undefined;
  if (existing) {
    if (existing !== ctor) {
      console.warn(
        `[trust-signals] <${tag}> is already defined by version ${existing.version ?? '?'}; ` +
          `this copy (${ctor.version ?? VERSION}) was not registered. Load trust-signals once.`,
      );
    }
    return existing;
  }
  try {
    registry.define(tag, ctor);
  } catch (error) {
    // An invalid tag name, or a class already registered under another tag: say so, never break the page.
    console.error(`[trust-signals] could not register <${tag}>: ${(error as Error).message}`);
  }
  return ctor;
}
