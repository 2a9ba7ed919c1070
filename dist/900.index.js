export const id = 900;
export const ids = [900];
export const modules = {

/***/ 7423:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ actionContext),
  T: () => (/* binding */ gitHubOf)
});

// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/context/run-context.ts

/** The real clock and timers; the caller says where log lines and progress go. */
function runContext(parts = {}) {
    const signal = parts.signal ?? new AbortController().signal;
    return {
        now: parts.now ?? Date.now,
        // A pause ends early when the run is cancelled, so that what is unfinished is recorded in time.
        sleep: parts.sleep ?? ((ms) => (0,promises_.setTimeout)(ms, undefined, { signal }).catch(() => { })),
        signal,
        log: parts.log ?? (() => { }),
        warn: parts.warn ?? parts.log ?? (() => { }),
        progress: parts.progress ?? (() => { }),
    };
}

// EXTERNAL MODULE: ./src/github/repository.ts
var repository = __webpack_require__(651);
;// CONCATENATED MODULE: ./src/action/setup.ts


/** The runner's log as the use cases' run context. */
function actionContext(out, signal, progress) {
    return runContext({
        log: (message) => out.info(message),
        warn: (message) => out.warning(message),
        ...(signal ? { signal } : {}),
        ...(progress ? { progress } : {}),
    });
}
/** The repository the workflow runs in, through github-token; null without one. */
function gitHubOf(setup, branch) {
    return (0,repository/* gitHubRepository */.W)({
        token: setup.inputs.githubToken,
        apiUrl: setup.env.GITHUB_API_URL,
        fullName: setup.env.GITHUB_REPOSITORY,
        branch,
        redact: setup.redactor.redact,
    });
}


/***/ }),

/***/ 1380:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  UZ: () => (/* binding */ appOnlySignIn),
  B0: () => (/* binding */ hasSignIn),
  DZ: () => (/* binding */ lazySignIn),
  $t: () => (/* binding */ partnerCenterFromInputs)
});

// UNUSED EXPORTS: signInFromInputs

// EXTERNAL MODULE: ./node_modules/@azure/msal-node/dist/index.mjs + 115 modules
var dist = __webpack_require__(2669);
// EXTERNAL MODULE: ./src/findings/redact.ts
var findings_redact = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/partner-center/errors.ts
var errors = __webpack_require__(4193);
// EXTERNAL MODULE: ./src/findings/error-words.ts
var error_words = __webpack_require__(6564);
;// CONCATENATED MODULE: ./src/auth/auth-error.ts

/** A sign-in problem: says what to configure, never a secret. */
class AuthError extends error_words/* TextError */.WK {
    name = 'AuthError';
}

// EXTERNAL MODULE: ./src/auth/cloud.ts
var cloud = __webpack_require__(2839);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
;// CONCATENATED MODULE: ./src/auth/credential.ts



const FEDERATION_AUDIENCE = 'api://AzureADTokenExchange';
/** The credential is chosen by what is given: a client secret, else a certificate, else workload identity. */
function signInMode(options) {
    return options.clientSecret
        ? 'client-secret'
        : options.clientCertificate
            ? 'client-certificate'
            : 'workload-identity';
}
/** The credential part of MSAL's `auth` configuration. */
function credential(mode, options) {
    const { settings } = options;
    if (mode === 'client-secret')
        return { clientSecret: options.clientSecret };
    if (mode === 'client-certificate')
        return { clientCertificate: certificateOf(options.clientCertificate, settings) };
    const getIdToken = options.getIdToken;
    if (!getIdToken) {
        const { clientSecret, clientCertificate, withoutSecret } = settings;
        throw new AuthError(withoutSecret
            ? (0,text_of/* text */.Q)('error.signIn.noCredentialOr', { clientSecret, clientCertificate, withoutSecret })
            : (0,text_of/* text */.Q)('error.signIn.noCredential', { clientSecret, clientCertificate }));
    }
    return {
        clientAssertion: async () => {
            const token = await getIdToken(FEDERATION_AUDIENCE);
            options.maskSecret(token);
            return token;
        },
    };
}
/** MSAL wants the thumbprint and the key apart; a partner has one PEM file with both. */
function certificateOf(pem, settings) {
    const certificate = /-----BEGIN CERTIFICATE-----[\s\S]+?-----END CERTIFICATE-----/.exec(pem)?.[0];
    if (!certificate)
        throw new AuthError((0,text_of/* text */.Q)('error.signIn.noCertificate', { setting: settings.clientCertificate }));
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)(pem).export({ type: 'pkcs8', format: 'pem' }).toString();
    }
    catch {
        throw new AuthError((0,text_of/* text */.Q)('error.signIn.noPrivateKey', { setting: settings.clientCertificate }));
    }
    const raw = new external_node_crypto_.X509Certificate(certificate).raw;
    return {
        thumbprintSha256: (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex'),
        privateKey,
        x5c: certificate,
    };
}

;// CONCATENATED MODULE: ./src/auth/shared-token.ts
const EXPIRY_MARGIN_MS = 5 * 60_000;
/**
 * MSAL caches client-credential tokens but redeems a refresh token on every call: keep the
 * token ourselves until shortly before it expires, or until a 401 asks for a new one. Callers
 * that ask at once (customers registered in parallel) share one request.
 */
function sharedToken(acquire) {
    let cached;
    let inFlight;
    return async ({ forceRefresh = false } = {}) => {
        if (cached && !forceRefresh && cached.expiresAt - EXPIRY_MARGIN_MS > Date.now())
            return cached.token;
        if (!inFlight || forceRefresh) {
            const request = acquire()
                .then((fresh) => {
                cached = fresh;
                return fresh.token;
            })
                .finally(() => {
                if (inFlight === request)
                    inFlight = undefined;
            });
            inFlight = request;
        }
        return inFlight;
    };
}

// EXTERNAL MODULE: ./src/partner-center/untrusted-certificate.ts
var untrusted_certificate = __webpack_require__(8832);
;// CONCATENATED MODULE: ./src/auth/sign-in-failure.ts




/** MSAL's codes for a request that got no answer. */
const NO_ANSWER = new Set(['endpoints_resolution_error', 'network_error']);
const PROBE_TIMEOUT_MS = 10_000;
/**
 * The AuthError for what MSAL threw. MSAL keeps no cause of a network failure (its error says
 * `endpoints_resolution_error` or `network_error`, and `fetch failed` at most), so after one the
 * discovery document is fetched once more, to learn whether the certificate was not trusted.
 */
async function signInFailure(error, context) {
    if (error instanceof AuthError)
        return error;
    const redact = context.redact ?? findings_redact/* redactShapes */.YA;
    // MSAL's error, kept as the cause, holds Entra's words too.
    return (0,findings_redact/* redactError */.ki)(await explain((0,findings_redact/* redactError */.ki)(error, redact), context), redact);
}
async function explain(error, context) {
    const e = error;
    const credentials = credentialsUsed(context);
    const failed = (reason, cause) => new AuthError((0,text_of/* text */.Q)('error.signIn.failed', { credentials, reason }), { cause });
    if (e.errorCode && NO_ANSWER.has(e.errorCode)) {
        const discovery = `${context.authority}/v2.0/.well-known/openid-configuration`;
        const probe = await probeDiscovery(discovery);
        if (probe.untrusted)
            return failed((0,untrusted_certificate/* untrustedCertificateMessage */.r)(new URL(discovery).host, probe.untrusted), probe.error);
        if (e.errorCode === 'endpoints_resolution_error' && probe.problem) {
            const { tenantId, authorityHost } = context.settings;
            const reason = { discovery, problem: probe.problem, tenantId, authorityHost };
            return failed((0,text_of/* text */.Q)('error.signIn.discovery', reason), error);
        }
    }
    // MSAL's messages name the failing request, not the secret; keep the first line only. They
    // are Entra's words (or MSAL's), quoted as they came.
    const code = e.errorCode ? `${e.errorCode}: ` : '';
    const said = (e.errorMessage ?? e.message ?? String(error)).split('\n')[0];
    return failed((0,text_of/* text */.Q)('verbatim', { words: `${code}${said}` }), error);
}
/** `client-secret and refresh-token (App+User)`, in the caller's names. */
function credentialsUsed({ mode, appUser, settings }) {
    if (mode === 'device-code')
        return (0,text_of/* text */.Q)('error.signIn.deviceCode');
    const credential = mode === 'client-secret'
        ? settings.clientSecret
        : mode === 'client-certificate'
            ? settings.clientCertificate
            : mode;
    return appUser
        ? (0,text_of/* text */.Q)('error.signIn.appUser', { credential, refreshToken: settings.refreshToken })
        : (0,text_of/* text */.Q)('verbatim', { words: credential });
}
/**
 * What one plain GET of the discovery document says: the code of an untrusted certificate, or
 * the problem (a status, Entra's error, a network code); neither when it was served.
 */
async function probeDiscovery(url) {
    try {
        const response = await fetch(url, { signal: AbortSignal.timeout(PROBE_TIMEOUT_MS) });
        if (response.ok) {
            await response.body?.cancel();
            return {};
        }
        const body = (await response.json().catch(() => undefined));
        const description = typeof body?.error_description === 'string' ? body.error_description.split('\n')[0] : '';
        return { problem: `HTTP ${response.status}${description ? `: ${description}` : ''}` };
    }
    catch (error) {
        const untrusted = (0,untrusted_certificate/* untrustedCertificateCode */.L)(error);
        if (untrusted)
            return { untrusted, error };
        // fetch says `fetch failed`; its cause says why (ECONNREFUSED, ENOTFOUND, …).
        const cause = error.cause;
        const why = typeof cause?.code === 'string' ? cause.code : cause?.message;
        return { problem: typeof why === 'string' ? why : String(error) };
    }
}

// EXTERNAL MODULE: ./src/auth/setting-names.ts
var setting_names = __webpack_require__(3783);
;// CONCATENATED MODULE: ./src/auth/token-provider.ts












const DEFAULT_AUTHORITY_HOST = cloud/* GLOBAL_CLOUD */.O4.authorityHost;
/**
 * The only code that speaks to MSAL. The credential is chosen by what is given: a client secret,
 * else a client certificate, else GitHub's workload identity (no stored secret); a refresh token
 * on top makes it App+User.
 */
function createSignIn(given) {
    const redactor = given.redactor ?? (0,findings_redact/* createRedactor */.lY)();
    const learn = learner(given.maskSecret, redactor);
    const options = { ...given, maskSecret: learn };
    for (const secret of [options.clientSecret, options.clientCertificate, options.refreshToken]) {
        if (secret)
            learn(secret);
    }
    const { settings } = options;
    const host = (0,errors/* checkBaseUrl */.xd)(options.authorityHost ?? DEFAULT_AUTHORITY_HOST, settings.authorityHost);
    const mode = signInMode(options);
    const authority = `${host.origin}/${options.tenantId}`;
    const app = msalApp(options, mode, authority, host.host);
    const appUser = Boolean(options.refreshToken);
    const scopes = (0,cloud/* partnerCenterScopes */.Xj)(options.partnerCenterUrl);
    let renewed;
    const acquire = async (user) => {
        try {
            const result = user && options.refreshToken
                ? await app.acquireTokenByRefreshToken({
                    refreshToken: options.refreshToken,
                    scopes: [scopes.user],
                    forceCache: false,
                })
                : await app.acquireTokenByClientCredential({ scopes: [scopes.app], skipCache: true });
            const token = result?.accessToken;
            if (!token)
                throw new AuthError((0,text_of/* text */.Q)('error.signIn.noAccessToken'));
            learn(token);
            // The refresh token Entra hands back in exchange, and the ID token: in MSAL's cache.
            const cache = app.getTokenCache().serialize();
            for (const secret of cachedSecrets(cache))
                learn(secret);
            if (user)
                renewed = cachedSecrets(cache, 'RefreshToken').find((t) => t !== options.refreshToken);
            return { token, expiresAt: result.expiresOn?.getTime() ?? Date.now() + 60 * 60_000 };
        }
        catch (error) {
            throw await signInFailure(error, {
                mode,
                appUser: user,
                authority,
                settings,
                redact: redactor.redact,
            });
        }
    };
    // App-only for every call; App+User only where Partner Center requires it (creating a batch).
    const getToken = sharedToken(() => acquire(false));
    return {
        mode,
        appUser,
        getToken,
        getUserToken: appUser ? sharedToken(() => acquire(true)) : getToken,
        renewedRefreshToken: () => renewed,
    };
}
function msalApp(options, mode, authority, host) {
    return new dist/* ConfidentialClientApplication */.WR({
        auth: {
            clientId: options.clientId,
            authority,
            // A sovereign cloud, the sandbox or a test: MSAL reads the discovery document from this host.
            knownAuthorities: [host],
            ...credential(mode, options),
        },
        system: { loggerOptions: QUIET_LOGGER },
    });
}
/** MSAL says nothing: its errors reach the caller, and its log could hold personal data. */
const QUIET_LOGGER = {
    logLevel: dist/* LogLevel */.$b.Error,
    piiLoggingEnabled: false,
    loggerCallback: () => { },
};
/** Masks each secret in the runner's log and tells it to the Redactor, each once. */
function learner(mask, redactor) {
    const learnt = new Set();
    return (secret) => {
        if (learnt.has(secret))
            return;
        learnt.add(secret);
        mask(secret);
        redactor.add(secret);
    };
}
/** Every token in MSAL's serialized cache: access, refresh and ID tokens alike, or of one kind. */
function cachedSecrets(serialized, only) {
    let cache;
    try {
        cache = JSON.parse(serialized);
    }
    catch {
        return [];
    }
    const kinds = only ? [only] : ['AccessToken', 'RefreshToken', 'IdToken'];
    return kinds.flatMap((kind) => Object.values(cache[kind] ?? {}).flatMap((entry) => typeof entry?.secret === 'string' ? [entry.secret] : []));
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
;// CONCATENATED MODULE: ./src/partner-center/attempt.ts
/** One attempt: the response, or why none came (refused, reset, timed out, a certificate not trusted). */
async function attempt_attempt(fetcher, call) {
    try {
        const response = await fetcher(call.url, {
            method: call.method,
            headers: {
                ...call.headers,
                Authorization: `Bearer ${call.token}`,
                Accept: 'application/json',
                'MS-RequestId': call.requestId,
                'MS-CorrelationId': call.correlationId,
                'MS-PartnerCenter-Application': `autopilot-gitops/${call.version}`,
                // Partner Center's own words (descriptions, errors) come in English, which the records
                // keep and the error catalogue reads.
                'X-Locale': 'en-US',
                ...(call.body === undefined ? {} : { 'Content-Type': 'application/json' }),
            },
            ...(call.body === undefined ? {} : { body: JSON.stringify(call.body) }),
            signal: AbortSignal.timeout(call.timeoutMs),
        });
        return { response };
    }
    catch (failure) {
        return { failure };
    }
}

;// CONCATENATED MODULE: ./src/partner-center/continuation.ts
/**
 * The token of the page after this one: the body's `continuationToken` (documented for devices),
 * the `MS-ContinuationToken` header of `links.next` (the generic collection, reference §1.5), or
 * else the response header, unless it is only the token sent, echoed (Partner Center echoes its
 * MS- headers). Undefined when nothing names a next page.
 */
function nextPageToken(page, inHeader, sent) {
    const fromLink = page.links?.next?.headers?.find((h) => h.key.toLowerCase() === 'ms-continuationtoken')?.value;
    const inBody = page.continuationToken || fromLink || undefined;
    return inBody ?? (inHeader !== sent ? inHeader : undefined);
}
/**
 * Where `links.next` says the next page is: its `uri` (relative to /v1, with a query such as
 * `seekOperation=Next`), when it names one under the same collection. Anything else (another
 * host, another collection) is not followed: the token then goes to the path asked before.
 */
function nextPagePath(page, path) {
    const uri = page.links?.next?.uri;
    if (!uri?.startsWith('/') || uri.startsWith('//'))
        return path;
    const relative = uri.replace(/^\/v1(?=\/)/i, '');
    const [where = ''] = relative.split('?');
    return where.toLowerCase() === path.split('?')[0]?.toLowerCase() ? relative : path;
}

;// CONCATENATED MODULE: ./src/partner-center/device-upload.ts
/** Empty fields are left out: Partner Center reads the combination of the ones present. */
function clean(device) {
    return Object.fromEntries(Object.entries(device).filter(([, v]) => typeof v === 'string' && v !== ''));
}

;// CONCATENATED MODULE: ./src/partner-center/retry.ts

const DEFAULT_RETRY_POLICY = {
    maxAttempts: 6,
    baseDelayMs: 1000,
    maxDelayMs: 60_000,
    deadlineMs: 5 * 60_000,
};
/** Statuses a retry can cure: timeouts, throttling and the server's own trouble. */
function isRetryableStatus(status) {
    return status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);
}
/**
 * Whether and when to try again. Pure: `random` (0 to 1) is the jitter, so tests assert exact
 * delays. 429 honours Retry-After; 408, 5xx and network errors back off exponentially with
 * jitter; other 4xx, and a certificate this process does not trust, are final.
 */
function decideRetry(outcome, policy, random) {
    const { status } = outcome;
    if (outcome.untrustedCertificate)
        return { retry: false, reason: (0,text_of/* text */.Q)('error.retry.certificate') };
    if (status !== undefined && !isRetryableStatus(status))
        return { retry: false, reason: (0,text_of/* text */.Q)('error.retry.status', { status: String(status) }) };
    if (outcome.attempt >= policy.maxAttempts)
        return { retry: false, reason: (0,text_of/* text */.Q)('error.retry.attempts', { attempts: outcome.attempt }) };
    const told = parseRetryAfter(outcome.retryAfter, outcome.now);
    const backoff = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (outcome.attempt - 1));
    // Full jitter on the upper half: spread clients out, never retry at once.
    const delayMs = told ?? Math.round(backoff / 2 + (backoff / 2) * random);
    if (outcome.elapsedMs + delayMs > policy.deadlineMs) {
        const seconds = Math.round(policy.deadlineMs / 1000);
        return { retry: false, reason: (0,text_of/* text */.Q)('error.retry.deadline', { seconds }) };
    }
    return { retry: true, delayMs };
}
/** Retry-After in milliseconds, from seconds or an HTTP date; undefined when absent or unreadable. */
function parseRetryAfter(value, now) {
    if (value === null || value === undefined || value.trim() === '')
        return undefined;
    const trimmed = value.trim();
    if (/^\d+$/.test(trimmed))
        return Number(trimmed) * 1000;
    const date = Date.parse(trimmed);
    return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

// EXTERNAL MODULE: ./src/partner-center/schemas.ts
var schemas = __webpack_require__(276);
;// CONCATENATED MODULE: ./src/partner-center/tracking-id.ts
/**
 * The tracking id of an accepted upload. The conceptual docs and the SDK read it from the
 * `Location` header (relative and without /v1: `/customers/{cid}/batchJobStatus/{trackingId}`);
 * the REST reference says the status link "is returned in the response body", in a shape nobody
 * has shown (reference §2 and §13 item 5). So: the header first; then any string in the body that
 * is such a link (a bare string, a Link's `uri`, a `location` field, at any depth); then a
 * `batchTrackingId` or `trackingId` field. Undefined when none is there.
 */
function trackingIdOf(location, body) {
    if (location?.trim())
        return lastSegment(location);
    return linkIn(body, 0) ?? idIn(body);
}
const STATUS_LINK = /\/batchJobStatus\/([^/?#\s]+)/i;
const ID_FIELDS = new Set(['batchtrackingid', 'trackingid']);
function lastSegment(link) {
    const id = link.trim().split(/[?#]/)[0]?.split('/').filter(Boolean).at(-1);
    return id ? decodeURIComponent(id) : undefined;
}
function linkIn(value, depth) {
    if (typeof value === 'string') {
        const id = STATUS_LINK.exec(value)?.[1];
        return id ? decodeURIComponent(id) : undefined;
    }
    // A status answer is small; the depth bound only guards against a pathological body.
    if (value === null || typeof value !== 'object' || depth > 5)
        return undefined;
    for (const inner of Object.values(value)) {
        const id = linkIn(inner, depth + 1);
        if (id)
            return id;
    }
    return undefined;
}
function idIn(value) {
    if (value === null || typeof value !== 'object' || Array.isArray(value))
        return undefined;
    for (const [key, inner] of Object.entries(value)) {
        if (ID_FIELDS.has(key.trim().toLowerCase()) && typeof inner === 'string' && inner.trim())
            return inner.trim();
    }
    return undefined;
}

;// CONCATENATED MODULE: ./src/partner-center/client.ts











const MAX_CHUNK = 1000;
/** The device-batch operations of the Partner Center REST API (reference §2), with retries. */
class PartnerCenterClient {
    correlationId;
    base;
    options;
    chunkSize;
    constructor(options) {
        this.base = (0,errors/* checkBaseUrl */.xd)(options.baseUrl, 'partner-center-url').toString().replace(/\/+$/, '');
        this.chunkSize = Math.min(options.chunkSize ?? MAX_CHUNK, MAX_CHUNK);
        this.options = {
            retry: DEFAULT_RETRY_POLICY,
            requestTimeoutMs: 100_000,
            fetch: globalThis.fetch,
            now: Date.now,
            sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
            random: Math.random,
            redact: findings_redact/* redactShapes */.YA,
            ...options,
        };
        this.correlationId = (0,external_node_crypto_.randomUUID)();
    }
    /**
     * Obtains a token (MSAL keeps it for the calls that follow): a run signs in before it writes
     * anything about uploads, so that a refused sign-in leaves no record of an upload never sent.
     */
    async signIn() {
        await this.options.tokens.getToken();
    }
    /** Obtains the App+User token, which creating a batch takes: a preflight's check of it. */
    async signInAsUser() {
        await (this.options.tokens.getUserToken ?? this.options.tokens.getToken)();
    }
    /** Every batch of the customer, following a continuation token should this list ever be paged. */
    async listDeviceBatches(customerId) {
        return this.listAll(`/customers/${id(customerId)}/deviceBatches`, schemas/* DeviceBatchCollectionSchema */.mh);
    }
    /** Every device of a batch, page by page (100 a page, `MS-ContinuationToken`). */
    async listBatchDevices(customerId, batchId) {
        return this.listAll(`/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices`, schemas/* DeviceCollectionSchema */.u4);
    }
    /**
     * A collection, page after page. The next page's token comes in the body's `continuationToken`
     * (documented for devices), in the `MS-ContinuationToken` header of `links.next` (the generic
     * collection, reference §1.5) or as a response header; it goes back as the request header, to
     * the `uri` of `links.next` when it gives one (with its `seekOperation=Next`). Only the token is
     * taken from the link's headers: nothing Partner Center says replaces our own.
     */
    async listAll(path, schema) {
        const items = [];
        const seen = new Set();
        let token;
        let at = path;
        for (;;) {
            const headers = token ? { 'MS-ContinuationToken': token } : {};
            const page = await this.read('GET', at, schema, { headers });
            items.push(...page.data.items);
            const inHeader = page.response.headers.get('ms-continuationtoken') ?? undefined;
            token = nextPageToken(page.data, inHeader, token);
            at = nextPagePath(page.data, path);
            // An empty page is the end, whatever it says.
            if (!token || page.data.items.length === 0)
                return items;
            if (seen.has(token)) {
                // A server that hands back a token it already gave would keep us here for ever.
                throw new errors/* PartnerCenterError */.q3((0,text_of/* text */.Q)('error.partnerCenter.repeatedToken', { path, items: items.length }), this.context('GET', path, page.response));
            }
            seen.add(token);
        }
    }
    /** Creates the batch with its first devices (App+User only, as documented). Returns the tracking id. */
    async createDeviceBatch(customerId, batchId, devices, requestId) {
        const body = { batchId, devices: devices.map(clean) };
        const path = `/customers/${id(customerId)}/deviceBatches`;
        return this.upload('POST', path, body, requestId, true);
    }
    /** Adds devices to an existing batch. Returns the tracking id. */
    async addDevices(customerId, batchId, devices, requestId) {
        return this.upload('POST', `/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices`, devices.map(clean), requestId);
    }
    /** Each device's description is Partner Center's words, which a record keeps: redacted first. */
    async getUploadStatus(customerId, trackingId) {
        const path = `/customers/${id(customerId)}/batchJobStatus/${id(trackingId)}`;
        const { data } = await this.read('GET', path, schemas/* BatchUploadDetailsSchema */.fS);
        return (0,findings_redact/* redactValues */.se)(data, this.options.redact);
    }
    async deleteDevice(customerId, batchId, deviceId) {
        await this.send('DELETE', `/customers/${id(customerId)}/deviceBatches/${id(batchId)}/devices/${id(deviceId)}`);
    }
    /**
     * `requestId`: the MS-RequestId to send, Partner Center's idempotency key; the caller keeps one
     * when it must be able to send the same upload again after a crash. Otherwise a new one.
     */
    async upload(method, path, body, requestId, asUser = false) {
        const init = { body, asUser, ...(requestId ? { requestId } : {}) };
        const response = await this.send(method, path, init);
        const trackingId = trackingIdOf(response.headers.get('location'), (0,schemas/* tryParseBody */.Zy)(await response.text()));
        if (trackingId)
            return trackingId;
        throw new errors/* PartnerCenterError */.q3((0,text_of/* text */.Q)('error.partnerCenter.noTracking', { method, path, status: String(response.status) }), this.context(method, path, response));
    }
    /** What a PartnerCenterError about an answered call carries. */
    context(method, path, response) {
        return {
            method,
            path,
            status: response.status,
            requestId: response.headers.get('ms-requestid') ?? '',
            correlationId: this.correlationId,
        };
    }
    async read(method, path, schema, init = {}) {
        const response = await this.send(method, path, init);
        const body = await response.text();
        const parsed = schema.safeParse((0,schemas/* tryParseBody */.Zy)(body));
        if (parsed.success)
            return { data: parsed.data, response };
        const issue = parsed.error.issues[0]?.message ?? '';
        throw new errors/* PartnerCenterError */.q3((0,text_of/* text */.Q)('error.partnerCenter.unexpectedBody', { method, path, issue }), this.context(method, path, response));
    }
    /**
     * One logical call: the same MS-RequestId on every attempt (Partner Center's idempotency key),
     * retries as decideRetry says, one token refresh on a 401.
     */
    async send(method, path, init = {}) {
        const { now, sleep, random, retry } = this.options;
        const requestId = init.requestId ?? (0,external_node_crypto_.randomUUID)();
        const started = now();
        let forceRefresh = false;
        for (let attempt = 1;; attempt++) {
            const { tokens } = this.options;
            const token = await (init.asUser && tokens.getUserToken
                ? tokens.getUserToken({ forceRefresh })
                : tokens.getToken({ forceRefresh }));
            const { response, failure } = await attempt_attempt(this.options.fetch, {
                url: `${this.base}/v1${path}`,
                method,
                token,
                requestId,
                correlationId: this.correlationId,
                version: this.options.version,
                timeoutMs: this.options.requestTimeoutMs,
                ...(init.body === undefined ? {} : { body: init.body }),
                ...(init.headers ? { headers: init.headers } : {}),
            });
            if (response?.ok)
                return response;
            if (response?.status === 401 && !forceRefresh) {
                // A token can expire between two calls of a long run: refresh it once, then believe the 401.
                await response.body?.cancel();
                forceRefresh = true;
                attempt--;
                continue;
            }
            const text = response ? await response.text() : '';
            const outcome = {
                attempt,
                ...(response
                    ? { status: response.status, retryAfter: response.headers.get('retry-after') }
                    : {}),
                ...((0,untrusted_certificate/* untrustedCertificateCode */.L)(failure) ? { untrustedCertificate: true } : {}),
                elapsedMs: now() - started,
                now: now(),
            };
            const decision = decideRetry(outcome, retry, random());
            if (decision.retry) {
                await sleep(decision.delayMs);
                continue;
            }
            throw (0,errors/* failedCall */.mG)({
                method,
                path,
                host: new URL(this.base).host,
                requestId,
                response,
                text,
                failure,
                reason: decision.reason,
                correlationId: this.correlationId,
                redact: this.options.redact,
            });
        }
    }
}
function id(value) {
    return encodeURIComponent(value);
}

;// CONCATENATED MODULE: ./src/partner-center/connect.ts


/**
 * The client over a sign-in, as the action and the CLI both make it: the run's redaction, its
 * clock, and the settings they read from inputs or flags alike.
 */
function connectPartnerCenter(tokens, settings, redact, context) {
    const client = new PartnerCenterClient({
        redact,
        baseUrl: settings.partnerCenterUrl,
        tokens,
        version: version/* VERSION */.x,
        chunkSize: settings.chunkSize,
        now: context.now,
        sleep: context.sleep,
    });
    return { client, appUser: tokens.appUser };
}

;// CONCATENATED MODULE: ./src/action/sign-in.ts



/**
 * Sign-in from the inputs; secrets were masked when the inputs were read. Each token it obtains
 * is masked in the log and told to the run's Redactor.
 */
function signInFromInputs({ inputs, env, redactor, out, }) {
    if (!inputs.tenantId || !inputs.clientId) {
        throw (0,error_words/* textError */.MZ)('error.setup.needsSignIn');
    }
    return createSignIn({
        tenantId: inputs.tenantId,
        clientId: inputs.clientId,
        clientSecret: inputs.clientSecret,
        clientCertificate: inputs.clientCertificate,
        refreshToken: inputs.refreshToken,
        authorityHost: inputs.authorityHost,
        partnerCenterUrl: inputs.partnerCenterUrl,
        // Without id-token: write the runner gives no token URL: leave the mode out, so the error says why.
        getIdToken: env.ACTIONS_ID_TOKEN_REQUEST_URL
            ? (audience) => out.idToken(audience)
            : undefined,
        maskSecret: (value) => out.mask(value),
        redactor,
        settings: setting_names/* ACTION_SETTING_NAMES */.x,
    });
}
/** Whether the inputs name an app registration to sign in with. */
function hasSignIn(inputs) {
    return Boolean(inputs.tenantId && inputs.clientId);
}
/** The run's one sign-in, made when first asked for: by the use case, or by the renewal after it. */
function lazySignIn(setup) {
    let made;
    return () => {
        made ??= signInFromInputs(setup);
        return made;
    };
}
/** The same, never App+User: the read-only commands redeem no refresh token, configured or not. */
function appOnlySignIn(setup) {
    return lazySignIn({ ...setup, inputs: { ...setup.inputs, refreshToken: undefined } });
}
/** Partner Center as the inputs name it, signed in only when a use case first needs it. */
function partnerCenterFromInputs(setup, context, signIn) {
    const { inputs, redactor } = setup;
    return () => connectPartnerCenter(signIn(), inputs, redactor.redact, context);
}


/***/ }),

/***/ 2538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Fg: () => (/* binding */ tagsOf),
/* harmony export */   Sm: () => (/* binding */ GUID),
/* harmony export */   tB: () => (/* binding */ MANAGED_DESKTOP_GROUP_TAGS),
/* harmony export */   yK: () => (/* binding */ CustomerFileSchema)
/* harmony export */ });
/* unused harmony exports DEFAULT_GROUP_TAG, customerJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2716);

/** Group tags Microsoft Managed Desktop accepts, to the letter (autopilot-csv.md §5). */
const MANAGED_DESKTOP_GROUP_TAGS = [
    'Microsoft365Managed_Autopilot',
    'Microsoft365Managed_Standard',
    'Microsoft365Managed_Standard-Shared',
    'Microsoft365Managed_SensitiveData',
    'Microsoft365Managed_SensitiveData-Shared',
    'Microsoft365Managed_PowerUser',
    'Microsoft365Managed_Kiosk',
    'Microsoft365Managed_Kiosk-Shared',
];
const DEFAULT_GROUP_TAG = 'Microsoft365Managed_Autopilot';
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** `customers/<slug>/customer.yml`. Pure: cross-field rules live in read-customer.ts. */
const CustomerFileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().trim().min(1).describe("The customer's display name, for reports."),
    customerId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(GUID)
        .describe("Partner Center customer id, which is the customer's Microsoft Entra tenant id (a GUID)."),
    groupTag: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .default(DEFAULT_GROUP_TAG)
        .describe(`Name of the Partner Center device batch, which becomes the devices' Autopilot group tag. For Managed Desktop customers exactly one of: ${MANAGED_DESKTOP_GROUP_TAGS.join(', ')}.`),
    groupTags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe("More group tags the customer uses besides groupTag, each its own device batch. A device takes its tag from its row's Group Tag column, else from the folder devices/<group tag>/ its file sits in, else groupTag."),
    managedDesktop: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .describe('Whether the customer is a Microsoft Managed Desktop customer; if so the group tag must be a Managed Desktop tag.'),
})
    .describe('An autopilot-gitops customer: who the devices in devices/ are registered for.');
/** Every group tag of a customer, its default (groupTag) first, each once. */
function tagsOf(customer) {
    return [...new Set([customer.groupTag, ...(customer.groupTags ?? [])])];
}
/** The JSON Schema editors use to check customer.yml; `npm run schema` writes it to schema/. */
function customerJsonSchema() {
    return {
        $id: 'https://github.com/autopilot-gitops/autopilot-gitops/schema/customer.schema.json',
        title: 'autopilot-gitops customer.yml',
        ...z.toJSONSchema(CustomerFileSchema, { io: 'input' }),
        // The cross-field rule of read-customer.ts, so that editors flag a wrong tag too.
        if: { properties: { managedDesktop: { const: false } }, required: ['managedDesktop'] },
        else: {
            properties: {
                groupTag: { enum: [...MANAGED_DESKTOP_GROUP_TAGS] },
                groupTags: { items: { enum: [...MANAGED_DESKTOP_GROUP_TAGS] } },
            },
        },
    };
}


/***/ }),

/***/ 3251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ nearestTag),
/* harmony export */   P: () => (/* binding */ groupTagProblem),
/* harmony export */   ik: () => (/* binding */ squashTag)
/* harmony export */ });
/* harmony import */ var _findings_shorten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1459);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8807);
/* harmony import */ var _customer_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2538);



/** A Managed Desktop group tag must match one of Microsoft's tags exactly; near misses are named. */
function groupTagProblem(tag, managedDesktop) {
    if (!managedDesktop || _customer_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGED_DESKTOP_GROUP_TAGS */ .tB.includes(tag)) {
        return undefined;
    }
    const near = nearestTag(tag, _customer_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGED_DESKTOP_GROUP_TAGS */ .tB);
    const tags = _customer_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGED_DESKTOP_GROUP_TAGS */ .tB.map((t) => `\`${t}\``).join(', ');
    return {
        message: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Q)('repo.groupTag.notManaged', { tag: (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .m)(tag, 40), near }),
        hint: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Q)('repo.groupTag.notManagedHint', { tags }),
        ...(near ? { near } : {}),
    };
}
/** Case and punctuation aside, the same tag: how a folder or a cell meant as a tag is told apart. */
const squashTag = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** The candidate a tag was most likely meant to be, if one is near enough. */
function nearestTag(tag, candidates) {
    const squash = squashTag;
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = squash(candidate) === squash(tag)
            ? 0
            : editDistance(candidate.toLowerCase(), tag.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= 4 ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 7356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* binding */ errorAsText),
/* harmony export */   OQ: () => (/* binding */ sayInTurn),
/* harmony export */   Sz: () => (/* binding */ oneAfterAnother)
/* harmony export */ });
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8807);
/* harmony import */ var _error_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5178);
/* harmony import */ var _error_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);



/**
 * Several reasons as one Text, said one after the other (`a; b; c` in English): a message cannot
 * hold an array of Texts other than as a list (`a, b and c`), and reasons have always been told
 * apart by semicolons. Undefined for none.
 */
function oneAfterAnother(texts) {
    const [first, ...rest] = texts;
    if (!first)
        return undefined;
    return rest.reduce((all, then) => (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Q)('repo.reasons.both', { first: all, then }), first);
}
/** Several reasons in the words of one language, one after the other; '' for none. */
function sayInTurn(say, texts) {
    const all = oneAfterAnother(texts);
    return all ? say.text(all) : '';
}
/**
 * What went wrong as a Text: the error's own Text when it is one of ours (a TextError), else its
 * words quoted as they are in every language (Node's, a library's, Partner Center's).
 */
function errorAsText(error) {
    return (0,_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(error) ?? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Q)('verbatim', { words: (0,_error_message_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error) });
}


/***/ }),

/***/ 2524:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   LX: () => (/* binding */ createGitHubClient),
/* harmony export */   c2: () => (/* binding */ statusOf),
/* harmony export */   cq: () => (/* binding */ listPullRequestFiles),
/* harmony export */   oC: () => (/* binding */ findStickyComment),
/* harmony export */   qD: () => (/* binding */ upsertStickyComment)
/* harmony export */ });
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7598);
/* harmony import */ var node_crypto__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_crypto__WEBPACK_IMPORTED_MODULE_0__);
/* harmony import */ var _actions_github__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2413);
/* harmony import */ var _findings_redact_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6169);



/**
 * The only code that speaks to the GitHub REST API: at `apiUrl` (GITHUB_API_URL, which a GitHub
 * Enterprise Server runner sets), else at api.github.com. Every error it throws has been
 * redacted first, message, response and all: a GitHub (or a proxy) that echoes the request would
 * otherwise put the token into a summary, a comment or a record's reason.
 */
function createGitHubClient(token, apiUrl, redact = _findings_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactShapes */ .YA) {
    const client = _actions_github__WEBPACK_IMPORTED_MODULE_1__/* .getOctokit */ .Q(token, apiUrl ? { baseUrl: apiUrl } : {});
    client.hook.error('request', (error) => {
        throw (0,_findings_redact_js__WEBPACK_IMPORTED_MODULE_2__/* .redactError */ .ki)(error, redact);
    });
    return client;
}
const STATUS = {
    added: 'added',
    removed: 'removed',
    modified: 'modified',
    renamed: 'renamed',
    copied: 'added',
    changed: 'modified',
    unchanged: 'modified',
};
/** Every file of the pull request, page by page (GitHub lists at most 3,000). */
async function listPullRequestFiles(client, pr) {
    const files = await client.paginate(client.rest.pulls.listFiles, {
        owner: pr.owner,
        repo: pr.repo,
        pull_number: pr.number,
        per_page: 100,
    });
    return files.map((f) => ({
        path: f.filename,
        status: STATUS[f.status] ?? 'modified',
        ...(f.previous_filename ? { previousPath: f.previous_filename } : {}),
        ...(f.patch === undefined ? {} : { patch: f.patch }),
    }));
}
/**
 * One sticky comment per pull request: created once, updated in place, left alone when its
 * content is the same (found by findStickyComment). The marker carries
 * a digest of the content without the link to the run, which changes on every push.
 */
async function upsertStickyComment(client, pr, marker, body, content) {
    const ours = await findStickyComment(client, pr, marker);
    const stamped = `${marker}\n<!-- content ${(0,node_crypto__WEBPACK_IMPORTED_MODULE_0__.createHash)('sha256').update(content).digest('hex')} -->\n${body}`;
    if (!ours) {
        await client.rest.issues.createComment({
            owner: pr.owner,
            repo: pr.repo,
            issue_number: pr.number,
            body: stamped,
        });
        return 'created';
    }
    if (ours.body?.split('\n')[1] === stamped.split('\n')[1])
        return 'unchanged';
    await client.rest.issues.updateComment({
        owner: pr.owner,
        repo: pr.repo,
        comment_id: ours.id,
        body: stamped,
    });
    return 'updated';
}
/**
 * Our sticky comment on a pull request: the marker at the start of a comment written by a bot (the
 * workflow's token), so that a person who pastes the marker does not capture it.
 */
async function findStickyComment(client, pr, marker) {
    const comments = await client.paginate(client.rest.issues.listComments, {
        owner: pr.owner,
        repo: pr.repo,
        issue_number: pr.number,
        per_page: 100,
    });
    return comments.find((c) => c.user?.type === 'Bot' && c.body?.startsWith(marker));
}
/** The HTTP status of a failed GitHub call, when it has one. */
function statusOf(error) {
    const status = error?.status;
    return typeof status === 'number' ? status : undefined;
}


/***/ }),

/***/ 651:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   W: () => (/* binding */ gitHubRepository)
/* harmony export */ });
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);

/** Built once at the entry: null without a token or outside a workflow (no GITHUB_REPOSITORY). */
function gitHubRepository(options) {
    const [owner, repo, ...rest] = (options.fullName ?? '').split('/');
    if (!options.token || !owner || !repo || rest.length > 0)
        return null;
    const client = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .createGitHubClient */ .LX)(options.token, options.apiUrl, options.redact);
    return { client, owner, repo, branch: options.branch ?? '' };
}


/***/ }),

/***/ 8823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IN: () => (/* binding */ foldRecords),
  zN: () => (/* binding */ isRegistered),
  Lv: () => (/* binding */ latestPosition),
  TE: () => (/* binding */ lookUp),
  MV: () => (/* binding */ parseRecordBytes),
  VB: () => (/* binding */ recordParser)
});

// UNUSED EXPORTS: parseRecord, stateOf

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 8 modules
var schemas = __webpack_require__(2716);
// EXTERNAL MODULE: ./src/findings/error-message.ts
var error_message = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/ledger/ledger-device.ts
var ledger_device = __webpack_require__(1763);
;// CONCATENATED MODULE: ./src/ledger/json-bytes.ts
// The bytes of JSON's structure, for the record readers that find a record's devices without
// parsing it whole (record-json.ts over all of it, record-pieces.ts a piece at a time).
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** The name of the array the readers look for, as bytes. */
const DEVICES = [...'devices'].map((c) => c.charCodeAt(0));
/** JSON's whitespace: space, tab, line feed, carriage return. */
function isBlank(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

;// CONCATENATED MODULE: ./src/ledger/record-json.ts

/**
 * A registration record's JSON, read from its bytes as `JSON.parse(bytes.toString('utf8'))` reads
 * it, except that each element of the top-level `devices` array is decoded and parsed on its own
 * and handed to `each`, whose result takes its place. A record of 150,000 devices was 54 MB of
 * text and some 55 MB of parsed devices, all held at once beside the ledger devices they became;
 * this way the text never exists, and each parsed device is let go as soon as it is turned into
 * what it becomes. Bytes of any other shape (no such array, a key with an escape at the top, JSON
 * that does not parse) are parsed whole, so that the result, or the error, is JSON.parse's own;
 * a top-level `devices` array they hold is then handed over element by element all the same.
 */
function parseRecordJson(bytes, each) {
    const cuts = deviceCuts(bytes);
    if (!cuts)
        return parseWhole(bytes, each);
    const open = cuts[0];
    const close = cuts.at(-1);
    let head;
    try {
        head = JSON.parse(`${bytes.toString('utf8', 0, open)}[]${bytes.toString('utf8', close + 1)}`);
    }
    catch {
        return parseWhole(bytes, each);
    }
    const devices = [];
    // `[ ]` holds no element; `[,]` and `[1,]` hold an empty one, which does not parse.
    const empty = cuts.length === 2 && record_json_isBlank(bytes, open + 1, close);
    for (let i = 0; !empty && i < cuts.length - 1; i++) {
        let element;
        try {
            element = JSON.parse(bytes.toString('utf8', cuts[i] + 1, cuts[i + 1]));
        }
        catch {
            return parseWhole(bytes, each);
        }
        devices.push(each(element, i, head));
    }
    head.devices = devices;
    return head;
}
function parseWhole(bytes, each) {
    const json = JSON.parse(bytes.toString('utf8'));
    const record = json;
    if (json !== null && typeof json === 'object' && Array.isArray(record.devices)) {
        record.devices = record.devices.map((element, index) => each(element, index, json));
    }
    return json;
}
/**
 * Where the top-level `devices` array opens, where each of its elements ends (its commas) and
 * where it closes; undefined when the bytes are not an object with exactly one such array, or a
 * key at the top has an escape (which could spell `devices` a second time).
 */
function deviceCuts(bytes) {
    const length = bytes.length;
    let i = skipBlank(bytes, 0);
    if (bytes[i] !== OPEN_BRACE)
        return undefined;
    let depth = 0;
    let inDevices = false;
    const cuts = [];
    for (; i < length; i++) {
        const c = bytes[i];
        if (c === QUOTE) {
            const start = i;
            i = stringEnd(bytes, i);
            if (i < 0)
                return undefined;
            if (depth !== 1)
                continue;
            let next = skipBlank(bytes, i + 1);
            if (bytes[next] !== COLON)
                continue;
            if (bytes.subarray(start, i).includes(BACKSLASH))
                return undefined;
            if (!isDevicesKey(bytes, start, i))
                continue;
            next = skipBlank(bytes, next + 1);
            if (bytes[next] !== OPEN_BRACKET || cuts.length > 0)
                return undefined;
            cuts.push(next);
            inDevices = true;
            depth = 2;
            i = next;
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            depth++;
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            depth--;
            if (inDevices && depth === 1) {
                if (c !== CLOSE_BRACKET)
                    return undefined;
                cuts.push(i);
                inDevices = false;
            }
        }
        else if (c === COMMA && inDevices && depth === 2) {
            cuts.push(i);
        }
    }
    return cuts.length >= 2 && !inDevices ? cuts : undefined;
}
/** The index of the quote that closes the string opening at `start`, or -1. */
function stringEnd(bytes, start) {
    const length = bytes.length;
    for (let i = start + 1; i < length; i++) {
        const c = bytes[i];
        if (c === QUOTE)
            return i;
        if (c === BACKSLASH)
            i++;
    }
    return -1;
}
function isDevicesKey(bytes, start, end) {
    if (end - start - 1 !== DEVICES.length)
        return false;
    return DEVICES.every((c, i) => bytes[start + 1 + i] === c);
}
function record_json_isBlank(bytes, from, to) {
    return skipBlank(bytes, from) >= to;
}
/** JSON's whitespace: space, tab, line feed, carriage return. */
function skipBlank(bytes, from) {
    let i = from;
    for (;;) {
        const c = bytes[i];
        if (!isBlank(c))
            return i;
        i++;
    }
}

;// CONCATENATED MODULE: ./src/ledger/record-pieces.ts

/**
 * parseRecordJson over a record's bytes as they are read, piece by piece: each element of the
 * top-level `devices` array is parsed and handed to `each` as soon as its last byte comes in, and
 * no piece is kept once it is used. Read whole, a record of 150,000 devices held its 54 MB of
 * bytes beside the ledger devices they became, the run's highest point. (Each piece in bytes of
 * its own did no better: a piece outlives a few young collections while it is read, so all of
 * them waited for the next full one.)
 *
 * It reads records as the registration run writes them: an object whose `devices` array comes
 * last. Bytes of any other shape (no such array, keys after it, a key with an escape before it,
 * an element that does not parse) make `push` or `end` give up, for the caller to parse the
 * bytes whole with parseRecordJson, which gives JSON.parse's own result or error.
 */
class RecordPieces {
    #each;
    #phase = 'head';
    #opened = false;
    #depth = 0;
    #inString = false;
    #escaped = false;
    /** A string at depth 1 in the head, which may be a key: whether it is `devices` so far, and
     * whether it has an escape (which could spell `devices` another way). */
    #inKey = false;
    #keyLength = 0;
    #keyIsDevices = false;
    #keyEscaped = false;
    /** Where the head stands after a string at depth 1: waiting for its colon, or for `[`. */
    #after = 'none';
    /** Bytes of the head (until `[`), then of the element being read, then of the tail. */
    #parts = [];
    #head;
    #devices = [];
    /** Whether the array holds anything but blanks so far: `[ ]` holds no element, `[,]` an empty one. */
    #commas = 0;
    constructor(each) {
        this.#each = each;
    }
    /**
     * Takes the next piece, keeping a copy of what it still needs of it (so the caller may read the
     * next one into the same bytes); false once the bytes are of a shape it does not read.
     */
    push(piece) {
        let from = 0;
        let i = 0;
        while (i < piece.length && this.#phase !== 'failed') {
            if (this.#phase === 'head') {
                if (this.#headByte(piece[i])) {
                    this.#parts.push(piece.subarray(from, i));
                    this.#openDevices();
                    from = i + 1;
                }
                i++;
            }
            else if (this.#phase === 'devices') {
                const cut = this.#nextCut(piece, i);
                if (cut < 0)
                    break;
                this.#parts.push(piece.subarray(from, cut));
                this.#element();
                from = cut + 1;
                if (piece[cut] === CLOSE_BRACKET && this.#phase === 'devices')
                    this.#phase = 'tail';
                i = cut + 1;
            }
            else
                break;
        }
        if (this.#phase === 'failed')
            return false;
        // A copy (a Buffer's slice is none): the reader reads its next piece into the same bytes.
        this.#parts.push(new Uint8Array(piece.subarray(from)));
        return true;
    }
    /** The record's JSON, or undefined when it is to be parsed whole. */
    end() {
        if (this.#phase !== 'tail' || !this.#head)
            return undefined;
        // What follows the array is only the record's closing brace.
        if (textOf(this.#parts).trim() !== '}')
            return undefined;
        this.#head.devices = this.#devices;
        return this.#head;
    }
    /** One byte of the head; true when it opens the `devices` array. */
    #headByte(c) {
        if (this.#depth === 0) {
            // Only blanks before the record's object; nothing after it closes before its devices.
            if (c === OPEN_BRACE && !this.#opened) {
                this.#depth = 1;
                this.#opened = true;
            }
            else if (!isBlank(c))
                this.#phase = 'failed';
            return false;
        }
        if (this.#inString) {
            this.#stringByte(c);
            return false;
        }
        if (this.#after !== 'none' && isBlank(c))
            return false;
        if (this.#after === 'devices-key') {
            if (c === OPEN_BRACKET)
                return true;
            this.#phase = 'failed';
            return false;
        }
        if (this.#after === 'key') {
            this.#after = 'none';
            if (c === COLON) {
                if (this.#keyEscaped)
                    this.#phase = 'failed';
                else if (this.#keyIsDevices)
                    this.#after = 'devices-key';
                return false;
            }
        }
        if (c === QUOTE) {
            this.#inString = true;
            this.#inKey = this.#depth === 1;
            this.#keyLength = 0;
            this.#keyIsDevices = true;
            this.#keyEscaped = false;
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET)
            this.#depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET)
            this.#depth--;
        return false;
    }
    #stringByte(c) {
        if (this.#escaped) {
            this.#escaped = false;
        }
        else if (c === BACKSLASH) {
            this.#escaped = true;
            this.#keyEscaped = true;
        }
        else if (c === QUOTE) {
            this.#inString = false;
            if (this.#inKey) {
                this.#after = 'key';
                this.#keyIsDevices &&= this.#keyLength === DEVICES.length;
            }
            return;
        }
        if (this.#inKey) {
            this.#keyIsDevices &&= DEVICES[this.#keyLength] === c;
            this.#keyLength++;
        }
    }
    #openDevices() {
        try {
            // The head as it stands, the array empty: what `each` is told of the record.
            this.#head = JSON.parse(`${textOf(this.#parts)}[]}`);
        }
        catch {
            this.#phase = 'failed';
            return;
        }
        this.#parts = [];
        this.#phase = 'devices';
        this.#depth = 2;
    }
    /**
     * Where in `piece`, from `start`, the element being read ends (a comma, or the closing
     * bracket), or -1 when it goes on into the next piece or the bytes are of a shape it does not
     * read. The state it scans with lives in locals while it loops: a record of 150,000 devices is
     * 54 MB, which took 266 ms to scan a byte at a time through the fields, 170 ms this way (CPU
     * profile of `plan`).
     */
    #nextCut(piece, start) {
        let inString = this.#inString;
        let escaped = this.#escaped;
        let depth = this.#depth;
        let cut = -1;
        for (let i = start; i < piece.length; i++) {
            const c = piece[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c === BACKSLASH)
                    escaped = true;
                else if (c === QUOTE)
                    inString = false;
            }
            else if (c === QUOTE)
                inString = true;
            else if (c === OPEN_BRACE || c === OPEN_BRACKET)
                depth++;
            else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                depth--;
                if (depth === 1) {
                    if (c === CLOSE_BRACKET)
                        cut = i;
                    else
                        this.#phase = 'failed';
                    break;
                }
            }
            else if (c === COMMA && depth === 2) {
                this.#commas++;
                cut = i;
                break;
            }
        }
        this.#inString = inString;
        this.#escaped = escaped;
        this.#depth = depth;
        return cut;
    }
    #element() {
        const text = textOf(this.#parts);
        this.#parts = [];
        if (this.#commas === 0 && this.#devices.length === 0 && text.trim() === '')
            return;
        let element;
        try {
            element = JSON.parse(text);
        }
        catch {
            this.#phase = 'failed';
            return;
        }
        this.#devices.push(this.#each(element, this.#devices.length, this.#head));
    }
}
function textOf(parts) {
    const only = parts.length === 1 ? parts[0] : undefined;
    const bytes = only ?? Buffer.concat(parts);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

// EXTERNAL MODULE: ./src/ledger/record-schema.ts
var record_schema = __webpack_require__(8598);
;// CONCATENATED MODULE: ./src/ledger/fold-ledger.ts










const REGISTERED = ['registered', 'already-registered', 'retagged'];
function isRegistered(device) {
    return REGISTERED.includes(device.status);
}
/** Parses one record; a record that does not parse is a finding naming the file, never skipped. */
function parseRecord(file) {
    return checkRecord(file, () => {
        const json = JSON.parse(file.text);
        return { json, problems: recordProblems(json) };
    });
}
/**
 * parseRecord from the record's bytes, with the same findings; its devices come out as the
 * LedgerDevices foldRecords makes of them, each made as soon as it is parsed (see
 * parseRecordJson), so that a record of 150,000 devices is never held as text, nor as parsed
 * devices beside what they become.
 */
function parseRecordBytes(file) {
    return checkRecord(file, () => {
        const devices = recordDevices(file);
        return devices.checked(parseRecordJson(file.bytes, devices.each));
    });
}
/**
 * parseRecordBytes over the record's bytes as they are read (see RecordPieces): `take` each
 * piece, then `finish`. Either says so when the record is to be parsed whole instead: `take`
 * by false, `finish` by undefined.
 */
function recordParser(file) {
    const devices = recordDevices(file);
    const pieces = new RecordPieces(devices.each);
    return {
        take: (piece) => pieces.push(piece),
        finish() {
            const json = pieces.end();
            if (json === undefined)
                return undefined;
            return checkRecord(file, () => devices.checked(json));
        },
    };
}
/** What parseRecordBytes does with each device as it is parsed, and the problems it found. */
function recordDevices(file) {
    const problems = [];
    const shared = (0,ledger_device/* stringPool */.SH)();
    const outcomes = (0,ledger_device/* outcomePool */.Nk)();
    // One for all of the record's devices (see ledgerDevice); the head is the same for each.
    let where;
    const each = (element, index, head) => {
        if (problems.length < 5) {
            const checked = record_schema/* RecordDeviceSchema */.bd.safeParse(element);
            if (!checked.success) {
                for (const issue of checked.error.issues)
                    problems.push({ path: ['devices', index, ...issue.path], message: issue.message });
            }
        }
        // A record with a bad device is not folded: what its devices become does not matter.
        if (problems.length > 0)
            return element;
        const { finishedAt, groupTag } = head;
        where ??= { customer: file.customer, record: file.file, at: finishedAt, groupTag };
        return (0,ledger_device/* ledgerDevice */.o_)(element, where, shared, outcomes);
    };
    const checked = (json) => {
        const headProblems = RecordHeadSchema.safeParse(json);
        return { json, problems: headProblems.success ? problems : headProblems.error.issues };
    };
    return { each, checked };
}
function checkRecord(file, parse) {
    const at = { file: file.file, line: 1 };
    const name = file.file.split('/').at(-1) ?? '';
    if (!record_schema/* RECORD_NAME */.qP.test(name)) {
        // Records fold in the order of their names: a name out of pattern would fold out of time order.
        const message = (0,text_of/* text */.Q)('repo.record.badName', { name });
        return { findings: [(0,finding/* finding */.gk)('AP606', at, message)] };
    }
    let parsed;
    try {
        parsed = parse();
    }
    catch (error) {
        // The parser's own words, quoted.
        const message = (0,text_of/* text */.Q)('repo.record.notJson', { error: (0,error_message/* errorMessage */.g)(error) });
        return { findings: [(0,finding/* finding */.gk)('AP606', at, message)] };
    }
    const { json, problems } = parsed;
    if (problems.length > 0) {
        const listed = problems
            .slice(0, 5)
            .map((i) => (0,text_of/* text */.Q)('repo.record.problem', { path: i.path.join('.'), problem: i.message }));
        const message = (0,text_of/* text */.Q)('repo.record.schema', { problems: (0,text_list/* oneAfterAnother */.Sz)(listed) });
        return { findings: [(0,finding/* finding */.gk)('AP606', at, message)] };
    }
    const record = json;
    if (record.customer !== file.customer) {
        const where = { customer: record.customer, folder: file.customer };
        return { findings: [(0,finding/* finding */.gk)('AP606', at, (0,text_of/* text */.Q)('repo.record.otherCustomer', where))] };
    }
    return { record, findings: [] };
}
/**
 * What is wrong with a parsed record, by the schema. The record is checked without its devices,
 * then device by device: the schemas transform nothing, so a record that passes is used as parsed,
 * and 150,000 devices are held once, not twice.
 */
function recordProblems(json) {
    const head = RecordHeadSchema.safeParse(json);
    if (!head.success)
        return head.error.issues;
    const devices = json.devices;
    const problems = [];
    for (let i = 0; i < devices.length && problems.length < 5; i++) {
        const checked = RecordDeviceSchema.safeParse(devices[i]);
        if (!checked.success) {
            for (const issue of checked.error.issues)
                problems.push({ path: ['devices', i, ...issue.path], message: issue.message });
        }
    }
    return problems;
}
const RecordHeadSchema = record_schema/* RegistrationRecordSchema */.IS.extend({ devices: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
/**
 * Folds every customer's parsed records, oldest first (file names sort in time order), into the
 * latest state of each device. `keysOf` gives a state's identity keys (see sharedKeys).
 */
function foldRecords(records, keysOf = identity/* identityKeys */.NZ) {
    const ledger = { customers: new Map(), unreadable: new Set() };
    const sorted = [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    let latestName = '';
    for (const { file, customer: slug, record } of sorted) {
        const name = file.split('/').at(-1) ?? '';
        if (name > latestName) {
            latestName = name;
            ledger.latestCommit = record.commit;
        }
        // While folding, `devices` holds every state in the order folded; compact keeps the latest.
        const customer = ledger.customers.get(slug) ?? {
            slug,
            customerId: record.customerId,
            devices: [],
            positions: new Map(),
        };
        customer.customerId = record.customerId;
        const where = { customer: slug, record: file, at: record.finishedAt, groupTag: record.groupTag };
        for (const device of record.devices) {
            // parseRecordBytes made its devices LedgerDevices already: a record's own never has `record`.
            const state = 'record' in device ? device : (0,ledger_device/* ledgerDevice */.o_)(device, where);
            const position = customer.devices.push(state) - 1;
            for (const key of keysOf(state))
                customer.positions.set(key, position);
        }
        ledger.customers.set(slug, customer);
    }
    for (const customer of ledger.customers.values())
        compact(customer);
    return ledger;
}
/**
 * Keeps, of every state folded, those that are still the latest under one of their keys, in the
 * order their keys were first seen, and points the keys at their new positions.
 */
function compact(customer) {
    const folded = customer.devices;
    const moved = new Int32Array(folded.length).fill(-1);
    const devices = [];
    for (const [key, position] of customer.positions) {
        let to = moved[position];
        if (to < 0) {
            to = devices.push(folded[position]) - 1;
            moved[position] = to;
        }
        // Setting a key that is there already leaves the Map's order, and this loop, as they are.
        customer.positions.set(key, to);
    }
    customer.devices = devices;
}
/** The latest state under one identity key. */
function stateOf(customer, key) {
    return stateAt(customer, customer?.positions.get(key));
}
/** The latest state of a device under its own customer, by any of its keys. */
function lookUp(customer, keys) {
    return stateAt(customer, latestPosition(customer, keys));
}
function stateAt(customer, position) {
    return position === undefined ? undefined : customer?.devices[position];
}
/** Where lookUp's state is in the customer's devices. */
function latestPosition(customer, keys) {
    let latest;
    let latestAt = '';
    for (const key of keys) {
        const position = customer?.positions.get(key);
        const at = position === undefined ? undefined : customer?.devices[position]?.at;
        if (at !== undefined && (latest === undefined || at > latestAt)) {
            latest = position;
            latestAt = at;
        }
    }
    return latest;
}


/***/ }),

/***/ 1763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ outcomePool),
/* harmony export */   SH: () => (/* binding */ stringPool),
/* harmony export */   o_: () => (/* binding */ ledgerDevice)
/* harmony export */ });
/** The outcome of most registered devices: none at all, one object for all of them. */
const NO_OUTCOME = Object.freeze({
    trackingId: null,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
});
/**
 * A LedgerDevice folded from a record. What each device has of its own are its fields; where it
 * comes from (the record's customer, file and time, the same for all of a record's devices) and
 * what its upload came to (nothing, for most registered devices) are one shared object each, read
 * through getters: 17 fields of its own were 160 bytes a device, these 11 are 112 (a record of
 * 150,000 devices: 7 MB at the peaks of a plan). Being a class, it has one shape for every device.
 */
class FoldedDevice {
    serialNumber;
    manufacturer;
    model;
    productKeyId;
    hardwareHashSha256;
    source;
    status;
    deviceId;
    groupTag;
    #origin;
    #outcome;
    constructor(device, origin, shared, outcomes) {
        this.serialNumber = device.serialNumber;
        this.manufacturer = shared(device.manufacturer);
        this.model = shared(device.model);
        this.productKeyId = device.productKeyId;
        this.hardwareHashSha256 = device.hardwareHashSha256;
        this.source = device.source;
        this.status = shared(device.status);
        this.deviceId = device.deviceId;
        this.groupTag = device.groupTag ?? origin.groupTag;
        this.#origin = origin;
        this.#outcome = outcomeOf(device, shared, outcomes);
    }
    get customer() {
        return this.#origin.customer;
    }
    get record() {
        return this.#origin.record;
    }
    get at() {
        return this.#origin.at;
    }
    // The outcome's fields can be set, as a RecordDevice's can: the device gets an outcome of its own.
    get trackingId() {
        return this.#outcome.trackingId;
    }
    set trackingId(trackingId) {
        this.#change({ trackingId });
    }
    get requestId() {
        return this.#outcome.requestId;
    }
    set requestId(requestId) {
        this.#change({ requestId });
    }
    get errorCode() {
        return this.#outcome.errorCode;
    }
    set errorCode(errorCode) {
        this.#change({ errorCode });
    }
    get errorName() {
        return this.#outcome.errorName;
    }
    set errorName(errorName) {
        this.#change({ errorName });
    }
    get errorDescription() {
        return this.#outcome.errorDescription;
    }
    set errorDescription(errorDescription) {
        this.#change({ errorDescription });
    }
    get transient() {
        return this.#outcome.transient;
    }
    set transient(transient) {
        this.#change({ transient });
    }
    /** An outcome of its own, the shared one left as it is. `requestId` is absent, not undefined. */
    #change(patch) {
        const outcome = { ...this.#outcome, ...patch };
        if (outcome.requestId === undefined)
            delete outcome.requestId;
        this.#outcome = outcome;
    }
}
function outcomeOf(device, shared, outcomes) {
    const { trackingId, requestId, errorCode, errorName, errorDescription, transient } = device;
    const none = trackingId === null && errorCode === null && errorName === null;
    if (none && errorDescription === null && transient === null && requestId === undefined)
        return NO_OUTCOME;
    return outcomes({
        trackingId: sharedOrNull(trackingId, shared),
        ...(requestId === undefined ? {} : { requestId }),
        errorCode: sharedOrNull(errorCode, shared),
        errorName: sharedOrNull(errorName, shared),
        errorDescription: sharedOrNull(errorDescription, shared),
        transient,
    });
}
/** One copy of each outcome it is given, by its fields' values. */
function outcomePool() {
    return poolBy((outcome) => {
        const { trackingId, requestId, errorCode, errorName, errorDescription, transient } = outcome;
        return JSON.stringify([
            trackingId,
            requestId ?? null,
            errorCode,
            errorName,
            errorDescription,
            transient,
        ]);
    });
}
/**
 * A record's device as its LedgerDevice (see FoldedDevice). `shared` gives the strings many
 * devices repeat (a manufacturer, a model, a status, an upload's tracking id, an error) one copy:
 * parsed, each device has its own (150,000 statuses: 5 MB); `outcomes` does the same for their
 * outcomes. `origin` is to be one object for all of a record's devices.
 */
function ledgerDevice(device, origin, shared = same, outcomes = same) {
    return new FoldedDevice(device, origin, shared, outcomes);
}
function same(value) {
    return value;
}
function sharedOrNull(value, shared) {
    return value === null ? null : shared(value);
}
/** One copy of each string it is given. */
function stringPool() {
    return poolBy((value) => value);
}
/** Gives back the first value it was given of each key that `keyOf` tells. */
function poolBy(keyOf) {
    const known = new Map();
    return (value) => {
        const key = keyOf(value);
        const found = known.get(key);
        if (found !== undefined)
            return found;
        known.set(key, value);
        return value;
    };
}


/***/ }),

/***/ 8598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IS: () => (/* binding */ RegistrationRecordSchema),
/* harmony export */   Tb: () => (/* binding */ recordFileName),
/* harmony export */   bd: () => (/* binding */ RecordDeviceSchema),
/* harmony export */   lt: () => (/* binding */ RECORD_FILE),
/* harmony export */   qP: () => (/* binding */ RECORD_NAME)
/* harmony export */ });
/* unused harmony exports DEVICE_STATUSES, recordJsonSchema */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2716);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var _config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2538);


/**
 * What became of one device in one registration run. `retagged` (version 2): moved to the batch
 * of its `groupTag` from that of its `previousGroupTag`, and registered there. `deregistered`
 * (version 2): deleted from its batch, as its `request` asked.
 */
const DEVICE_STATUSES = [
    'registered',
    'already-registered',
    'failed',
    'pending',
    'retagged',
    'deregistered',
];
const RecordDeviceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    serialNumber: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    manufacturer: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    productKeyId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** SHA-256 (hex) of the hash text as written in the CSV; empty for a row without a hash. */
    hardwareHashSha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^(?:[0-9a-f]{64})?$/),
    /** Where the row was: `customers/<slug>/devices/<file>.csv:<line>`. */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DEVICE_STATUSES),
    deviceId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** For a pending device: the upload to follow up on the next run. */
    trackingId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /**
     * For a device about to be sent when the record was written (pending, no tracking id yet): the
     * MS-RequestId of its upload, under which the next run sends it again. Absent otherwise.
     */
    requestId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    errorCode: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    errorName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    errorDescription: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** True when a later run may succeed with the same data. */
    transient: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().nullable(),
    /**
     * Version 2: the device's group tag (its batch) when it is not the record's `groupTag`, for a
     * run that sent devices of one customer under several tags. Absent otherwise.
     */
    groupTag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /**
     * Version 2: for a device moved between batches (retagged, or pending or failed on its way),
     * the group tag of the batch it was deleted from.
     */
    previousGroupTag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /**
     * Version 2, for a deregistered device: the request file's line that asked for it, who asked
     * (the author of the pull request that brought it) and who approved that pull request.
     */
    request: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        pullRequest: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
        requestedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        approvedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    })
        .optional(),
});
/**
 * `customers/<slug>/registrations/<YYYYMMDDTHHMMSSZ>-<sha7>.json`: one registration run for one
 * customer. Immutable: a later run writes a new file. A run whose uploads are still being
 * processed first writes `<…>-<sha7>-in-progress.json` with them `pending`, so that a run killed
 * while it waits leaves the next one their tracking ids to follow instead of sending them again.
 */
const RegistrationRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /**
     * 1: a registration run's; 2 adds `source`, and devices' own `groupTag` where a run sent a
     * customer's devices under several tags. Both are read.
     */
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2)]),
    /**
     * How the record came to be: `registration`, a run that sent the devices; `adopted`, devices
     * Partner Center already had, recorded by `autopilot-gitops adopt`. Absent in version 1.
     */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['registration', 'adopted']).optional(),
    customer: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    customerId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .GUID */ .Sm),
    groupTag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/),
    pullRequests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive()),
    approvedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    mergedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    trackingIds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    devices: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(RecordDeviceSchema),
});
/** A registration record's path; the group is the customer's slug. */
const RECORD_FILE = /^customers\/([^/]+)\/registrations\/[^/]+\.json$/;
/** Today's names, and those of earlier versions (to the second, no run id), which still fold. */
const RECORD_NAME = /^\d{8}T\d{6}(?:\d{3})?Z-[0-9a-f]{7}(?:-[0-9a-f]{8})?(?:-in-progress)?\.json$/;
/**
 * `20261124T101500123Z-1a2b3c4-5e6f7a8b.json`: the run's start to the millisecond, the commit it
 * registered, and the run's own random id, so that names sort in time order and two runs never
 * share one, even in the same millisecond. The in-progress record of the same run sorts just
 * before it (`-` sorts before `.`).
 */
function recordFileName(startedAt, commit, run) {
    const stamp = startedAt.toISOString().replace(/[-:.]/g, '');
    return `${stamp}-${commit.slice(0, 7)}-${run.id}${run.inProgress ? '-in-progress' : ''}.json`;
}
/** The JSON Schema of a registration record, as `npm run schema` writes it to schema/. */
function recordJsonSchema() {
    return {
        $id: 'https://github.com/autopilot-gitops/autopilot-gitops/schema/registration-record.schema.json',
        title: 'autopilot-gitops registration record',
        description: 'customers/<slug>/registrations/<YYYYMMDDTHHMMSSmmmZ>-<sha7>-<run id>.json: one registration run, or one adoption, for one customer. Immutable.',
        ...z.toJSONSchema(RegistrationRecordSchema, { io: 'output' }),
    };
}


/***/ }),

/***/ 2458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _J: () => (/* binding */ sourceLine),
/* harmony export */   ai: () => (/* binding */ sharedKeys)
/* harmony export */ });
/* unused harmony exports rowsByFile, rowAt */
/* harmony import */ var _rules_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9389);

/**
 * SharedKeys over the rows read; identityKeys as they are without any. A state's row is the one
 * its source names (`file:line`, as the registration run records it), found by its line in its
 * file's rows: an index of every row by its key cost 7 MB for 150,000 rows, and as much again in
 * the tables it outgrew, at the highest point of a plan. A state whose row has moved, or whose
 * keys differ from its row's, keeps strings of its own: the same values.
 */
function sharedKeys(files) {
    const byFile = rowsByFile(files);
    if (byFile.size === 0)
        return _rules_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKeys */ .NZ;
    return (state) => {
        const keys = (0,_rules_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKeys */ .NZ)(state);
        const row = rowAt(byFile, state.source);
        if (!row)
            return keys;
        for (let i = 0; i < keys.length; i++)
            if (row.keys[i] === keys[i])
                keys[i] = row.keys[i];
        if (row.serialNumber === state.serialNumber)
            state.serialNumber = row.serialNumber;
        if (row.productKeyId === state.productKeyId)
            state.productKeyId = row.productKeyId;
        return keys;
    };
}
/** Each file's rows, by its name; none for a file with no rows. */
function rowsByFile(files) {
    const byFile = new Map();
    for (const { file, devices } of files)
        if (devices.length > 0)
            byFile.set(file, devices);
    return byFile;
}
/** The row that `source` (`file:line`) names, by a binary search of its file's lines. */
function rowAt(byFile, source) {
    const colon = source.lastIndexOf(':');
    const rows = colon > 0 ? byFile.get(source.slice(0, colon)) : undefined;
    const line = rows ? sourceLine(source, colon + 1) : undefined;
    if (!rows || line === undefined)
        return undefined;
    let low = 0;
    let high = rows.length - 1;
    while (low <= high) {
        const middle = (low + high) >>> 1;
        const row = rows[middle];
        if (row.line === line)
            return row;
        if (row.line < line)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return undefined;
}
/**
 * The line that a source (`file:line`) names, read from `start`, just after its colon: digits
 * only, with no leading zero (`file:02` names no row); undefined for anything else. Allocates
 * nothing: the plan reads one for each of 150,000 devices.
 */
function sourceLine(source, start) {
    if (start >= source.length)
        return undefined;
    if (source.charCodeAt(start) === 48 && source.length > start + 1)
        return undefined;
    let value = 0;
    for (let i = start; i < source.length; i++) {
        const digit = source.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return undefined;
        value = value * 10 + digit;
    }
    return value;
}


/***/ }),

/***/ 4193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mG: () => (/* binding */ failedCall),
/* harmony export */   q3: () => (/* binding */ PartnerCenterError),
/* harmony export */   xd: () => (/* binding */ checkBaseUrl)
/* harmony export */ });
/* harmony import */ var _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);
/* harmony import */ var _findings_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6169);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8807);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(276);
/* harmony import */ var _untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8832);





/** A call Partner Center refused or could not answer. Carries what support asks for, never a token. */
class PartnerCenterError extends _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .TextError */ .WK {
    details;
    name = 'PartnerCenterError';
    constructor(message, details, options) {
        super(message, options);
        this.details = details;
    }
}
/** Plain http is for the sandbox on this machine only. */
function checkBaseUrl(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .TextError */ .WK((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.url.invalid', { setting: what, url }));
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
        throw new _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .TextError */ .WK((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.url.notHttps', { setting: what, url }));
    }
    return parsed;
}
/**
 * The error for a call that failed for good: Partner Center's code and description when its body
 * has them (else the start of the body), what support asks for, and the reason we stopped. A
 * certificate this process does not trust is said as such, with the fix, not as `fetch failed`.
 * What Partner Center (or a proxy in front of it) said is redacted before it is kept: a service
 * that echoes the request would otherwise hand back the bearer token.
 */
function failedCall(f) {
    const redact = f.redact ?? _findings_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactShapes */ .YA;
    const envelope = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorEnvelopeSchema */ .up.safeParse((0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .tryParseBody */ .Zy)(f.text));
    const given = envelope.success ? envelope.data.code : undefined;
    const code = given ? excerpt(redact(given), MOST_CODE) : undefined;
    // Redacted whole, then cut: a cut through a token would leave its start unrecognised.
    const said = envelope.success ? (envelope.data.description ?? envelope.data.message) : f.text;
    const description = said
        ? excerpt(redact(said), envelope.success ? MOST_DESCRIPTION : 300)
        : undefined;
    const status = f.response?.status;
    const untrusted = status === undefined ? (0,_untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .untrustedCertificateCode */ .L)(f.failure) : undefined;
    const what = status === undefined
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.noAnswer', { failure: redact(errorText(f.failure)) })
        : code
            ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.httpCode', { status: String(status), code })
            : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.http', { status: String(status) });
    const call = { method: f.method, path: f.path, requestId: f.requestId };
    const ids = { ...call, correlationId: f.correlationId };
    const certificate = untrusted ? (0,_untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .untrustedCertificateMessage */ .r)(f.host, untrusted) : undefined;
    const message = certificate
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.untrusted', { ...ids, certificate })
        : description
            ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.described', { ...ids, what, description, reason: f.reason })
            : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.failed', { ...ids, what, reason: f.reason });
    // Every value that came from Partner Center, or from the network, was redacted above.
    return new PartnerCenterError(message, {
        method: f.method,
        path: f.path,
        ...(status === undefined ? {} : { status }),
        ...(code ? { code } : {}),
        ...(description ? { description } : {}),
        requestId: f.requestId,
        correlationId: f.correlationId,
    }, { cause: f.failure });
}
/** The most of a description an error keeps: a short excerpt, as support asks for. */
const MOST_DESCRIPTION = 500;
const MOST_CODE = 100;
function excerpt(text, most = MOST_DESCRIPTION) {
    return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}
function errorText(error) {
    if (error instanceof Error) {
        const cause = error.cause?.code;
        return cause ? `${error.name}: ${cause}` : `${error.name}: ${error.message}`;
    }
    return String(error);
}


/***/ }),

/***/ 276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ tryParseBody),
/* harmony export */   fS: () => (/* binding */ BatchUploadDetailsSchema),
/* harmony export */   mh: () => (/* binding */ DeviceBatchCollectionSchema),
/* harmony export */   u4: () => (/* binding */ DeviceCollectionSchema),
/* harmony export */   up: () => (/* binding */ ErrorEnvelopeSchema)
/* harmony export */ });
/* unused harmony exports LinkHeaderSchema, LinkSchema, DeviceBatchSchema, DeviceSchema, DeviceUploadDetailsSchema, RESPONSE_SCHEMAS, normaliseKeys, parseBody */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2716);

const UPLOAD_STATUSES = [
    'unknown',
    'queued',
    'processing',
    'finished',
    'finished_with_errors',
    'in-progress',
];
/** Unknown strings read as `unknown`, as Partner Center's own SDK does. */
const UploadStatus = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .transform((s) => s.toLowerCase())
    .pipe(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(UPLOAD_STATUSES).catch('unknown'));
/** A collection's link to its next page (reference §1.5): the token rides in its headers. */
const LinkHeaderSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
const LinkSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    uri: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(LinkHeaderSchema).nullish(),
});
/** Paging hints; a shape we do not expect is ignored rather than failing the whole list. */
const Links = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ next: LinkSchema.nullish() }).nullish().catch(undefined);
const DeviceBatchSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    devicesCount: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    creationDate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
/** Whether this list is paged is unconfirmed (reference §13 item 11): read a token if one comes. */
const DeviceBatchCollectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DeviceBatchSchema).default([]),
    continuationToken: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    links: Links,
});
const DeviceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    serialNumber: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    productKey: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    oemManufacturerName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    modelName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
});
const DeviceCollectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DeviceSchema).default([]),
    continuationToken: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    links: Links,
});
const DeviceUploadDetailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    deviceId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    serialNumber: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    productKey: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    status: UploadStatus.default('unknown'),
    errorCode: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().transform(String)]).nullish(),
    errorDescription: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
});
const BatchUploadDetailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    batchTrackingId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    status: UploadStatus.default('unknown'),
    devicesStatus: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DeviceUploadDetailsSchema).default([]),
});
/** The error envelope, documented and as seen: every field optional, `code` a string or a number. */
const ErrorEnvelopeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    code: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().transform(String)]).optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    errorName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
/** Every object schema above: their property names are the ones read case-insensitively. */
const RESPONSE_SCHEMAS = [
    LinkHeaderSchema,
    LinkSchema,
    DeviceBatchSchema,
    DeviceBatchCollectionSchema,
    DeviceSchema,
    DeviceCollectionSchema,
    DeviceUploadDetailsSchema,
    BatchUploadDetailsSchema,
    ErrorEnvelopeSchema,
];
/**
 * Names read from bodies that no schema above holds: `next` (inside `links`), and the fields of
 * an upload request, which the sandbox reads in any case as the real service does (§1.4).
 */
const OTHER_NAMES = [
    'next',
    'batchId',
    'devices',
    'hardwareHash',
    'serialNumber',
    'productKey',
    'oemManufacturerName',
    'modelName',
];
/** Lower-cased name → the spelling our schemas read. */
const WIRE_NAMES = new Map([...RESPONSE_SCHEMAS.flatMap((schema) => Object.keys(schema.shape)), ...OTHER_NAMES].map((name) => [name.toLowerCase(), name]));
/**
 * Partner Center writes camelCase, its SDK PascalCase, and a documented example has a key with a
 * stray space (" attributes"). Every name a schema reads is matched trimmed and ignoring case
 * (`DEVICESSTATUS`, `SerialNumber`, `serialnumber`); any other name only loses its spaces and its
 * first capital, which is enough for keys nobody reads.
 */
function normaliseKeys(value) {
    if (Array.isArray(value))
        return value.map(normaliseKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
        const name = key.trim();
        const known = WIRE_NAMES.get(name.toLowerCase());
        out[known ?? name.charAt(0).toLowerCase() + name.slice(1)] = normaliseKeys(inner);
    }
    return out;
}
/** JSON from Partner Center: a UTF-8 byte order mark stripped (real responses carry one), names normalised. */
function parseBody(text) {
    const clean = text.replace(/^\uFEFF/, '').trim();
    return clean === '' ? undefined : normaliseKeys(JSON.parse(clean));
}
/** The body as parseBody reads it, or undefined when it is not JSON (an HTML error page, say). */
function tryParseBody(text) {
    try {
        return parseBody(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ untrustedCertificateCode),
/* harmony export */   r: () => (/* binding */ untrustedCertificateMessage)
/* harmony export */ });
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8807);

/**
 * Node's codes for a TLS certificate this process does not trust, with what each says of it.
 * fetch hides them in its error's cause ("fetch failed"); MSAL drops them altogether.
 */
const UNTRUSTED_CERTIFICATE = {
    SELF_SIGNED_CERT_IN_CHAIN: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.selfSignedChain'),
    DEPTH_ZERO_SELF_SIGNED_CERT: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.selfSigned'),
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.unknownCa'),
    UNABLE_TO_GET_ISSUER_CERT: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.unknownCa'),
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.unknownCa'),
    CERT_HAS_EXPIRED: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.expired'),
    ERR_TLS_CERT_ALTNAME_INVALID: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.altName'),
};
/** What else fixes the two codes a missing CA does not explain. */
const ALSO = {
    CERT_HAS_EXPIRED: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.alsoExpired'),
    ERR_TLS_CERT_ALTNAME_INVALID: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.alsoAltName'),
};
/** The code of an untrusted certificate anywhere in an error's chain of causes, or undefined. */
function untrustedCertificateCode(error) {
    let current = error;
    for (let depth = 0; depth < 8 && current instanceof Object; depth++) {
        const code = current.code;
        if (typeof code === 'string' && Object.hasOwn(UNTRUSTED_CERTIFICATE, code))
            return code;
        current = current.cause;
    }
    return undefined;
}
/** Names the host, says the certificate is not trusted here, and how to trust it: never by turning checks off. */
function untrustedCertificateMessage(host, code) {
    const what = UNTRUSTED_CERTIFICATE[code] ?? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.notTrusted');
    const also = ALSO[code] ?? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.alsoNothing');
    return (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.untrusted', { host, code, what, also });
}


/***/ }),

/***/ 6100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ collectGarbage)
/* harmony export */ });
/**
 * A full garbage collection now, in the CLI's engine worker (src/cli.ts exposes `gc` to it); a
 * no-op anywhere else. Called where a large run's phase ends and lets go of what it held. Left to
 * itself, V8 collects the old generation only once it has grown to some multiple of what was live
 * at the last collection, so a run that builds 150,000 rows, then as many ledger states, then as
 * many planned devices, peaks on the garbage of the phases before: `npm run bench -- --scale`,
 * 10,000 customers × 10 devices 262 to 216 MB, a record of 150,000 devices 359 to 306 MB, for
 * 10 to 60 ms a collection (some 150 ms of a 4 s run).
 */
function collectGarbage() {
    const gc = globalThis.gc;
    if (typeof gc === 'function')
        gc();
}


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ fileTags),
/* harmony export */   V: () => (/* binding */ tagFolder)
/* harmony export */ });
/* harmony import */ var _config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2538);
/* harmony import */ var _config_group_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3370);
/* harmony import */ var _findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1459);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8807);





/** The folder whose files fileTags gives `tag`: devices/ for the default, else devices/<tag>/. */
function tagFolder(customer, tag) {
    const devices = `customers/${customer.slug}/devices`;
    return tag === customer.groupTag ? devices : `${devices}/${tag}`;
}
/**
 * Where a device file sits decides its tag: `customers/<slug>/devices/<group tag>/…` for one of
 * the customer's tags, spelled exactly; anywhere else under devices/ the customer's groupTag. A
 * first folder that names no tag of the customer is an error (AP607) when the customer lists
 * groupTags, or when it is a tag but for case and punctuation: its devices would otherwise go to
 * the default batch without anyone having said so.
 */
function fileTags(file, customer) {
    const tags = (0,_config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .tagsOf */ .Fg)(customer);
    const all = tags.length > 1 ? { groupTags: tags } : {};
    const parts = file.split('/');
    const folder = parts.length > 4 ? parts[3] : undefined;
    if (folder === undefined)
        return { tags: { groupTag: customer.groupTag, ...all } };
    if (tags.includes(folder))
        return { tags: { groupTag: folder, ...all, tagFolder: true } };
    const known = [...tags, ..._config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .MANAGED_DESKTOP_GROUP_TAGS */ .tB];
    const meant = known.find((tag) => (0,_config_group_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .squashTag */ .ik)(tag) === (0,_config_group_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .squashTag */ .ik)(folder));
    if (customer.groupTags === undefined && meant === undefined) {
        return { tags: { groupTag: customer.groupTag, ...all } };
    }
    const near = meant ?? (0,_config_group_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .nearestTag */ .DW)(folder, tags);
    const at = { file, line: 1 };
    const message = (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('repo.folder.noTag', {
        folder: (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .m)(folder, 40),
        slug: customer.slug,
        near,
    });
    const hint = (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('repo.folder.noTagHint', {
        groupTag: customer.groupTag,
        tags: tags.map((t) => `\`${t}\``).join(', '),
    });
    return {
        tags: { groupTag: customer.groupTag, ...all },
        finding: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('AP607', at, message, hint),
    };
}


/***/ }),

/***/ 1573:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ localRepository)
});

// EXTERNAL MODULE: ./src/repo/git.ts + 1 modules
var git = __webpack_require__(5975);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/findings/error-message.ts
var error_message = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/findings/shorten.ts
var shorten = __webpack_require__(1459);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/config/customer-schema.ts
var customer_schema = __webpack_require__(2538);
// EXTERNAL MODULE: ./src/config/group-tags.ts
var group_tags = __webpack_require__(3251);
;// CONCATENATED MODULE: ./src/config/read-customer.ts







const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A value from customer.yml as a message quotes it: in backticks, cut short when long. */
const quoted = (value) => `\`${(0,shorten/* shorten */.m)(value, 40)}\``;
/** AP601 for a customer folder without customer.yml. */
function missingCustomerFinding(file, slug) {
    return (0,finding/* finding */.gk)('AP601', { file, line: 1 }, (0,text_of/* text */.Q)('repo.customer.missing', { slug: (0,shorten/* shorten */.m)(slug, 40) }));
}
/**
 * customer.yml holds five short fields, some 300 bytes with their comments: 16 KiB is fifty times
 * that. The YAML parser checks keys for duplicates pair by pair, so its time grows with the
 * square of their number: 16 KiB of keys take it some 30 ms, 64 KiB 0.5 s, and 50 MB took it
 * 24 s and 2 GB. The repository reader reads no more than this, either.
 */
const CUSTOMER_FILE_MAX_BYTES = 16 * 1024;
/** AP601 for a customer.yml over CUSTOMER_FILE_MAX_BYTES, which is not parsed. */
function oversizedCustomerFinding(file, bytes) {
    return (0,finding/* finding */.gk)('AP601', { file, line: 1 }, (0,text_of/* text */.Q)('repo.customer.oversized', { size: bytes, limit: CUSTOMER_FILE_MAX_BYTES }), (0,text_of/* text */.Q)('repo.customer.oversizedHint'));
}
/** How many YAML errors of one customer.yml are listed: the first explains the rest. */
const YAML_ERRORS_LISTED = 5;
/**
 * Checks the text of one customer.yml; the customer is undefined when it cannot be used. Never
 * throws: YAML that the parser refuses to expand (more than 100 aliases, a "billion laughs") is
 * an AP601 like any other.
 */
function parseCustomer(source, options) {
    const { file } = options;
    const bytes = Buffer.byteLength(source);
    if (bytes > CUSTOMER_FILE_MAX_BYTES)
        return { findings: [oversizedCustomerFinding(file, bytes)] };
    const lines = new dist/* LineCounter */.HN();
    const doc = (0,dist/* parseDocument */.Tp)(source.replace(/^\uFEFF/, ''), {
        lineCounter: lines,
        prettyErrors: false,
    });
    if (doc.errors.length > 0) {
        const more = doc.errors.length - YAML_ERRORS_LISTED;
        return {
            findings: doc.errors.slice(0, YAML_ERRORS_LISTED).map((e, i) => {
                const pos = lines.linePos(e.pos[0]);
                // The parser's own words, quoted.
                const error = (0,shorten/* shorten */.m)(e.message.split('\n')[0] ?? '', 60);
                const rest = i === YAML_ERRORS_LISTED - 1 && more > 0 ? more : 0;
                return (0,finding/* finding */.gk)('AP601', { file, line: pos.line, column: pos.col }, (0,text_of/* text */.Q)('repo.customer.notYaml', { error, more: rest }));
            }),
        };
    }
    const where = locator(doc, lines, file);
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        return { findings: [unusableYamlFinding(doc, lines, file, error)] };
    }
    const parsed = customer_schema/* CustomerFileSchema */.yK.safeParse(raw);
    if (!parsed.success)
        return { findings: schemaFindings(parsed.error.issues, where, raw) };
    const { line, column } = where('customerId');
    const customer = {
        ...parsed.data,
        slug: options.slug,
        file,
        customerIdAt: { line, column },
    };
    const tagFindings = groupTagFindings(customer, where);
    return tagFindings.length > 0 ? { findings: tagFindings } : { customer, findings: [] };
}
/**
 * AP603 for each tag, groupTag's and each of groupTags', that is not a Managed Desktop tag, and
 * AP601 for a tag groupTags lists twice; each at its own line.
 */
function groupTagFindings(fields, where) {
    const managed = fields.managedDesktop !== false;
    const findings = [];
    const listed = Array.isArray(fields.groupTags) ? fields.groupTags : [];
    const tags = [
        { tag: fields.groupTag, at: where('groupTag') },
        ...listed.map((tag, i) => ({ tag, at: where('groupTags', 'value', i) })),
    ];
    const seen = new Set();
    for (const [i, { tag, at }] of tags.entries()) {
        if (typeof tag !== 'string' || tag === '')
            continue;
        if (i > 0 && seen.has(tag)) {
            const message = (0,text_of/* text */.Q)('repo.customer.tagTwice', { tag: (0,shorten/* shorten */.m)(tag, 40) });
            findings.push((0,finding/* finding */.gk)('AP601', at, message, (0,text_of/* text */.Q)('repo.customer.tagTwiceHint')));
        }
        seen.add(tag);
        const problem = (0,group_tags/* groupTagProblem */.P)(tag, managed);
        if (problem)
            findings.push((0,finding/* finding */.gk)('AP603', at, problem.message, problem.hint));
    }
    return findings;
}
/** YAML that parses but cannot be turned into values: too many aliases, the only such case known. */
function unusableYamlFinding(doc, lines, file, error) {
    let first;
    (0,dist/* visit */.YR)(doc, {
        Alias(_, node) {
            first = node.range?.[0];
            return dist/* visit */.YR.BREAK;
        },
    });
    const pos = first === undefined ? { line: 1, col: 1 } : lines.linePos(first);
    const aliases = /alias/i.test((0,error_message/* errorMessage */.g)(error));
    return (0,finding/* finding */.gk)('AP601', { file, line: pos.line, column: pos.col }, aliases
        ? (0,text_of/* text */.Q)('repo.customer.aliases')
        : (0,text_of/* text */.Q)('repo.customer.unusable', { error: (0,shorten/* shorten */.m)((0,error_message/* errorMessage */.g)(error), 60) }), aliases ? (0,text_of/* text */.Q)('repo.customer.aliasesHint') : undefined);
}
/** Where a field's value is written, or its key when the key itself is the problem. */
function locator(doc, lines, file) {
    const position = (offset) => {
        const pos = offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset);
        return { file, line: pos.line, column: pos.col };
    };
    const pairOf = (key) => (0,dist/* isMap */.jh)(doc.contents)
        ? doc.contents.items.find((pair) => (0,dist/* isScalar */.jn)(pair.key) && pair.key.value === key)
        : undefined;
    return (key, at = 'value', item) => {
        const pair = pairOf(key);
        const value = pair?.value;
        const listed = item !== undefined && (0,dist/* isSeq */.oP)(value) ? value.items[item] : undefined;
        const node = at === 'key' ? pair?.key : (listed ?? value ?? pair?.key);
        return position(node?.range?.[0]);
    };
}
/** Every schema problem as a finding, and a bad group tag too, even while another field is wrong. */
function schemaFindings(issues, where, raw) {
    const findings = issues.map((issue) => issueFinding(issue, where, raw));
    const fields = (raw ?? {});
    const lines = new Set(findings.map((f) => f.line));
    for (const f of groupTagFindings(fields, where))
        if (!lines.has(f.line))
            findings.push(f);
    return findings;
}
function issueFinding(issue, where, raw) {
    const key = issue.path[0];
    const value = typeof key === 'string' && raw && typeof raw === 'object'
        ? raw[key]
        : undefined;
    if (key === 'customerId' && typeof value === 'string') {
        return (0,finding/* finding */.gk)('AP602', where(key), (0,text_of/* text */.Q)('repo.customer.notGuid', { value: (0,shorten/* shorten */.m)(value, 40) }));
    }
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.slice(0, 5).map(quoted).join(', ');
        const more = Math.max(0, issue.keys.length - 5);
        return (0,finding/* finding */.gk)('AP601', where(issue.keys[0], 'key'), (0,text_of/* text */.Q)('repo.customer.unknownFields', { keys, more }));
    }
    // zod's own words, quoted.
    const problem = issue.message.toLowerCase();
    if (key === undefined)
        return (0,finding/* finding */.gk)('AP601', where(key), (0,text_of/* text */.Q)('repo.customer.invalid', { problem }));
    const field = String(key);
    return (0,finding/* finding */.gk)('AP601', where(key), value === undefined
        ? (0,text_of/* text */.Q)('repo.customer.fieldMissing', { field })
        : (0,text_of/* text */.Q)('repo.customer.fieldInvalid', { field, problem }));
}

// EXTERNAL MODULE: ./src/csv/read-device-csv.ts + 3 modules
var read_device_csv = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/findings/cap-findings.ts
var cap_findings = __webpack_require__(361);
// EXTERNAL MODULE: ./src/ledger/fold-ledger.ts + 3 modules
var fold_ledger = __webpack_require__(8823);
// EXTERNAL MODULE: ./src/ledger/ledger-device.ts
var ledger_device = __webpack_require__(1763);
// EXTERNAL MODULE: ./src/ledger/row-strings.ts
var row_strings = __webpack_require__(2458);
// EXTERNAL MODULE: ./src/rules/duplicates.ts
var rules_duplicates = __webpack_require__(1589);
// EXTERNAL MODULE: ./src/repo/collect-garbage.ts
var collect_garbage = __webpack_require__(6100);
// EXTERNAL MODULE: ./src/csv/dialect.ts + 1 modules
var dialect = __webpack_require__(2236);
// EXTERNAL MODULE: ./src/hash/decode-hardware-hash.ts
var decode_hardware_hash = __webpack_require__(4870);
// EXTERNAL MODULE: ./src/repo/in-parallel.ts
var in_parallel = __webpack_require__(7993);
;// CONCATENATED MODULE: ./src/repo/deregister-requests.ts







/** Any device dialect, or a plain list of serial numbers. */
const REQUEST_DIALECTS = [...dialect/* DIALECTS */.O9, dialect/* SERIALS_DIALECT */.Xm];
/**
 * Reads the deregistration requests of `customers/<slug>/deregister/*.csv`. Only what names the
 * device is read: a request registers nothing, so the row rules of a device file do not apply,
 * and a hash serves only for the serial and manufacturer inside it.
 */
async function readDeregisterRequests(root, files, maxBytes) {
    const requests = [];
    const findings = [];
    const reads = await (0,in_parallel/* mapInParallel */.HH)(files, async (file) => {
        const rows = [];
        const unnamed = [];
        const result = await (0,read_device_csv/* readDeviceCsv */.BA)({
            path: external_node_path_default().join(root, file),
            file,
            maxBytes,
            dialects: REQUEST_DIALECTS,
            onRow(row) {
                const request = requestOf(row, file);
                if (request.serialNumber || request.productKeyId)
                    rows.push(request);
                else
                    unnamed.push((0,finding/* finding */.gk)('AP608', { file, line: row.line }, (0,text_of/* text */.Q)('repo.request.noDevice'), (0,text_of/* text */.Q)('repo.request.noDeviceHint')));
            },
        });
        return { rows, findings: [...result.findings, ...unnamed] };
    });
    for (const read of reads) {
        requests.push(...read.rows);
        findings.push(...read.findings);
    }
    return { requests, findings };
}
function requestOf(row, file) {
    const hash = (0,read_device_csv/* cellOf */.WC)(row, 'hardwareHash').trim();
    const decoded = hash === '' ? undefined : (0,decode_hardware_hash/* decodeHardwareHash */.J)(hash);
    const inHash = decoded?.verdict === 'valid' ? decoded : undefined;
    return {
        file,
        line: row.line,
        serialNumber: (0,read_device_csv/* cellOf */.WC)(row, 'serialNumber').trim() || (inHash?.serialNumber ?? '').trim(),
        manufacturer: (0,read_device_csv/* cellOf */.WC)(row, 'manufacturer').trim() || (inHash?.manufacturer ?? '').trim(),
        productKeyId: (0,read_device_csv/* cellOf */.WC)(row, 'productKeyId').trim() || (inHash?.productKeyId ?? ''),
    };
}

// EXTERNAL MODULE: ./src/repo/device-tags.ts
var device_tags = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/repo/file-checker.ts
var file_checker = __webpack_require__(5870);
// EXTERNAL MODULE: ./src/csv/file-kind.ts
var file_kind = __webpack_require__(1495);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/csv/file-read.ts
var file_read = __webpack_require__(7313);
;// CONCATENATED MODULE: ./src/repo/read-files.ts











/**
 * A registration record takes some 560 bytes a device: 128 MiB is a single run of about 200,000
 * devices, twice a large repository, and far from where a string no longer fits (512 MiB).
 */
const RECORD_MAX_BYTES = 128 * 1024 * 1024;
/**
 * Reads a regular file of the checkout, never anything else: a link is not followed (lstat, then
 * O_NOFOLLOW, so a file swapped for a link in between is refused too), a FIFO is not waited on,
 * `/dev/zero` is not read for ever. Over `maxBytes` it is not read at all, or with `head` only its
 * first `maxBytes` are.
 */
async function readRegularFile(absolute, maxBytes, options = {}) {
    const opened = await openRegularFile(absolute);
    if (opened.kind !== 'open')
        return opened;
    const { handle, size } = opened;
    try {
        if (size > maxBytes && !options.head)
            return { kind: 'too-large', size };
        // One byte more than allowed tells a file that grew since fstat.
        const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
        const length = await (0,file_read/* readFully */.l)(handle, buffer);
        if (length > maxBytes && !options.head)
            return { kind: 'too-large', size: length };
        return { kind: 'read', bytes: buffer.subarray(0, Math.min(length, maxBytes)) };
    }
    finally {
        await handle.close();
    }
}
/** Bytes handed over a piece at a time: a record of 150,000 devices in 54 pieces. */
const PIECE_BYTES = 1024 * 1024;
/**
 * readRegularFile, the bytes handed to `take` a piece at a time as they are read, each into the
 * bytes of the one before (`take` copies what it keeps); it
 * stops reading where `take` returns false (`stopped`). A file over `maxBytes` is not read, or,
 * grown since, not read further.
 */
async function readRegularFileInPieces(absolute, maxBytes, take) {
    const opened = await openRegularFile(absolute);
    if (opened.kind !== 'open')
        return opened;
    const { handle, size } = opened;
    try {
        if (size > maxBytes)
            return { kind: 'too-large', size };
        // Every piece is read into the same bytes (`take` copies what it keeps); no more than the
        // file needs, since most records are small and a repository may hold thousands.
        const piece = Buffer.allocUnsafe(Math.min(PIECE_BYTES, size + 1));
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(piece, 0, piece.length, length);
            if (bytesRead === 0)
                return { kind: 'read' };
            length += bytesRead;
            if (length > maxBytes)
                return { kind: 'too-large', size: length };
            if (!take(piece.subarray(0, bytesRead)))
                return { kind: 'stopped' };
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * Opens a regular file of the checkout, never anything else: a link is not followed (lstat, then
 * O_NOFOLLOW, so a file swapped for a link in between is refused too), a FIFO is not waited on.
 */
async function openRegularFile(absolute) {
    const info = await (0,promises_.lstat)(absolute).catch(missingAsUndefined);
    if (!info)
        return { kind: 'missing' };
    const before = info.isDirectory() ? 'folder' : (0,file_kind/* specialKind */.I2)(info);
    if (before)
        return { kind: 'special', what: before };
    const handle = await (0,promises_.open)(absolute, external_node_fs_.constants.O_RDONLY | file_read/* NO_FOLLOW */.q).catch(missingAsUndefined);
    if (!handle)
        return { kind: 'missing' };
    try {
        const opened = await handle.stat();
        const what = opened.isDirectory() ? 'folder' : (0,file_kind/* specialKind */.I2)(opened);
        if (what) {
            await handle.close();
            return { kind: 'special', what };
        }
        return { kind: 'open', handle, size: opened.size };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
function missingAsUndefined(error) {
    const code = error.code;
    // ELOOP: the entry became a link between lstat and open.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')
        return undefined;
    throw error;
}
/** Reads and checks one customer's customer.yml: only a regular file, and at most 16 KiB. */
async function readCustomerFile(root, folder) {
    const file = folder.configFile;
    const absolute = external_node_path_default().join(root, file);
    const read = await readRegularFile(absolute, CUSTOMER_FILE_MAX_BYTES);
    const at = { file, line: 1 };
    switch (read.kind) {
        case 'missing':
            return { findings: [missingCustomerFinding(file, folder.slug)] };
        case 'special':
            if (read.what === 'folder') {
                const message = (0,text_of/* text */.Q)('repo.customer.folder', { slug: (0,shorten/* shorten */.m)(folder.slug, 40) });
                return { findings: [(0,finding/* finding */.gk)('AP601', at, message)] };
            }
            return {
                findings: [
                    await (0,file_kind/* specialEntryFinding */.N6)(absolute, file, read.what, (0,text_of/* text */.Q)('repo.special.settings', { slug: quoted(folder.slug) })),
                ],
            };
        case 'too-large':
            return { findings: [oversizedCustomerFinding(file, read.size)] };
        case 'read':
            return parseCustomer(read.bytes.toString('utf8'), { file, slug: folder.slug });
    }
}
/**
 * Every customer's registration records, parsed (each as soon as it is read, so that no more than
 * a few records' text is held at once); one that is no regular file (AP109), over 128 MiB or no
 * record (AP606) is a finding instead, and its customer's registration state is unknown.
 */
async function readRecordFiles(root, customers) {
    const records = [];
    const findings = [];
    const unreadable = new Set();
    const wanted = customers.flatMap((folder) => folder.recordFiles.map((file) => ({ file, customer: folder.slug })));
    const reads = await (0,in_parallel/* mapInParallel */.HH)(wanted, (want) => readAndParse(root, want), 4);
    for (const [index, { file, customer }] of wanted.entries()) {
        const read = reads[index];
        for (const f of read.findings)
            findings.push(f);
        if (read.record)
            records.push({ file, customer, record: read.record });
        else
            unreadable.add(customer);
    }
    return { records, findings, unreadable };
}
async function readAndParse(root, want) {
    const parser = (0,fold_ledger/* recordParser */.VB)(want);
    const absolute = external_node_path_default().join(root, want.file);
    const read = await readRegularFileInPieces(absolute, RECORD_MAX_BYTES, parser.take);
    if (read.kind === 'read') {
        const parsed = parser.finish();
        if (parsed)
            return parsed;
    }
    // A record of another shape than the registration run writes, or one that does not parse, is
    // read again whole, so that what it gives, or its finding, is JSON.parse's own; a file that is
    // no record to read is looked at again for its finding.
    const whole = await readRecordFile(root, want.file);
    if (!('bytes' in whole))
        return { findings: [whole.finding] };
    const parsed = (0,fold_ledger/* parseRecordBytes */.MV)({ ...want, bytes: whole.bytes });
    // Detached, the bytes (readRegularFile's own allocation) are let go at once, not at the next
    // full collection.
    const bytes = whole.bytes.buffer;
    bytes.transfer(0);
    return parsed;
}
async function readRecordFile(root, file) {
    const absolute = external_node_path_default().join(root, file);
    const read = await readRegularFile(absolute, RECORD_MAX_BYTES);
    const at = { file, line: 1 };
    switch (read.kind) {
        case 'read':
            return { bytes: read.bytes };
        case 'special':
            return {
                finding: await (0,file_kind/* specialEntryFinding */.N6)(absolute, file, read.what, (0,text_of/* text */.Q)('repo.special.record')),
            };
        case 'too-large': {
            const size = { size: read.size, limit: RECORD_MAX_BYTES };
            const message = (0,text_of/* text */.Q)('repo.record.tooLarge', size);
            return { finding: (0,finding/* finding */.gk)('AP606', at, message) };
        }
        case 'missing':
            return { finding: (0,finding/* finding */.gk)('AP606', at, (0,text_of/* text */.Q)('repo.record.vanished')) };
    }
}

;// CONCATENATED MODULE: ./src/repo/other-files.ts






/**
 * Accounts for every entry of a customer folder that is not read as devices, customer or record:
 * a device list under another name than *.csv (AP106), an Excel workbook (AP107), a link or
 * special file (AP109), anything else (AP108); and for what stands in customers/ but is no
 * customer folder. Only the first few KB of a regular file are read; a link is never followed.
 */
async function otherFileFindings(layout) {
    const strays = await (0,in_parallel/* mapInParallel */.HH)(layout.notCustomers, (file) => notCustomerFinding(layout.root, file));
    const others = layout.customers.flatMap((folder) => folder.otherFiles.map((file) => ({ file, slug: folder.slug })));
    const found = await (0,in_parallel/* mapInParallel */.HH)(others, ({ file, slug }) => customerFileFinding(layout.root, file, slug));
    return [...strays, ...found.filter((f) => f !== undefined)];
}
async function customerFileFinding(root, file, slug) {
    const absolute = external_node_path_default().join(root, file);
    const head = await readRegularFile(absolute, file_kind/* SNIFF_BYTES */.dD, { head: true });
    if (head.kind === 'special') {
        return (0,file_kind/* specialEntryFinding */.N6)(absolute, file, head.what, (0,text_of/* text */.Q)('repo.special.customerFile'));
    }
    return head.kind === 'read'
        ? otherFileFinding(file, slug, (0,file_kind/* sniffFileKind */.Pg)(head.bytes, file))
        : undefined;
}
/** `customers` when a link, or an entry of customers/ that is no customer folder. */
async function notCustomerFinding(root, file) {
    const absolute = external_node_path_default().join(root, file);
    const name = external_node_path_default().posix.basename(file);
    const head = await readRegularFile(absolute, file_kind/* SNIFF_BYTES */.dD, { head: true });
    if (head.kind === 'special') {
        const consequence = file === 'customers'
            ? (0,text_of/* text */.Q)('repo.special.customers')
            : (0,text_of/* text */.Q)('repo.special.customerFolder', { name });
        return (0,file_kind/* specialEntryFinding */.N6)(absolute, file, head.what, consequence);
    }
    if (head.kind !== 'read') {
        return (0,finding/* finding */.gk)('AP108', { file, line: 1 }, (0,text_of/* text */.Q)('repo.file.vanished', { file }));
    }
    const at = { file, line: 1 };
    if (/\.(md|markdown)$/i.test(name)) {
        return (0,finding/* finding */.gk)('AP108', at, (0,text_of/* text */.Q)('repo.file.documentation', { file }), DOCS_HINT, 'notice');
    }
    const kind = (0,file_kind/* sniffFileKind */.Pg)(head.bytes, file);
    const message = kind.kind === 'device-list'
        ? (0,text_of/* text */.Q)('repo.file.notCustomer.deviceList', { file })
        : kind.kind === 'workbook'
            ? (0,text_of/* text */.Q)('repo.file.notCustomer.workbook', { file })
            : (0,text_of/* text */.Q)('repo.file.notCustomer.other', { file });
    return (0,finding/* finding */.gk)(kind.kind === 'other' ? 'AP108' : kind.kind === 'device-list' ? 'AP106' : 'AP107', at, message, (0,text_of/* text */.Q)('repo.file.notCustomerHint', { csvName: (0,file_kind/* csvNameOf */.X5)(name) }));
}
const DOCS_HINT = (0,text_of/* text */.Q)('repo.file.documentationHint', { devices: 'customers/<slug>/devices/' });
const ENCODING_NAMES = {
    'utf-8-bom': (0,text_of/* text */.Q)('repo.encoding.utf8Bom'),
    'utf-16le': (0,text_of/* text */.Q)('repo.encoding.named', { name: 'UTF-16LE' }),
    'utf-16be': (0,text_of/* text */.Q)('repo.encoding.named', { name: 'UTF-16BE' }),
    'windows-1252': (0,text_of/* text */.Q)('repo.encoding.named', { name: 'Windows-1252' }),
};
/** The finding for one such file, by what its first bytes say it is. */
function otherFileFinding(file, slug, kind) {
    const at = { file, line: 1 };
    const name = external_node_path_default().posix.basename(file);
    const devices = `customers/${slug}/devices/`;
    const inDevices = file.startsWith(devices);
    // Where the file belongs once it is CSV: beside itself in devices/, or in devices/.
    const target = `${inDevices ? external_node_path_default().posix.dirname(file) : devices.slice(0, -1)}/${(0,file_kind/* csvNameOf */.X5)(name)}`;
    if (kind.kind === 'workbook')
        return (0,file_kind/* workbookFinding */.i3)(file, kind.format, target);
    if (kind.kind === 'device-list') {
        const encoding = ENCODING_NAMES[kind.encoding];
        return (0,finding/* finding */.gk)('AP106', at, (0,text_of/* text */.Q)('repo.file.listNotCsv', { file, firstLine: kind.firstLine, encoding }), (0,text_of/* text */.Q)(inDevices ? 'repo.file.renameToCsv' : 'repo.file.moveToCsv', { target, devices }));
    }
    const { what } = kind;
    if (!inDevices && /\.(md|markdown)$/i.test(name)) {
        return (0,finding/* finding */.gk)('AP108', at, (0,text_of/* text */.Q)('repo.file.documentation', { file }), (0,text_of/* text */.Q)('repo.file.documentationHint', { devices }), 'notice');
    }
    if (file.split('/').length === 3 && /^customer\.(ya?ml|json)$/i.test(name)) {
        return (0,finding/* finding */.gk)('AP108', at, (0,text_of/* text */.Q)('repo.file.settingsName', { file }), (0,text_of/* text */.Q)('repo.file.settingsNameHint', { slug }));
    }
    return (0,finding/* finding */.gk)('AP108', at, (0,text_of/* text */.Q)(inDevices ? 'repo.file.notDeviceListInDevices' : 'repo.file.notDeviceList', {
        file,
        what,
    }));
}

// EXTERNAL MODULE: ./src/repo/scan-repository.ts
var scan_repository = __webpack_require__(7740);
;// CONCATENATED MODULE: ./src/repo/inspect-repository.ts



















/** Reads a whole repository once: customers, every device file (on workers when large), the records. */
async function inspectRepository(options) {
    const maxBytes = options.maxBytes ?? read_device_csv/* DEFAULT_MAX_BYTES */.fS;
    const checker = options.checker ?? file_checker/* inThisThread */.E;
    const layout = await readLayout(options);
    const { customers, requests, ownerOf, findings } = await readCustomers(layout, maxBytes);
    for (const customer of customers) {
        const files = customer.folder.deregisterFiles;
        if (files.length === 0)
            continue;
        const read = await readDeregisterRequests(layout.root, files, maxBytes);
        customer.deregister = read.requests;
        for (const f of read.findings)
            findings.push(f);
    }
    // AP106–AP109: what customer folders hold that is not read.
    for (const f of await otherFileFindings(layout))
        findings.push(f);
    for (const file of layout.strayCsvFiles) {
        if (!options.looseFiles) {
            findings.push((0,finding/* finding */.gk)('AP605', { file, line: 1 }, (0,text_of/* text */.Q)('repo.file.stray', { file })));
        }
        requests.push(request(layout.root, file, maxBytes, undefined));
    }
    // Each phase lets go of what the one before it made (the scan; the workers' messages; the
    // records' text and parsed devices) before it makes its own: see collectGarbage. Right after the
    // file checks there is little to collect, but V8 then sizes the heap for the records on what is
    // live (without it, 150,000 devices' plan peaked 20 MB higher); no record, nothing to fold.
    (0,collect_garbage/* collectGarbage */.i)();
    const reports = await checker.checkAll(requests);
    (0,collect_garbage/* collectGarbage */.i)();
    const strayReports = sortReports(reports, customers, ownerOf, findings);
    (0,collect_garbage/* collectGarbage */.i)();
    const records = await readRecordFiles(layout.root, layout.customers);
    (0,collect_garbage/* collectGarbage */.i)();
    // The states share the rows' strings (see sharedKeys); with no record, no index of the files.
    const keysOf = records.records.length > 0 ? (0,row_strings/* sharedKeys */.ai)(rowsOf(customers)) : undefined;
    const ledger = (0,fold_ledger/* foldRecords */.IN)(records.records, keysOf);
    if (records.records.length > 0)
        (0,collect_garbage/* collectGarbage */.i)();
    for (const f of records.findings)
        findings.push(f);
    for (const slug of records.unreadable)
        ledger.unreadable.add(slug);
    return { root: layout.root, customers, strayReports, findings, ledger };
}
/** Every customer's device files, with their rows: what the ledger shares its strings with. */
function* rowsOf(customers) {
    for (const customer of customers)
        yield* customer.reports;
}
/** Every customer.yml, and the checks its device files are to get. */
async function readCustomers(layout, maxBytes) {
    const findings = [];
    const customers = [];
    const requests = [];
    const ownerOf = new Map();
    const reads = await (0,in_parallel/* mapInParallel */.HH)(layout.customers, (folder) => readCustomerFile(layout.root, folder));
    for (const [index, folder] of layout.customers.entries()) {
        const read = reads[index];
        for (const f of read.findings)
            findings.push(f);
        if (!SLUG.test(folder.slug)) {
            const at = { file: folder.configFile, line: 1 };
            const slug = (0,shorten/* shorten */.m)(folder.slug, 40);
            findings.push((0,finding/* finding */.gk)('AP605', at, (0,text_of/* text */.Q)('repo.folder.notSlug', { slug })));
        }
        customers.push({
            folder,
            ...(read.customer ? { customer: read.customer } : {}),
            reports: [],
            deregister: [],
        });
        for (const file of folder.deviceFiles) {
            ownerOf.set(file, folder.slug);
            const tagged = read.customer ? (0,device_tags/* fileTags */.U)(file, read.customer) : undefined;
            if (tagged?.finding)
                findings.push(tagged.finding);
            requests.push(request(layout.root, file, maxBytes, tagged?.tags));
        }
    }
    return { customers, requests, ownerOf, findings };
}
/**
 * Gives each file's report to its customer (returning those of no customer), gathers their
 * findings (each report's capped already: see checkDeviceFile), and adds the duplicates across
 * the whole repository, capped per file and rule too: a file committed twice makes 100,000
 * duplicates. A row with a duplicate is marked (see findDuplicates), so that the plan blocks it
 * even past the cap.
 */
function sortReports(reports, customers, ownerOf, findings) {
    const bySlug = new Map(customers.map((c) => [c.folder.slug, c]));
    const strayReports = [];
    const owned = [];
    const shared = (0,ledger_device/* stringPool */.SH)();
    for (const report of reports) {
        for (const f of report.findings)
            findings.push(f);
        const slug = ownerOf.get(report.file);
        const owner = slug === undefined ? undefined : bySlug.get(slug);
        if (owner)
            owner.reports.push(report);
        else
            strayReports.push(report);
        for (const device of report.devices) {
            // Reports from worker threads arrive with a copy of every string per device: share the
            // repeated ones, which keeps 100,000 devices well inside the memory budget.
            device.file = report.file;
            device.manufacturer = shared(device.manufacturer);
            device.model = shared(device.model);
            owned.push({ device, customer: slug });
        }
    }
    const duplicates = new cap_findings/* FindingCap */._();
    (0,rules_duplicates/* findDuplicates */.Ir)(owned, duplicates);
    for (const f of duplicates.list())
        findings.push(f);
    return strayReports;
}
async function readLayout(options) {
    const loose = options.looseFiles;
    if (loose === undefined)
        return (0,scan_repository/* scanRepository */.Gw)(options.root);
    const files = loose.length > 0
        ? [...loose]
        : (await (0,scan_repository/* scanRepository */.Gw)(options.root, { customers: false })).strayCsvFiles;
    return { root: options.root, customers: [], strayCsvFiles: files, notCustomers: [] };
}
function request(root, file, maxBytes, tags) {
    return {
        path: external_node_path_default().join(root, file),
        file,
        maxBytes,
        ...(tags === undefined ? {} : { tags }),
    };
}

// EXTERNAL MODULE: ./src/repo/paths.ts
var paths = __webpack_require__(2711);
;// CONCATENATED MODULE: ./src/repo/read-rows.ts


/**
 * Reads rows back from their CSVs by `file:line`: the plan keeps only a digest of each hash, so a
 * repository of 100,000 devices is never held in memory twice. A row that is not where the plan
 * saw it (the file changed under us) is an error, not a silent skip.
 */
async function readRowCells(root, sources) {
    const byFile = new Map();
    for (const source of sources) {
        const { file, line } = splitSource(source);
        byFile.set(file, (byFile.get(file) ?? new Set()).add(line));
    }
    const cells = new Map();
    for (const [file, lines] of byFile) {
        await (0,read_device_csv/* readDeviceCsv */.BA)({
            path: external_node_path_default().join(root, file),
            file,
            maxBytes: read_device_csv/* DEFAULT_MAX_BYTES */.fS,
            onRow(row) {
                if (!lines.delete(row.line))
                    return;
                cells.set(`${file}:${row.line}`, {
                    serialNumber: (0,read_device_csv/* cellOf */.WC)(row, 'serialNumber').trim(),
                    productKeyId: (0,read_device_csv/* cellOf */.WC)(row, 'productKeyId').trim(),
                    hardwareHash: (0,read_device_csv/* cellOf */.WC)(row, 'hardwareHash').trim(),
                });
            },
        });
        const [missing] = lines;
        if (missing !== undefined) {
            throw new Error(`${file}:${missing} is no longer the row the plan read (the file changed during the run); run again`);
        }
    }
    return cells;
}
/** `customers/x/devices/a.csv:12` as its file and line. */
function splitSource(source) {
    const at = source.lastIndexOf(':');
    return { file: source.slice(0, at), line: Number(source.slice(at + 1)) };
}

;// CONCATENATED MODULE: ./src/repo/local-repository.ts




/** The repository on this machine's disk: `root` holds customers/, `topLevel` is git's top level. */
function localRepository(options) {
    const { root, topLevel } = options;
    const prefix = (0,paths/* checkoutPrefix */.xy)(topLevel, root);
    return {
        root,
        prefix,
        inspect: () => inspectRepository({
            root,
            ...(options.checker ? { checker: options.checker } : {}),
            ...(options.looseFiles ? { looseFiles: options.looseFiles } : {}),
        }),
        readRows: (sources) => readRowCells(root, sources),
        head: () => (0,git/* gitHead */.Tj)(root),
        async hasCommits(shas) {
            for (const sha of shas)
                if (!(await (0,git/* hasCommit */.QE)(topLevel, sha)))
                    return false;
            return true;
        },
        async changedSince(base, head) {
            return (0,paths/* changesInRoot */.PX)(await (0,git/* gitChangedFiles */.Ce)(topLevel, base, head), prefix);
        },
    };
}


/***/ }),

/***/ 2711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   PX: () => (/* binding */ changesInRoot),
/* harmony export */   iD: () => (/* binding */ fromTopLevel),
/* harmony export */   xy: () => (/* binding */ checkoutPrefix)
/* harmony export */ });
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6760);
/* harmony import */ var node_path__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_path__WEBPACK_IMPORTED_MODULE_0__);

/** The checkout's folder relative to the repository's top level, with `/`; '' at the top. */
function checkoutPrefix(topLevel, root) {
    return node_path__WEBPACK_IMPORTED_MODULE_0___default().relative(topLevel, root).split((node_path__WEBPACK_IMPORTED_MODULE_0___default().sep)).join('/');
}
/** A path in the checkout as the repository's top level names it: changesInRoot's inverse. */
function fromTopLevel(prefix, file) {
    return prefix === '' ? file : `${prefix}/${file}`;
}
/** Keeps the changes inside the checkout (`prefix` from the repository's top level), with paths relative to it. */
function changesInRoot(files, prefix) {
    if (prefix === '')
        return [...files];
    const inside = (p) => p?.startsWith(`${prefix}/`) ?? false;
    return files
        .filter((f) => inside(f.path) || inside(f.previousPath))
        .map((f) => ({
        ...f,
        path: inside(f.path) ? f.path.slice(prefix.length + 1) : f.path,
        ...(f.previousPath && inside(f.previousPath)
            ? { previousPath: f.previousPath.slice(prefix.length + 1) }
            : {}),
    }));
}


/***/ }),

/***/ 1589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ hasDuplicateFindings),
/* harmony export */   Ir: () => (/* binding */ findDuplicates),
/* harmony export */   Rh: () => (/* binding */ countDevices)
/* harmony export */ });
/* unused harmony export describeDevice */
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3370);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8807);
/* harmony import */ var _row_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4021);



/**
 * Finds devices that appear more than once across the given files (AP501 same file, AP502 two
 * files of one customer, AP503 two customers). Every occurrence after the first is reported,
 * naming the first; the first is reported too, naming the second, so each file involved carries
 * the finding. The findings go into `found`, made only when listed or first counted: one device
 * on 143,000 rows gave 143,000 messages to be counted. Every duplicate is an error, so each device
 * a finding names is marked, and the plan blocks it even when the cap leaves the finding unlisted.
 */
function findDuplicates(devices, found) {
    const firstByKey = new Map();
    const reportedFirsts = new Set();
    for (const owned of devices) {
        let first;
        for (const key of owned.device.keys) {
            const seen = firstByKey.get(key);
            if (seen && seen !== owned) {
                first ??= seen;
            }
            else if (!seen) {
                firstByKey.set(key, owned);
            }
        }
        if (!first)
            continue;
        addDuplicate(owned, first, found);
        if (!reportedFirsts.has(first) && first.device.file !== owned.device.file) {
            reportedFirsts.add(first);
            addDuplicate(first, owned, found);
        }
    }
}
function addDuplicate(here, other, found) {
    const { device } = here;
    device.hasErrors = true;
    const rule = device.file === other.device.file
        ? 'AP501'
        : here.customer === other.customer
            ? 'AP502'
            : 'AP503';
    found.addLazily(rule, device.file, device.line, () => duplicateFinding(here, other));
}
function duplicateFinding(here, other) {
    const device = describeDevice(here.device);
    const at = { file: here.device.file, line: here.device.line };
    if (here.device.file === other.device.file) {
        return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('AP501', at, (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.duplicateInFile', { device, line: other.device.line }));
    }
    const where = `${other.device.file}:${other.device.line}`;
    if (here.customer === other.customer) {
        return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('AP502', at, (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.duplicateInCustomer', { device, where }));
    }
    const message = other.customer
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.duplicateAcrossCustomers', { device, customer: (0,_row_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(other.customer), where })
        : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.duplicateOutsideCustomers', { device, where });
    return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('AP503', at, message);
}
function describeDevice(device) {
    const manufacturer = device.manufacturer && (0,_row_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(device.manufacturer);
    if (device.serialNumber) {
        const serial = (0,_row_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(device.serialNumber);
        return manufacturer
            ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.makeSerial', { manufacturer, serial })
            : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.serial', { serial });
    }
    if (device.productKeyId) {
        const productKeyId = (0,_row_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(device.productKeyId);
        return manufacturer
            ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.makeProductKey', { manufacturer, productKeyId })
            : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.productKey', { productKeyId });
    }
    return manufacturer ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.make', { manufacturer }) : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.sameHash');
}
/**
 * Whether findDuplicates found any two rows to be one device. When it did not, every row is a
 * device of its own, and counting them needs no countDevices.
 */
function hasDuplicateFindings(findings) {
    return findings.some((f) => f.rule === 'AP501' || f.rule === 'AP502' || f.rule === 'AP503');
}
function countDevices(devices, keysOf = (row) => row.keys) {
    const parent = new Int32Array(devices.length);
    for (let i = 0; i < parent.length; i++)
        parent[i] = i;
    const root = (i) => {
        let r = i;
        while (parent[r] !== r)
            r = parent[r] ?? r;
        // Point every row on the way straight at the root, so that the next look-up is short.
        for (let j = i; j !== r;) {
            const next = parent[j] ?? r;
            parent[j] = r;
            j = next;
        }
        return r;
    };
    let count = devices.length;
    forEachSharedKey(devices.length, (row) => keysOf(devices[row]), (row, other) => {
        const [a, b] = [root(other), root(row)];
        if (a !== b) {
            parent[b] = a;
            count -= 1;
        }
    });
    return count;
}
/**
 * Calls `join` for each row with a key an earlier row has, with that earlier row. The keys are
 * indexed in a table of row numbers rather than a Map: at 100,000 devices a Map of their 300,000
 * keys would cost the engine its memory budget. Each slot keeps its key's hash beside it, so an
 * earlier row's keys are asked for again only when the hashes match.
 */
function forEachSharedKey(rows, keysOf, join) {
    let keyCount = 0;
    for (let row = 0; row < rows; row++)
        keyCount += keysOf(row).length;
    let slots = 16;
    // Three quarters full at most: linear probing stays short.
    while (slots * 3 < keyCount * 4)
        slots *= 2;
    const mask = slots - 1;
    // Each slot holds row * 8 + the key's index in the row (a row has at most 4 keys), or -1.
    const table = new Int32Array(slots).fill(-1);
    const hashes = new Int32Array(slots);
    for (let row = 0; row < rows; row++) {
        const keys = keysOf(row);
        for (let k = 0; k < keys.length; k++) {
            const key = keys[k];
            const hash = tailHash(key) | 0;
            for (let slot = hash & mask;; slot = (slot + 1) & mask) {
                const held = table[slot] ?? -1;
                if (held === -1) {
                    table[slot] = row * 8 + k;
                    hashes[slot] = hash;
                    break;
                }
                if (hashes[slot] === hash && keysOf(held >> 3)[held & 7] === key) {
                    join(row, held >> 3);
                    break;
                }
            }
        }
    }
}
/** FNV-1a over the length and the last 16 code units: where keys differ (serials, digests). */
function tailHash(text) {
    let hash = Math.imul(0x811c9dc5 ^ text.length, 0x01000193);
    for (let i = Math.max(0, text.length - 16); i < text.length; i++) {
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    }
    return hash >>> 0;
}


/***/ }),

/***/ 311:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   x: () => (/* binding */ VERSION)
/* harmony export */ });
/** Kept in step with package.json by a test. */
const VERSION = '0.1.0';


/***/ })

};
