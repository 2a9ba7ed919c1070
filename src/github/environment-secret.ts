import type { Octokit } from './pull-request.js'

/** Where a secret lives: one environment of one repository. */
export interface EnvironmentSecretRef {
  owner: string
  repo: string
  environment: string
  name: string
}

/**
 * Stores `value` as the environment's secret: GitHub takes it sealed with the environment's
 * public key (libsodium's sealed box), so that only GitHub can open it. The token needs to be
 * allowed to write the environment's secrets (a GitHub App's or a fine-grained token); the
 * workflow's own GITHUB_TOKEN never is.
 */
export async function storeEnvironmentSecret(
  client: Octokit,
  ref: EnvironmentSecretRef,
  value: string,
): Promise<void> {
  const where = routeOf(ref)
  const { data: key } = await client.request(
    'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key',
    where,
  )
  await client.request(
    'PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}',
    {
      ...where,
      secret_name: ref.name,
      encrypted_value: await sealFor(key.key, value),
      key_id: key.key_id,
    },
  )
}

/** When the secret was last replaced, if the token may read that; undefined when it may not. */
export async function secretUpdatedAt(
  client: Octokit,
  ref: EnvironmentSecretRef,
): Promise<string | undefined> {
  try {
    const { data } = await client.request(
      'GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}',
      { ...routeOf(ref), secret_name: ref.name },
    )
    return data.updated_at
  } catch {
    return undefined
  }
}

/** The environment's part of the secrets routes. */
function routeOf(ref: EnvironmentSecretRef) {
  return { owner: ref.owner, repo: ref.repo, environment_name: ref.environment }
}

/**
 * `value` sealed for the holder of the base64 public key, base64 again, as GitHub's secrets API
 * takes it. libsodium is loaded only here: most runs never seal anything, and it is large.
 */
export async function sealFor(publicKey: string, value: string): Promise<string> {
  const { default: sodium } = await import('libsodium-wrappers')
  await sodium.ready
  const { ORIGINAL } = sodium.base64_variants
  const sealed = sodium.crypto_box_seal(
    sodium.from_string(value),
    sodium.from_base64(publicKey, ORIGINAL),
  )
  return sodium.to_base64(sealed, ORIGINAL)
}
