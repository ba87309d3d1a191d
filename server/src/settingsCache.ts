import type { Connection } from 'vscode-languageserver/node';
import { DEFAULT_SETTINGS, resolveSettings, type Settings } from './languageService/settings';

/**
 * Settings per document, pulled with `workspace/configuration` (section `eccAppendix`, scoped to the document)
 * and cached until the client says they changed. Clients without the configuration capability get the
 * values sent with `didChangeConfiguration`, or the defaults.
 */
export class SettingsCache {
  private readonly cache = new Map<string, Promise<Settings>>();
  private pushed: Settings = DEFAULT_SETTINGS;

  constructor(
    private readonly connection: Connection,
    private readonly canPull: () => boolean,
  ) {}

  get(uri: string): Promise<Settings> {
    if (!this.canPull()) return Promise.resolve(this.pushed);
    let hit = this.cache.get(uri);
    if (!hit) {
      hit = this.connection.workspace
        .getConfiguration({ scopeUri: uri, section: 'eccAppendix' })
        .then(resolveSettings, () => DEFAULT_SETTINGS);
      this.cache.set(uri, hit);
    }
    return hit;
  }

  /** Called on `workspace/didChangeConfiguration`; `settings` is what a push-style client sent. */
  changed(settings: unknown): void {
    this.cache.clear();
    const section = (settings as { eccAppendix?: unknown } | null)?.eccAppendix;
    if (section !== undefined) this.pushed = resolveSettings(section);
  }

  forget(uri: string): void {
    this.cache.delete(uri);
  }
}
