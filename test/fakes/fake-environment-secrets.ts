import sodium from 'libsodium-wrappers'

export interface FakeSecretsOptions {
  /** The token allowed to write the environments' secrets; GitHub refuses any other (403). */
  token: string
  /** The repository's environments; another answers 404. */
  environments: string[]
  /** Secrets already set, by `environment/name`, with when each was last replaced. */
  existing?: Record<string, { updatedAt: string }>
}

type Answer = { status: number; body: unknown }

const ROUTE = /^\/environments\/([^/]+)\/secrets\/([^/]+)$/

/**
 * GitHub's environment secrets: the public key of each environment, and secrets that arrive
 * sealed with it, opened here as only GitHub can, so that a test reads what was stored.
 */
export class FakeEnvironmentSecrets {
  readonly #options: FakeSecretsOptions
  readonly #keys = new Map<
    string,
    { id: string; pair: { publicKey: Uint8Array; privateKey: Uint8Array } }
  >()
  /** What each secret now holds, by `environment/name`: opened from the sealed box. */
  readonly values = new Map<string, string>()
  readonly #updated = new Map<string, string>()

  constructor(options: FakeSecretsOptions) {
    this.#options = options
    for (const [key, { updatedAt }] of Object.entries(options.existing ?? {}))
      this.#updated.set(key, updatedAt)
  }

  static async ready(): Promise<void> {
    await sodium.ready
  }

  /** The answer to a request on the repository's `/environments/…` routes; undefined for others. */
  handle(
    method: string,
    route: string,
    authorization: string | undefined,
    body: unknown,
  ): Answer | undefined {
    const found = ROUTE.exec(route)
    if (!found) return undefined
    const [, environment = '', name = ''] = found.map(decodeURIComponent)
    if (
      authorization !== `token ${this.#options.token}` &&
      authorization !== `Bearer ${this.#options.token}`
    )
      return { status: 403, body: { message: 'Resource not accessible by integration' } }
    if (!this.#options.environments.includes(environment))
      return { status: 404, body: { message: 'Not Found' } }
    if (name === 'public-key' && method === 'GET') {
      const key = this.#keyOf(environment)
      const publicKey = sodium.to_base64(key.pair.publicKey, sodium.base64_variants.ORIGINAL)
      return { status: 200, body: { key_id: key.id, key: publicKey } }
    }
    const id = `${environment}/${name}`
    if (method === 'GET') {
      const updatedAt = this.#updated.get(id)
      if (!updatedAt) return { status: 404, body: { message: 'Not Found' } }
      return { status: 200, body: { name, created_at: updatedAt, updated_at: updatedAt } }
    }
    if (method === 'PUT') return this.#put(environment, id, body)
    return { status: 404, body: { message: 'Not Found' } }
  }

  #put(environment: string, id: string, body: unknown): Answer {
    const { encrypted_value: sealed, key_id: keyId } = (body ?? {}) as Record<string, unknown>
    const key = this.#keyOf(environment)
    if (typeof sealed !== 'string' || keyId !== key.id)
      return {
        status: 422,
        body: { message: 'Bad request: encrypted_value and key_id are required' },
      }
    const opened = sodium.crypto_box_seal_open(
      sodium.from_base64(sealed, sodium.base64_variants.ORIGINAL),
      key.pair.publicKey,
      key.pair.privateKey,
    )
    const existed = this.values.has(id) || this.#updated.has(id)
    this.values.set(id, sodium.to_string(opened))
    this.#updated.set(id, new Date().toISOString())
    return { status: existed ? 204 : 201, body: undefined }
  }

  #keyOf(environment: string): {
    id: string
    pair: { publicKey: Uint8Array; privateKey: Uint8Array }
  } {
    const known = this.#keys.get(environment)
    if (known) return known
    const { publicKey, privateKey } = sodium.crypto_box_keypair()
    const key = { id: `${5_000_000 + this.#keys.size}`, pair: { publicKey, privateKey } }
    this.#keys.set(environment, key)
    return key
  }
}
