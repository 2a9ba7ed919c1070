export const id = 767;
export const ids = [767];
export const modules = {

/***/ 6753:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   l: () => (/* binding */ AuthError)
/* harmony export */ });
/* harmony import */ var _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);

/** A sign-in problem: says what to configure, never a secret. */
class AuthError extends _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .TextError */ .WK {
    name = 'AuthError';
}


/***/ }),

/***/ 2839:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   O4: () => (/* binding */ GLOBAL_CLOUD),
/* harmony export */   Xj: () => (/* binding */ partnerCenterScopes)
/* harmony export */ });
/* unused harmony exports CLOUDS, partnerCenterResource */
/**
 * Partner Center's endpoint in each cloud, and the Entra authority host that signs in for it.
 * The token's audience is the endpoint itself: Partner Center refuses tokens of another audience
 * (the old `graph.windows.net` ones since August 2025).
 */
const CLOUDS = [
    {
        partnerCenter: 'https://api.partnercenter.microsoft.com',
        authorityHost: 'https://login.microsoftonline.com',
    },
    // Operated by 21Vianet.
    {
        partnerCenter: 'https://partner.partnercenterapi.microsoftonline.cn',
        authorityHost: 'https://login.chinacloudapi.cn',
    },
];
/** The global cloud: Partner Center's endpoint, the default authority host. */
const GLOBAL_CLOUD = CLOUDS[0];
/**
 * The resource a token is asked for, from `partner-center-url`: the cloud whose endpoint it is,
 * else (the sandbox, a test, a proxy) the global one, whose scope the sandbox expects too.
 */
function partnerCenterResource(partnerCenterUrl) {
    const origin = partnerCenterUrl ? safeOrigin(partnerCenterUrl) : undefined;
    const cloud = CLOUDS.find((c) => c.partnerCenter === origin) ?? GLOBAL_CLOUD;
    return cloud.partnerCenter;
}
/** The two scopes: `.default` for the app's own token, `user_impersonation` for App+User. */
function partnerCenterScopes(partnerCenterUrl) {
    const resource = partnerCenterResource(partnerCenterUrl);
    return { app: `${resource}/.default`, user: `${resource}/user_impersonation` };
}
function safeOrigin(url) {
    try {
        return new URL(url).origin;
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 5529:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   J: () => (/* binding */ sharedToken)
/* harmony export */ });
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


/***/ }),

/***/ 9982:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   V: () => (/* binding */ signInFailure)
/* harmony export */ });
/* harmony import */ var _findings_redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6169);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8807);
/* harmony import */ var _partner_center_untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8832);
/* harmony import */ var _auth_error_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6753);




/** MSAL's codes for a request that got no answer. */
const NO_ANSWER = new Set(['endpoints_resolution_error', 'network_error']);
const PROBE_TIMEOUT_MS = 10_000;
/**
 * The AuthError for what MSAL threw. MSAL keeps no cause of a network failure (its error says
 * `endpoints_resolution_error` or `network_error`, and `fetch failed` at most), so after one the
 * discovery document is fetched once more, to learn whether the certificate was not trusted.
 */
async function signInFailure(error, context) {
    if (error instanceof _auth_error_js__WEBPACK_IMPORTED_MODULE_2__/* .AuthError */ .l)
        return error;
    const redact = context.redact ?? _findings_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactShapes */ .YA;
    // MSAL's error, kept as the cause, holds Entra's words too.
    return (0,_findings_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactError */ .ki)(await explain((0,_findings_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redactError */ .ki)(error, redact), context), redact);
}
async function explain(error, context) {
    const e = error;
    const credentials = credentialsUsed(context);
    const failed = (reason, cause) => new _auth_error_js__WEBPACK_IMPORTED_MODULE_2__/* .AuthError */ .l((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('error.signIn.failed', { credentials, reason }), { cause });
    if (e.errorCode && NO_ANSWER.has(e.errorCode)) {
        const discovery = `${context.authority}/v2.0/.well-known/openid-configuration`;
        const probe = await probeDiscovery(discovery);
        if (probe.untrusted)
            return failed((0,_partner_center_untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedCertificateMessage */ .r)(new URL(discovery).host, probe.untrusted), probe.error);
        if (e.errorCode === 'endpoints_resolution_error' && probe.problem) {
            const { tenantId, authorityHost } = context.settings;
            const reason = { discovery, problem: probe.problem, tenantId, authorityHost };
            return failed((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('error.signIn.discovery', reason), error);
        }
    }
    // MSAL's messages name the failing request, not the secret; keep the first line only. They
    // are Entra's words (or MSAL's), quoted as they came.
    const code = e.errorCode ? `${e.errorCode}: ` : '';
    const said = (e.errorMessage ?? e.message ?? String(error)).split('\n')[0];
    return failed((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('verbatim', { words: `${code}${said}` }), error);
}
/** `client-secret and refresh-token (App+User)`, in the caller's names. */
function credentialsUsed({ mode, appUser, settings }) {
    if (mode === 'device-code')
        return (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('error.signIn.deviceCode');
    const credential = mode === 'client-secret'
        ? settings.clientSecret
        : mode === 'client-certificate'
            ? settings.clientCertificate
            : mode;
    return appUser
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('error.signIn.appUser', { credential, refreshToken: settings.refreshToken })
        : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('verbatim', { words: credential });
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
        const untrusted = (0,_partner_center_untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_1__/* .untrustedCertificateCode */ .L)(error);
        if (untrusted)
            return { untrusted, error };
        // fetch says `fetch failed`; its cause says why (ECONNREFUSED, ENOTFOUND, …).
        const cause = error.cause;
        const why = typeof cause?.code === 'string' ? cause.code : cause?.message;
        return { problem: typeof why === 'string' ? why : String(error) };
    }
}


/***/ }),

/***/ 2915:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  X7: () => (/* reexport */ setting_names/* CLI_SETTING_NAMES */.X),
  j_: () => (/* binding */ DEFAULT_AUTHORITY_HOST),
  Ax: () => (/* binding */ QUIET_LOGGER),
  Gi: () => (/* binding */ cachedSecrets),
  Nl: () => (/* binding */ createSignIn),
  GJ: () => (/* binding */ learner)
});

// UNUSED EXPORTS: ACTION_SETTING_NAMES, AuthError, FEDERATION_AUDIENCE

// EXTERNAL MODULE: ./node_modules/@azure/msal-node/dist/index.mjs + 115 modules
var dist = __webpack_require__(2669);
// EXTERNAL MODULE: ./src/findings/redact.ts
var redact = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/partner-center/errors.ts
var errors = __webpack_require__(4193);
// EXTERNAL MODULE: ./src/auth/auth-error.ts
var auth_error = __webpack_require__(6753);
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
        throw new auth_error/* AuthError */.l(withoutSecret
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
        throw new auth_error/* AuthError */.l((0,text_of/* text */.Q)('error.signIn.noCertificate', { setting: settings.clientCertificate }));
    let privateKey;
    try {
        privateKey = (0,external_node_crypto_.createPrivateKey)(pem).export({ type: 'pkcs8', format: 'pem' }).toString();
    }
    catch {
        throw new auth_error/* AuthError */.l((0,text_of/* text */.Q)('error.signIn.noPrivateKey', { setting: settings.clientCertificate }));
    }
    const raw = new external_node_crypto_.X509Certificate(certificate).raw;
    return {
        thumbprintSha256: (0,external_node_crypto_.createHash)('sha256').update(raw).digest('hex'),
        privateKey,
        x5c: certificate,
    };
}

// EXTERNAL MODULE: ./src/auth/shared-token.ts
var shared_token = __webpack_require__(5529);
// EXTERNAL MODULE: ./src/auth/sign-in-failure.ts
var sign_in_failure = __webpack_require__(9982);
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
    const redactor = given.redactor ?? (0,redact/* createRedactor */.lY)();
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
                throw new auth_error/* AuthError */.l((0,text_of/* text */.Q)('error.signIn.noAccessToken'));
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
            throw await (0,sign_in_failure/* signInFailure */.V)(error, {
                mode,
                appUser: user,
                authority,
                settings,
                redact: redactor.redact,
            });
        }
    };
    // App-only for every call; App+User only where Partner Center requires it (creating a batch).
    const getToken = (0,shared_token/* sharedToken */.J)(() => acquire(false));
    return {
        mode,
        appUser,
        getToken,
        getUserToken: appUser ? (0,shared_token/* sharedToken */.J)(() => acquire(true)) : getToken,
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


/***/ }),

/***/ 4767:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Ng: () => (/* binding */ connect),
  runRegisterCommand: () => (/* binding */ runRegisterCommand),
  N7: () => (/* binding */ runRegistration),
  f5: () => (/* binding */ settingsOf),
  Bt: () => (/* binding */ signInOptions)
});

// EXTERNAL MODULE: ./src/auth/token-provider.ts + 1 modules
var token_provider = __webpack_require__(2915);
// EXTERNAL MODULE: ./src/context/run-context.ts
var run_context = __webpack_require__(3832);
// EXTERNAL MODULE: ./src/findings/error-words.ts
var error_words = __webpack_require__(6564);
// EXTERNAL MODULE: ./src/findings/redact.ts
var redact = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
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

// EXTERNAL MODULE: ./src/partner-center/errors.ts
var errors = __webpack_require__(4193);
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

// EXTERNAL MODULE: ./src/partner-center/untrusted-certificate.ts
var untrusted_certificate = __webpack_require__(8832);
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
            redact: redact/* redactShapes */.YA,
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
        return (0,redact/* redactValues */.se)(data, this.options.redact);
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

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/coerce.js
var coerce = __webpack_require__(9567);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var classic_schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/auth/cloud.ts
var cloud = __webpack_require__(2839);
;// CONCATENATED MODULE: ./src/register/settings.ts


const positiveInt = (max) => coerce/* number */.ai().int().min(1).max(max);
/**
 * How a registration run works, with one set of bounds and defaults for the action's inputs and
 * the CLI's options.
 */
const RegistrationSettingsSchema = classic_schemas/* object */.Ikc({
    partnerCenterUrl: classic_schemas/* string */.YjP().default(cloud/* GLOBAL_CLOUD */.O4.partnerCenter),
    concurrency: positiveInt(20).default(4),
    pollTimeoutMinutes: coerce/* number */.ai().positive().max(360).default(30),
    chunkSize: positiveInt(1000).default(1000),
    // 0 turns deregistration off; the cap is per customer and run (see plan-deregister.ts).
    maxDeregistrations: coerce/* number */.ai().int().min(0).max(10_000).default(25),
});

// EXTERNAL MODULE: ./src/repo/git.ts + 1 modules
var git = __webpack_require__(5975);
// EXTERNAL MODULE: ./src/repo/local-repository.ts + 2 modules
var local_repository = __webpack_require__(8155);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/repo/checkout-lock.ts



/**
 * One registration run at a time on a checkout: two would read the same records, send the same
 * devices and write their records side by side. The lock is a file in the git folder (never in
 * the working tree) holding the process id; one whose process is gone is taken over.
 */
async function lockCheckout(root) {
    const file = external_node_path_default().join(await (0,git/* gitDir */.oG)(root), 'autopilot-gitops-register.lock');
    for (let attempt = 0; attempt < 2; attempt++) {
        try {
            await (0,promises_.writeFile)(file, `${process.pid}\n`, { flag: 'wx' });
            return { release: () => (0,promises_.rm)(file, { force: true }) };
        }
        catch (error) {
            if (error.code !== 'EEXIST')
                throw error;
            const holder = Number.parseInt(await (0,promises_.readFile)(file, 'utf8').catch(() => ''), 10);
            if (Number.isInteger(holder) && isRunning(holder)) {
                throw new Error(`another register run (process ${holder}) is running on this checkout: wait for it to end, then run again. If no such process runs, delete ${file}`);
            }
            // Left by a run that was killed: take it over.
            await takeOver(file, holder);
        }
    }
    throw new Error(`could not take the lock ${file}: another run took it at the same moment; run again`);
}
/**
 * Removes a lock left by `stale`, and only that one: two runs finding the same stale lock must
 * not remove, one after the other, the stale lock and then the fresh one of the first. The lock
 * is moved aside (atomically) and looked at there; a fresh one is put back.
 */
async function takeOver(file, stale) {
    const aside = `${file}.${process.pid}.${Date.now()}`;
    try {
        await (0,promises_.rename)(file, aside);
    }
    catch (error) {
        if (error.code === 'ENOENT')
            return;
        throw error;
    }
    const moved = Number.parseInt(await (0,promises_.readFile)(aside, 'utf8').catch(() => ''), 10);
    if (moved !== stale && !Number.isNaN(moved)) {
        // Another run took the lock in between: give it back (never over a newer one).
        await (0,promises_.link)(aside, file).catch(() => undefined);
    }
    await (0,promises_.rm)(aside, { force: true });
}
function isRunning(pid) {
    try {
        process.kill(pid, 0);
        return true;
    }
    catch (error) {
        // EPERM: it runs, as another user.
        return error.code === 'EPERM';
    }
}

;// CONCATENATED MODULE: ./src/repo/working-tree-records.ts





/**
 * The CLI's records: written into the working tree, to be committed by the partner. In-progress
 * records are written as soon as the uploads are accepted: a run stopped while it waits leaves
 * them uncommitted, so the next run refuses to start until they are committed, and then follows
 * them.
 */
function workingTreeRecords(options) {
    const { root } = options;
    const told = new Set();
    let lock;
    return {
        async check() {
            // A record names the commit it registered: that commit must be what is on disk.
            if (!(await (0,git/* gitIsClean */._0)(root, 'customers')))
                throw new Error('customers/ has changes that are not committed (device files, or the records of an earlier run): commit them first, so that the records name what was registered and this run knows what earlier runs sent');
            lock = await lockCheckout(root);
        },
        async keepInProgress(files) {
            // This run's own in-progress records, not committed yet: each write replaces the last.
            await writeRecords(root, files, 'w');
            for (const file of files) {
                if (!told.has(file.path))
                    options.told(file.path);
                told.add(file.path);
            }
        },
        async deliver(files) {
            try {
                // A final record is never written over: two runs never share a name, and none is lost.
                await writeRecords(root, files, 'wx');
            }
            finally {
                await lock?.release();
            }
            return {
                place: files.length > 0 ? { kind: 'working-tree' } : { kind: 'none' },
            };
        },
    };
}
/**
 * Writes each record whole or not at all: a run killed while it writes must not leave half a
 * record, which the next run could not read (its customer would be blocked). The bytes go to a
 * file in the git folder first, then into place in one step: renamed over this run's own
 * in-progress record (`w`), or linked where no file of that name exists (`wx`: a final record is
 * never written over).
 */
async function writeRecords(root, records, flag) {
    const scratch = await (0,git/* gitDir */.oG)(root);
    for (const record of records) {
        const file = external_node_path_default().join(root, record.path);
        await (0,promises_.mkdir)(external_node_path_default().dirname(file), { recursive: true });
        const partial = external_node_path_default().join(scratch, `autopilot-gitops-${(0,external_node_crypto_.randomUUID)()}.partial`);
        await (0,promises_.writeFile)(partial, record.text, { flag: 'wx' });
        try {
            if (flag === 'w')
                await (0,promises_.rename)(partial, file);
            else
                await (0,promises_.link)(partial, file);
        }
        finally {
            await (0,promises_.rm)(partial, { force: true });
        }
    }
}

// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/messages/catalogue.ts + 46 modules
var catalogue = __webpack_require__(4772);
;// CONCATENATED MODULE: ./src/report/progress-display.ts


/** Without a terminal (a CI log, a file): one line this often, however often the standing changes. */
const LINE_EVERY_MS = 30_000;
const TICK_MS = 1_000;
/** On a terminal, the customers listed one a line; the others are added up on one more. */
const MOST_LINES = 10;
function progressDisplay(options) {
    const { clock, terminal, write } = options;
    const say = options.say ?? (0,catalogue/* sayer */.BF)('en');
    const WAITING = say('cli.progress.waiting');
    const DONE = say('cli.progress.done');
    let latest;
    let stopTicking;
    let drawnLines = 0;
    let lineAt = Number.NEGATIVE_INFINITY;
    let finished = false;
    const elapsedMs = () => (latest ? latest.progress.elapsedMs + clock.now() - latest.at : 0);
    // Back to the first line drawn, and everything from there down erased.
    const erase = () => (drawnLines > 0 ? `\r\x1b[${drawnLines}A\x1b[J` : '');
    const draw = (heading) => {
        if (!latest || !terminal)
            return;
        const width = Math.max(terminal.columns() - 1, 20);
        const lines = terminalLines(heading, elapsedMs(), latest.progress.customers, say);
        write(`${erase()}${lines.map((line) => `${cut(line, width)}\n`).join('')}`);
        drawnLines = lines.length;
    };
    const writeLine = (heading) => {
        if (!latest)
            return;
        write(`${oneLineStanding(heading, elapsedMs(), latest.progress.customers, say)}\n`);
        lineAt = clock.now();
    };
    const show = () => {
        if (terminal)
            draw(WAITING);
        else if (clock.now() - lineAt >= LINE_EVERY_MS)
            writeLine(WAITING);
    };
    return {
        update(progress) {
            if (finished)
                return;
            latest = { progress, at: clock.now() };
            stopTicking ??= clock.every(TICK_MS, show);
            show();
        },
        log(given) {
            // A log line quotes slugs and what services said: one line, its controls escaped.
            const message = (0,finding/* oneLine */.TN)(given);
            if (!terminal || finished || drawnLines === 0)
                return write(`${message}\n`);
            write(`${erase()}${message}\n`);
            drawnLines = 0;
            draw(WAITING);
        },
        finish() {
            if (finished)
                return;
            finished = true;
            stopTicking?.();
            if (terminal)
                draw(DONE);
            else
                writeLine(DONE);
            drawnLines = 0;
        },
    };
}
function terminalLines(heading, elapsedMs, customers, say) {
    const shown = customers.length > MOST_LINES ? customers.slice(0, MOST_LINES - 1) : customers;
    const rest = customers.slice(shown.length);
    const label = labels(customers);
    const width = Math.max(...shown.map((c) => label(c).length));
    const lines = shown.map((c) => `  ${label(c).padEnd(width)}  ${standing(c, say)}`);
    if (rest.length > 0)
        lines.push(`  ${say('cli.progress.more', { customers: rest.length, standing: standing(total(rest), say) })}`);
    return [say('cli.progress.heading', { heading, duration: duration(elapsedMs) }), ...lines];
}
function oneLineStanding(heading, elapsedMs, customers, say) {
    const label = labels(customers);
    const each = customers.map((c) => `${label(c)} ${standing(c, say)}`).join('; ');
    return say('cli.progress.line', { heading, duration: duration(elapsedMs), each });
}
function standing(c, say) {
    const { devices, sent, processed, pending } = c;
    return say('cli.progress.standing', { devices, sent, processed, pending });
}
function total(customers) {
    const sum = (key) => customers.reduce((n, c) => n + c[key], 0);
    return {
        devices: sum('devices'),
        sent: sum('sent'),
        processed: sum('processed'),
        pending: sum('pending'),
    };
}
/**
 * Each customer by its slug, and a customer sending under several tags by slug and tag. Both
 * are the partner's: shown with their control characters escaped.
 */
function labels(customers) {
    const seen = new Map();
    for (const c of customers)
        seen.set(c.slug, (seen.get(c.slug) ?? 0) + 1);
    return (c) => (0,finding/* oneLine */.TN)((seen.get(c.slug) ?? 0) > 1 ? `${c.slug} (${c.groupTag})` : c.slug);
}
function cut(line, width) {
    return line.length <= width ? line : `${line.slice(0, width - 1)}…`;
}
/** `45s`, `12m 05s`, `1h 02m 05s`. */
function duration(ms) {
    const seconds = Math.max(0, Math.floor(ms / 1000));
    const [h, m, s] = [Math.floor(seconds / 3600), Math.floor(seconds / 60) % 60, seconds % 60];
    const two = (n) => String(n).padStart(2, '0');
    if (h > 0)
        return `${h}h ${two(m)}m ${two(s)}s`;
    if (m > 0)
        return `${m}m ${two(s)}s`;
    return `${s}s`;
}
/** The real clock: a timer that never holds the process open on its own. */
const SYSTEM_CLOCK = {
    now: Date.now,
    every(ms, tick) {
        const timer = setInterval(tick, ms);
        timer.unref();
        return () => clearInterval(timer);
    },
};

// EXTERNAL MODULE: ./src/plan/registration-plan.ts
var registration_plan = __webpack_require__(8880);
;// CONCATENATED MODULE: ./src/report/create-batch-command.ts

/**
 * The command that creates a customer's missing batch with a partner admin's interactive sign-in,
 * for a run that could not (app-only): every value as the run used it, defaults left out.
 */
function createBatchCommand(customer, signIn) {
    const words = [
        signIn.program,
        'create-batch',
        quoted(signIn.path),
        '--customer',
        quoted(customer.slug),
        '--group-tag',
        quoted(customer.groupTag),
        '--tenant-id',
        quoted(signIn.tenantId),
        '--client-id',
        quoted(signIn.clientId),
    ];
    const { authorityHost, partnerCenterUrl } = signIn;
    if (authorityHost && authorityHost !== cloud/* GLOBAL_CLOUD */.O4.authorityHost)
        words.push('--authority-host', quoted(authorityHost));
    if (partnerCenterUrl && partnerCenterUrl !== cloud/* GLOBAL_CLOUD */.O4.partnerCenter)
        words.push('--partner-center-url', quoted(partnerCenterUrl));
    return words.join(' ');
}
/** A word as a POSIX shell reads it back unchanged: single quotes unless it needs none. */
function quoted(word) {
    if (/^[\w@%+=:,./-]+$/.test(word))
        return word;
    return `'${word.replaceAll("'", `'\\''`)}'`;
}

;// CONCATENATED MODULE: ./src/report/registration-outcome.ts


/** The run's outcome, counted; `records` are the records' paths as the reader should see them. */
function registrationOutcome(report, extra) {
    const devices = report.run.customers.flatMap((c) => c.devices.map((d) => ({ ...d, customer: c.slug })));
    const count = (status) => devices.filter((d) => d.status === status);
    const failed = count('failed');
    const pending = count('pending');
    const wouldSend = extra.dryRun ? (0,registration_plan/* totalToSend */.so)(report.plan.customers) : 0;
    return {
        commit: extra.commit,
        digest: report.plan.digest,
        dryRun: extra.dryRun,
        reviewed: report.reviewed.map((r) => ({ number: r.number, planDigest: r.planDigest })),
        counts: {
            registered: count('registered').length,
            alreadyRegistered: count('already-registered').length,
            retagged: count('retagged').length,
            deregistered: count('deregistered').length,
            failed: failed.length,
            pending: pending.length,
            skipped: report.run.skipped.length,
            wouldSend,
        },
        customers: report.run.customers.map((c) => {
            const of = (status) => c.devices.filter((d) => d.status === status).length;
            return {
                slug: c.slug,
                groupTag: c.groupTag,
                registered: of('registered'),
                alreadyRegistered: of('already-registered'),
                retagged: of('retagged'),
                deregistered: of('deregistered'),
                failed: of('failed'),
                pending: of('pending'),
                ...(c.error ? { error: c.error } : {}),
                ...(c.batchMissing && extra.signIn
                    ? { createBatch: createBatchCommand(c, extra.signIn) }
                    : {}),
            };
        }),
        refused: refusedDeregistrations(report),
        failed,
        pending,
        skipped: report.run.skipped,
        records: extra.records,
        ...(report.recordsCopy ? { recordsCopy: report.recordsCopy } : {}),
        place: report.place,
        ...(report.correlationId ? { correlationId: report.correlationId } : {}),
    };
}
/** The deregistrations the plan asked for that the run did not carry out. */
function refusedDeregistrations(report) {
    return report.plan.customers.flatMap((c) => c.devices.filter(registration_plan/* isRefusedDeregistration */.xs).map((d) => ({
        customer: c.slug,
        device: d.serialNumber || d.productKeyId,
        source: d.source,
        reason: d.reason,
    })));
}
/** Why the run fails, after everything is recorded; undefined when it succeeded. */
function registrationFailure(outcome, say) {
    const reasons = [];
    const { failed, skipped } = outcome.counts;
    if (failed > 0)
        reasons.push(say('report.failure.failed', { devices: failed }));
    const refused = outcome.refused.length;
    if (refused > 0)
        reasons.push(say('report.failure.refused', { deregistrations: refused }));
    if (skipped > 0)
        reasons.push(say('report.failure.skipped', { customers: skipped }));
    const stopped = outcome.customers.filter((c) => c.error).length;
    if (stopped > 0)
        reasons.push(say('report.failure.stopped', { customers: stopped }));
    if (outcome.place.kind === 'temp-only')
        reasons.push(say('report.failure.notCommitted', { reason: say.text(outcome.place.reason) }));
    return reasons.length > 0 ? reasons.join(say('report.separator')) : undefined;
}

// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/partner-center/error-codes.ts
var error_codes = __webpack_require__(141);
;// CONCATENATED MODULE: ./src/report/registration-words.ts


/** The counted columns of the outcome's table: retagged and deregistered only where some were. */
function registration_words_countsColumns(outcome) {
    const { retagged, deregistered } = outcome.counts;
    return [
        'registered',
        'alreadyRegistered',
        ...(retagged > 0 ? ['retagged'] : []),
        ...(deregistered > 0 ? ['deregistered'] : []),
        'failed',
        'pending',
    ];
}
/** `3 registered`, `0 already registered`…: a run's or a customer's counts, in words. */
function registration_words_outcomeCounts(counts, say) {
    return [
        say('report.outcome.count.registered', { devices: counts.registered }),
        say('report.outcome.count.alreadyRegistered', { devices: counts.alreadyRegistered }),
        ...(counts.retagged > 0
            ? [say('report.outcome.count.retagged', { devices: counts.retagged })]
            : []),
        ...(counts.deregistered > 0
            ? [say('report.outcome.count.deregistered', { devices: counts.deregistered })]
            : []),
        say('report.outcome.count.failed', { devices: counts.failed }),
        say('report.outcome.count.pending', { devices: counts.pending }),
    ];
}
/**
 * What a failed device's record says of its failure, in the run's language: a record keeps the
 * English words of what Partner Center's code means (records are language-neutral), and where
 * they are exactly those words, the same meaning is said in this run's language; anything else a
 * record holds (Partner Center's own sentence, an older wording) is shown as it is.
 */
function registration_words_failureWords(device, say) {
    const recorded = device.errorDescription ?? '';
    const { explanation } = (0,error_codes/* explainDeviceError */.c)(device.errorCode, device.errorName);
    return (0,catalogue/* english */.x3)(explanation) === recorded ? say.text(explanation) : recorded;
}

// EXTERNAL MODULE: ./src/findings/credential-shapes.ts
var credential_shapes = __webpack_require__(4040);
;// CONCATENATED MODULE: ./src/report/source-link.ts



function source_link_sourceLink(source, links, column) {
    const match = /^(.*):(\d+)$/.exec(source);
    const text = escapeMarkdown(column === undefined ? source : `${source}:${column}`);
    // Only a path and a line number become a link; a record could say anything in `source`.
    if (!match || !links.repositoryUrl || !links.ref)
        return text;
    // Every character of the target that could end the link or be read as markup is encoded, and
    // what is shaped like a credential is not carried into it (the text is redacted as it is escaped).
    const path = redactShapes(match[1] ?? '')
        .split('/')
        .map(encodeUrlPart)
        .join('/');
    return `[${text}](${links.repositoryUrl}/blob/${encodeUrlPart(links.ref)}/${path}#L${match[2]})`;
}

// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/report/said.ts
var report_said = __webpack_require__(125);
;// CONCATENATED MODULE: ./src/report/render-registration-text.ts





/**
 * The run as plain text, for the CLI and the log. Values from the CSVs and from Partner Center
 * are shown with control characters escaped: a line break in them would start a workflow command.
 */
function renderRegistrationText(outcome, say) {
    const { counts } = outcome;
    const idle = !outcome.dryRun && outcome.customers.length === 0 && counts.skipped === 0;
    const lines = [
        outcome.dryRun
            ? say('report.outcomeText.dryRun', { devices: counts.wouldSend })
            : idle
                ? say('report.outcomeText.idle')
                : `${[
                    ...registration_words_outcomeCounts(counts, say),
                    say('report.outcomeText.skipped', { customers: counts.skipped }),
                ].join(', ')}.`,
    ];
    for (const c of outcome.customers) {
        const stopped = c.error ? say('report.outcomeText.stopped', { error: (0,report_said/* said */.a)(say, c.error) }) : '';
        const standing = say('report.outcomeText.customer', {
            customer: c.slug,
            groupTag: c.groupTag,
            counts: registration_words_outcomeCounts(c, say).join(', '),
        });
        lines.push(`  ${standing}${stopped}`);
        if (c.createBatch)
            lines.push(`  ${say('report.outcomeText.createBatch', { command: c.createBatch })}`);
    }
    for (const s of outcome.skipped)
        lines.push(`  ${say('report.outcomeText.skippedCustomer', { customer: s.slug, reasons: (0,text_list/* sayInTurn */.OQ)(say, s.reasons) })}`);
    for (const d of outcome.failed) {
        const failed = say('report.outcomeText.failed', {
            source: d.source,
            device: say.text((0,identity/* deviceLabelText */.mC)(d)),
            error: [d.errorCode, d.errorName].filter(Boolean).join(' '),
            description: registration_words_failureWords(d, say),
        });
        lines.push(`  ${failed}`);
    }
    for (const d of outcome.pending) {
        const pending = say('report.outcomeText.pending', {
            source: d.source,
            device: say.text((0,identity/* deviceLabelText */.mC)(d)),
            upload: d.trackingId ?? '',
        });
        lines.push(`  ${pending}`);
    }
    for (const r of outcome.records)
        lines.push(say('report.outcomeText.record', { record: r }));
    return `${lines.map(finding/* oneLine */.TN).join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/render-registration.ts








const REGISTRATION_MARKER = '<!-- autopilot-gitops:registration -->';
/** The run as Markdown, for the job summary (maxRows large) and the merged pull request (small). */
function renderRegistrationMarkdown(outcome, options) {
    const { say } = options;
    const parts = [
        `## ${say(outcome.dryRun ? 'report.outcome.titleDryRun' : 'report.outcome.title')}`,
        headline(outcome, say),
        say('report.outcome.commitLine', {
            commit: code(outcome.commit.slice(0, 7)),
            digest: code(outcome.digest.slice(0, 16)),
            review: reviewLine(outcome, say),
        }),
    ];
    if (outcome.customers.length > 0) {
        // The retagged column only when a device moved: a run of one tag a customer never has it.
        const columns = countsColumns(outcome);
        const headers = ['customer', 'groupTag', ...columns];
        parts.push(table(headers.map((c) => say(`report.column.${c}`)), outcome.customers.map((c) => [
            code(c.slug),
            code(c.groupTag),
            ...columns.map((column) => say.number(c[column])),
        ])));
    }
    parts.push(...problemSections(outcome, options));
    parts.push(recordsSection(outcome, say));
    if (outcome.correlationId)
        parts.push(`<sub>${say('report.outcome.correlation', { id: code(outcome.correlationId) })}</sub>`);
    return `${parts.filter(Boolean).join('\n\n')}\n`;
}
/** What went wrong, section by section: customers stopped or skipped, devices failed or pending. */
function problemSections(outcome, options) {
    const { say } = options;
    const parts = [];
    const stopped = outcome.customers.filter((c) => c.error);
    if (stopped.length > 0) {
        const lines = stopped.map((c) => `- ${say('report.outcome.stoppedLine', { customer: code(c.slug), error: escapeMarkdown(said(say, c.error)) })}${createBatchMarkdown(c, say)}`);
        parts.push(`### ${say('report.outcome.stoppedTitle')}\n\n${lines.join('\n')}`);
    }
    if (outcome.refused.length > 0) {
        const rows = outcome.refused
            .slice(0, options.maxRows)
            .map((r) => [
            code(r.customer),
            escapeMarkdown(r.device),
            sourceLink(r.source, options.links),
            escapeMarkdown(said(say, r.reason)),
        ]);
        const headers = ['customer', 'device', 'request', 'why'].map((h) => say(`report.column.${h}`));
        parts.push(`### ${say('report.outcome.refusedTitle')}\n\n${say('report.outcome.refusedIntro')}\n\n${table(headers, rows)}`);
    }
    if (outcome.counts.skipped > 0) {
        const lines = outcome.skipped.map((s) => `- ${say('report.outcome.skippedLine', { customer: code(s.slug), reasons: escapeMarkdown(sayInTurn(say, s.reasons)), devices: s.devices })}`);
        parts.push(`### ${say('report.outcome.skippedTitle')}\n\n${say('report.outcome.skippedIntro')}\n\n${lines.join('\n')}`);
    }
    if (outcome.failed.length > 0) {
        const failed = deviceTable(outcome.failed, options, (d) => [
            escapeMarkdown([d.errorCode, d.errorName].filter(Boolean).join(' ') || say('report.outcome.failed')),
            escapeMarkdown(`${failureWords(d, say)}${d.transient ? ` ${say('report.outcome.retried')}` : ''}`.trim()),
        ]);
        parts.push(`### ${say('report.outcome.failedTitle')}\n\n${failed}`);
    }
    if (outcome.pending.length > 0) {
        const pending = deviceTable(outcome.pending, options, (d) => [code(d.trackingId ?? ''), '']);
        parts.push(`### ${say('report.outcome.pendingTitle')}\n\n${say('report.outcome.pendingIntro')}\n\n${pending}`);
    }
    return parts;
}
/** The command that creates a missing batch, to copy: a code block under the customer's line. */
function createBatchMarkdown(customer, say) {
    if (!customer.createBatch)
        return '';
    const command = escapeControls(customer.createBatch);
    const fence = '`'.repeat(Math.max(3, ...[...command.matchAll(/`+/g)].map((m) => m[0].length + 1)));
    return `\n\n  ${say('report.outcome.createBatch')}\n\n  ${fence}sh\n  ${command}\n  ${fence}`;
}
function headline(outcome, say) {
    const { counts } = outcome;
    if (outcome.dryRun)
        return say('report.outcome.dryRun', { devices: counts.wouldSend, customers: counts.skipped });
    const bits = [
        ...outcomeCounts(counts, say),
        say('report.outcome.count.skipped', { customers: counts.skipped }),
    ];
    const ok = counts.failed === 0 &&
        counts.skipped === 0 &&
        outcome.refused.length === 0 &&
        !outcome.customers.some((c) => c.error);
    return `${ok ? '✅' : '❌'} **${bits.join(' · ')}**`;
}
function reviewLine(outcome, say) {
    if (outcome.reviewed.length === 0)
        return say('report.outcome.noPullRequest');
    return outcome.reviewed
        .map((r) => {
        const pr = String(r.number);
        if (!r.planDigest)
            return say('report.outcome.noPlan', { pr });
        return r.planDigest === outcome.digest
            ? say('report.outcome.matches', { pr })
            : say('report.outcome.differs', { pr, digest: code(r.planDigest.slice(0, 16)) });
    })
        .join(say('report.separator'));
}
function deviceTable(devices, options, extra) {
    const { say } = options;
    const rows = devices
        .slice(0, options.maxRows)
        .map((d) => [
        code(d.customer),
        escapeMarkdown(say.text(deviceLabelText(d))),
        sourceLink(d.source, options.links),
        ...extra(d),
    ]);
    const more = devices.length - rows.length;
    const headers = ['customer', 'device', 'source', 'result', 'whatNext'].map((h) => say(`report.column.${h}`));
    return (table(headers, rows) +
        (more > 0 ? `\n\n${say('report.outcome.moreDevices', { devices: more })}` : ''));
}
function recordsSection(outcome, say) {
    if (outcome.records.length === 0)
        return outcome.dryRun ? '' : say('report.outcome.noRecords');
    const place = outcome.place;
    const where = place.kind === 'commit'
        ? say('report.records.committed', { sha: code(place.sha.slice(0, 7)) })
        : place.kind === 'pull-request'
            ? say('report.records.pullRequest', { pr: String(place.number) })
            : place.kind === 'working-tree'
                ? say('report.records.workingTree')
                : place.kind === 'temp-only'
                    ? `⚠️ ${say('report.records.notCommitted', { reason: escapeMarkdown(said(say, place.reason)) })}`
                    : '';
    const copy = outcome.recordsCopy
        ? ` ${say('report.records.copy', { folder: code(outcome.recordsCopy) })}`
        : '';
    return `### ${say('report.records.title')}\n\n${where}${copy}\n\n${outcome.records.map((r) => `- ${code(r)}`).join('\n')}`;
}

// EXTERNAL MODULE: ./src/findings/error-message.ts
var error_message = __webpack_require__(5178);
// EXTERNAL MODULE: ./node_modules/@actions/github/lib/github.js + 22 modules
var lib_github = __webpack_require__(2413);
;// CONCATENATED MODULE: ./src/github/pull-request.ts



/**
 * The only code that speaks to the GitHub REST API: at `apiUrl` (GITHUB_API_URL, which a GitHub
 * Enterprise Server runner sets), else at api.github.com. Every error it throws has been
 * redacted first, message, response and all: a GitHub (or a proxy) that echoes the request would
 * otherwise put the token into a summary, a comment or a record's reason.
 */
function createGitHubClient(token, apiUrl, redact = redactShapes) {
    const client = github.getOctokit(token, apiUrl ? { baseUrl: apiUrl } : {});
    client.hook.error('request', (error) => {
        throw redactError(error, redact);
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
    const stamped = `${marker}\n<!-- content ${createHash('sha256').update(content).digest('hex')} -->\n${body}`;
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

;// CONCATENATED MODULE: ./src/github/merged-pull-requests.ts

/** Starts the plan's sticky comment, which the merge run reads the reviewed plan's digest from. */
const PLAN_MARKER = '<!-- autopilot-gitops:plan -->';
const PLAN_DIGEST = /<!-- plan-digest ([0-9a-f]{64}) -->/;
/** Commits looked at when catching up: beyond this, the approvals of the oldest are left out. */
const MAX_COMMITS = 100;
/**
 * The pull requests merged into `branch` that brought `sha`, and every commit since `since` (the
 * commit the last registration run registered: a run that was skipped is caught up by this one,
 * and so are its approvals), with who approved and who merged each.
 */
async function mergedPullRequests(client, options) {
    const repo = { owner: options.owner, repo: options.repo };
    const commits = options.since && options.since !== options.sha
        ? await commitsBetween(client, repo, options.since, options.sha)
        : [options.sha];
    const byNumber = new Map();
    for (const commit of commits) {
        const associated = await client.rest.repos.listPullRequestsAssociatedWithCommit({
            ...repo,
            commit_sha: commit,
        });
        for (const p of associated.data)
            if (p.merged_at && p.base.ref === options.branch)
                byNumber.set(p.number, p);
    }
    const merged = [...byNumber.values()].sort((a, b) => a.number - b.number);
    return Promise.all(merged.map((p) => describeMerged(client, repo, p.number, options.marker)));
}
/** The newest MAX_COMMITS commits after `since` up to `sha`, oldest first, `sha` last. */
async function commitsBetween(client, repo, since, sha) {
    const compare = (page) => client.rest.repos.compareCommitsWithBasehead({
        ...repo,
        basehead: `${since}...${sha}`,
        per_page: MAX_COMMITS,
        page,
    });
    // The range is listed oldest first: the newest commits are on its last two pages.
    const first = await compare(1);
    const pages = Math.max(1, Math.ceil(first.data.total_commits / MAX_COMMITS));
    const listed = await Promise.all([pages - 1, pages].filter((p) => p >= 1).map((p) => (p === 1 ? first : compare(p))));
    const shas = listed.flatMap((r) => r.data.commits.map((c) => c.sha));
    return [...new Set([...shas, sha])].slice(-MAX_COMMITS);
}
/** Who merged a pull request, who approves it now, and the plan digest its sticky comment shows. */
async function describeMerged(client, repo, number, marker) {
    const [pull, reviews, ours] = await Promise.all([
        client.rest.pulls.get({ ...repo, pull_number: number }),
        client.paginate(client.rest.pulls.listReviews, { ...repo, pull_number: number, per_page: 100 }),
        findStickyComment(client, { ...repo, number }, marker),
    ]);
    // A reviewer's latest approving or blocking review counts; comments do not change it.
    const latest = new Map();
    for (const review of reviews) {
        const login = review.user?.login;
        if (login && review.state !== 'COMMENTED' && review.state !== 'PENDING')
            latest.set(login, review.state);
    }
    return {
        number,
        author: pull.data.user?.login ?? null,
        mergedBy: pull.data.merged_by?.login ?? null,
        approvedBy: [...latest].filter(([, state]) => state === 'APPROVED').map(([login]) => login),
        planDigest: PLAN_DIGEST.exec(ours?.body ?? '')?.[1] ?? null,
    };
}
function planDigestLine(digest) {
    return `<!-- plan-digest ${digest} -->`;
}

// EXTERNAL MODULE: ./src/plan/build-plan.ts + 4 modules
var build_plan = __webpack_require__(3708);
// EXTERNAL MODULE: external "node:timers/promises"
var external_node_timers_promises_ = __webpack_require__(8500);
;// CONCATENATED MODULE: ./src/partner-center/chunks.ts
/**
 * Bytes of JSON an upload request carries at most. Partner Center documents 1,000 devices a
 * request and no size; a hash is some 4 KB, so 1,000 devices are about 4 MB, and the largest
 * hashes seen (5.5 KB) make 5.5 MB. 8 MiB takes a full chunk of those whole, and stays far below
 * the 30 MB an ASP.NET Core service takes by default; should a front end take less, its 413 halves
 * the chunk (uploadInChunks) until it passes.
 */
const MAX_BODY_BYTES = 8 * 1024 * 1024;
/** Consecutive chunks of at most `maxCount` devices and `maxBytes` of JSON each (a device alone may be more). */
function chunkRanges(devices, maxCount, maxBytes = MAX_BODY_BYTES) {
    const ranges = [];
    let start = 0;
    // The brackets of the array, or the create's `{"batchId":…,"devices":[…]}`: a margin.
    let bytes = 256;
    for (let i = 0; i < devices.length; i++) {
        const size = Buffer.byteLength(JSON.stringify(devices[i])) + 1;
        if (i > start && (i - start >= maxCount || bytes + size > maxBytes)) {
            ranges.push({ start, end: i });
            start = i;
            bytes = 256;
        }
        bytes += size;
    }
    if (start < devices.length)
        ranges.push({ start, end: devices.length });
    return ranges;
}
/** The two halves of a chunk a 413 refused, or undefined when it is one device. */
function halves(range) {
    if (range.end - range.start < 2)
        return undefined;
    const middle = range.start + Math.floor((range.end - range.start) / 2);
    return [
        { start: range.start, end: middle },
        { start: middle, end: range.end },
    ];
}

;// CONCATENATED MODULE: ./src/partner-center/upload.ts








/**
 * Uploads devices in chunks of at most the client's chunk size and MAX_BODY_BYTES of JSON: the
 * first chunk creates the batch when it does not exist yet, the others add to it. A chunk refused
 * as too large (413) is sent again in two halves. Returns one tracking id per chunk accepted.
 */
async function uploadInChunks(client, options) {
    if (!options.batchExists && !options.appUser && options.devices.length > 0) {
        throw new BatchNeedsUserError(options.batchId);
    }
    const trackingIds = [];
    let exists = options.batchExists;
    const queue = chunkRanges(options.devices, client.chunkSize);
    let resumed = options.requestId;
    for (let range = queue.shift(); range; range = queue.shift()) {
        if (options.signal?.aborted)
            throw new Error('interrupted: the remaining devices were not uploaded');
        const requestId = resumed ?? (0,external_node_crypto_.randomUUID)();
        resumed = undefined;
        const sent = await sendChunk(client, options, { exists, range, requestId }).catch((error) => {
            // Too large for Partner Center, or a front end before it: the two halves, one by one.
            const split = tooLarge(error) ? halves(range) : undefined;
            if (!split)
                throw error;
            queue.unshift(...split);
            return undefined;
        });
        if (sent === undefined)
            continue;
        trackingIds.push(sent);
        await options.onChunk?.(sent, range.start, range.end);
        exists = true;
    }
    return trackingIds;
}
/** Sends one chunk, kept first (beforeChunk); the other call when the batch is not as believed. */
async function sendChunk(client, options, chunk) {
    const { start, end } = chunk.range;
    const devices = options.devices.slice(start, end);
    const send = async (create, requestId) => {
        await options.beforeChunk?.(requestId, start, end);
        return create
            ? client.createDeviceBatch(options.customerId, options.batchId, devices, requestId)
            : client.addDevices(options.customerId, options.batchId, devices, requestId);
    };
    return send(!chunk.exists, chunk.requestId).catch(async (error) => {
        const other = otherWay(error, chunk.exists, options);
        if (!other)
            throw error;
        // Partner Center refused the first call: nothing of this chunk was taken.
        await other.before?.().catch((reason) => {
            throw new NothingSentError((0,error_message/* errorMessage */.g)(reason));
        });
        return send(other.create, (0,external_node_crypto_.randomUUID)());
    });
}
function tooLarge(error) {
    return error instanceof errors/* PartnerCenterError */.q3 && error.details.status === 413;
}
/**
 * When the batch is not as believed, the other call: a batch the records know but Partner Center
 * no longer has (404 on adding) is created, with App+User; a batch believed new that exists
 * (409 on creating: made by hand, or by a create whose answer was lost) is added to, once
 * `checkBatch` has seen that its name is the group tag exactly.
 */
function otherWay(error, exists, options) {
    if (!(error instanceof errors/* PartnerCenterError */.q3))
        return undefined;
    const status = error.details.status;
    if (exists && status === 404) {
        if (!options.appUser)
            throw new BatchNeedsUserError(options.batchId);
        return { create: true };
    }
    if (!exists && status === 409) {
        return { create: false, ...(options.checkBatch ? { before: options.checkBatch } : {}) };
    }
    return undefined;
}
/** A chunk that was not sent after all: Partner Center refused it, and the run stops there. */
class NothingSentError extends Error {
    name = 'NothingSentError';
}
/** The batch does not exist yet and only app-only credentials are configured. */
class BatchNeedsUserError extends NothingSentError {
    name = 'BatchNeedsUserError';
    /** The words for the partner (see findings/error-words.ts); `message` holds them in English. */
    text;
    constructor(batchId) {
        const words = (0,text_of/* text */.Q)('error.batch.needsUser', { batchId });
        super((0,catalogue/* english */.x3)(words));
        this.text = words;
    }
}
/**
 * Polls an upload until it is finished, then returns one outcome per device. The batch status is
 * not trusted alone: `finished` can carry a failed device, so each device's own status decides.
 * After the timeout the devices are `pending`, to be resumed by the next run.
 */
async function waitForUpload(client, customerId, trackingId, options) {
    const now = options.now ?? Date.now;
    const sleep = options.sleep ??
        ((ms) => (0,external_node_timers_promises_.setTimeout)(ms, undefined, options.signal ? { signal: options.signal } : {}).catch(() => { }));
    const deadline = now() + options.timeoutMs;
    let interval = options.intervalMs ?? 2000;
    let polls = 0;
    let details;
    for (;;) {
        details = await client.getUploadStatus(customerId, trackingId);
        polls += 1;
        if (details.status === 'finished' || details.status === 'finished_with_errors') {
            return { finished: true, polls, outcomes: details.devicesStatus.map(outcomeOf) };
        }
        if (options.signal?.aborted || now() + interval > deadline)
            break;
        await sleep(interval);
        if (options.signal?.aborted)
            break;
        interval = Math.min(Math.round(interval * 1.5), options.maxIntervalMs ?? 30_000);
    }
    return {
        finished: false,
        polls,
        outcomes: details.devicesStatus.map((d) => ({ ...outcomeOf(d), status: 'pending' })),
    };
}
/**
 * One device's outcome, decided by its status, as Partner Center means it: `finished` is
 * registered, whatever else the row carries (what a success row holds is undocumented: a
 * description such as "Success", a code of 0); `finished_with_errors` failed, or was already
 * registered (806), by its code. A row still queued or processing is pending, unless it carries
 * an error code already.
 */
function outcomeOf(device) {
    const base = {
        serialNumber: device.serialNumber ?? null,
        productKey: device.productKey ?? null,
        deviceId: device.deviceId ?? null,
    };
    const code = device.errorCode && device.errorCode !== '0' ? device.errorCode : null;
    const failed = device.status === 'finished_with_errors' || (device.status !== 'finished' && code !== null);
    if (!failed) {
        const done = device.status === 'finished';
        return {
            ...base,
            status: done ? 'registered' : 'pending',
            errorCode: null,
            errorName: null,
            errorDescription: null,
            transient: null,
        };
    }
    const meaning = (0,error_codes/* explainDeviceError */.c)(code, device.errorDescription);
    return {
        ...base,
        status: meaning.alreadyRegistered ? 'already-registered' : 'failed',
        errorCode: code,
        errorName: meaning.name,
        // Kept in the device's record, whose words are English for every reader.
        errorDescription: (0,catalogue/* english */.x3)(meaning.explanation),
        transient: meaning.alreadyRegistered ? null : meaning.transient,
    };
}

// EXTERNAL MODULE: ./src/register/device-batch.ts
var device_batch = __webpack_require__(3790);
;// CONCATENATED MODULE: ./src/register/device-uploads.ts

/**
 * The planned devices with the cells of their rows (read back by the repository reader, keyed by
 * `file:line`). What the row says is sent, not what the engine read from inside the hash: the row
 * is what was reviewed. One exception: a row with a hash and no serial is sent with the serial
 * its hash holds, which the plan showed for it (Autopilot reads the same serial from the hash).
 * Partner Center names a device sent by its hash alone nowhere, neither in its answer nor in the
 * batch; with its serial, a run that stopped finds it there instead of sending it again.
 */
function prepareUploads(devices, cells) {
    return devices.map((planned) => {
        const row = cells.get(planned.source);
        if (!row)
            throw new Error(`${planned.source}: the row was not read back from its file`);
        const written = {
            serialNumber: row.serialNumber || (row.hardwareHash ? planned.serialNumber : ''),
            productKeyId: row.productKeyId,
            manufacturer: planned.manufacturer,
            model: planned.model,
        };
        return {
            planned,
            upload: uploadOf(written, row.hardwareHash),
            hardwareHashSha256: row.hardwareHash
                ? (0,external_node_crypto_.createHash)('sha256').update(row.hardwareHash).digest('hex')
                : '',
            previousGroupTag: undefined,
        };
    });
}
/**
 * The identifier combination Partner Center accepts for the row (reference §5.1): the hash with
 * the serial number and product key it has; without a hash, the product key alone, else the
 * serial number, manufacturer and model (the tuple, compared case-sensitively).
 */
function uploadOf(device, hash) {
    const pick = (entries) => Object.fromEntries(Object.entries(entries).filter(([, v]) => v !== ''));
    if (hash)
        return pick({
            hardwareHash: hash,
            serialNumber: device.serialNumber,
            productKey: device.productKeyId,
        });
    if (device.productKeyId)
        return pick({ productKey: device.productKeyId });
    return pick({
        serialNumber: device.serialNumber,
        oemManufacturerName: device.manufacturer,
        modelName: device.model,
    });
}

;// CONCATENATED MODULE: ./src/register/earlier-uploads.ts
function earlierUploads(devices, recorded) {
    const found = { byTracking: new Map(), byRequest: new Map(), fresh: [] };
    const add = (map, key, device) => map.set(key, [...(map.get(key) ?? []), device]);
    for (const device of devices) {
        const state = recorded.get(device.planned);
        if (state?.status === 'pending' && state.trackingId)
            add(found.byTracking, state.trackingId, device);
        else if (state?.status === 'pending' && state.requestId)
            add(found.byRequest, state.requestId, device);
        else
            found.fresh.push(device);
    }
    return found;
}
/**
 * What to upload, in groups that each get an upload of their own: the new devices together; each
 * earlier upload with no tracking id again, alone, under its MS-RequestId; and each device that
 * has a hash alone by itself, since Partner Center reports it without serial or product key and
 * promises no order of results, so that its unnamed result is certainly its own.
 */
function uploadGroups(rest, byRequest) {
    const again = new Set([...byRequest.values()].flat());
    const sending = new Set(rest);
    const named = (d) => Boolean(d.upload.serialNumber || d.upload.productKey);
    const left = rest.filter((d) => !again.has(d));
    const groups = [
        { devices: left.filter(named) },
        ...[...byRequest].map(([requestId, group]) => ({
            devices: group.filter((d) => sending.has(d)),
            requestId,
        })),
        ...left.filter((d) => !named(d)).map((d) => ({ devices: [d] })),
    ];
    return groups.filter((g) => g.devices.length > 0);
}
/** Whether the records say the batch holds a device: one sent to it and not failed. */
function hasRecordIn(recorded, groupTag) {
    for (const state of recorded.values()) {
        if (state.groupTag === groupTag && state.status !== 'failed')
            return true;
    }
    return false;
}

;// CONCATENATED MODULE: ./src/register/record-device.ts



/** The most of Partner Center's words a record keeps of a code, a name or a description. */
const MOST_ERROR_TEXT = 300;
/**
 * What Partner Center said about a device, as a record (committed, for ever) keeps it: bounded,
 * and without anything shaped like a credential. The client has already replaced the run's own
 * secrets and tokens (PartnerCenterClient's `redact`); this holds for any outcome given here.
 */
function recordedText(text) {
    if (text === null || text === undefined)
        return null;
    const clean = (0,redact/* redactShapes */.YA)(text);
    return clean.length <= MOST_ERROR_TEXT ? clean : `${clean.slice(0, MOST_ERROR_TEXT - 1)}…`;
}
/**
 * A device as its registration record keeps it. A device moving between batches keeps the tag it
 * left, and once it is in its new batch (registered there, or found there) it is `retagged`.
 */
function recordDevice(device, outcome) {
    const { planned, previousGroupTag } = device;
    if (previousGroupTag !== undefined && outcome.status === 'already-registered' && !outcome.inBatch)
        return movedElsewhere(device, outcome);
    const arrived = outcome.status === 'registered' || outcome.status === 'already-registered';
    const status = previousGroupTag !== undefined && arrived ? 'retagged' : outcome.status;
    return {
        serialNumber: planned.serialNumber,
        manufacturer: planned.manufacturer,
        model: planned.model,
        productKeyId: planned.productKeyId,
        hardwareHashSha256: device.hardwareHashSha256,
        source: planned.source,
        status,
        deviceId: outcome.deviceId ?? null,
        trackingId: outcome.trackingId ?? null,
        errorCode: recordedText(outcome.errorCode),
        errorName: recordedText(outcome.errorName),
        errorDescription: recordedText(outcome.errorDescription),
        transient: outcome.transient ?? null,
        ...(outcome.requestId ? { requestId: outcome.requestId } : {}),
        ...(previousGroupTag !== undefined ? { previousGroupTag } : {}),
    };
}
/**
 * A moving device answered 806: registered in the tenant, but in neither its old batch (it was
 * not found there to delete) nor its new one. Not arrived: failed, for a person to look at (the
 * drift check names the batch it is in).
 */
function movedElsewhere(device, outcome) {
    return recordDevice(device, {
        ...outcome,
        status: 'failed',
        errorCode: outcome.errorCode || '806',
        errorName: outcome.errorName || 'ZtdDeviceAlreadyAssigned',
        // A record's words are English, for every reader.
        errorDescription: (0,catalogue/* english */.x3)((0,text_of/* text */.Q)('repo.result.movedElsewhere', { tag: device.previousGroupTag })),
        transient: false,
    });
}
/**
 * Partner Center reports each device by the serial number and product key it was sent with; the
 * serial's case is not relied on, as in the batch's device list.
 */
function sameDevice(outcome, device) {
    const serial = device.upload.serialNumber ?? device.planned.serialNumber;
    if (outcome.serialNumber && serial)
        return outcome.serialNumber.toLowerCase() === serial.toLowerCase();
    const key = device.upload.productKey ?? device.planned.productKeyId;
    return Boolean(outcome.productKey && key && outcome.productKey === key);
}
/**
 * Matches a finished upload's results to the devices sent: returns the records of those it names
 * and the devices it says nothing about. A device sent with its hash alone (in an upload of its
 * own) is reported without serial or product key: a single unnamed result is certainly the single
 * unnamed device.
 */
function matchOutcomes(devices, outcomes, trackingId) {
    const recorded = [];
    const left = [];
    const rest = [...outcomes];
    for (const device of devices) {
        const at = rest.findIndex((o) => sameDevice(o, device));
        const outcome = at === -1 ? undefined : rest.splice(at, 1)[0];
        if (outcome)
            recorded.push(recordDevice(device, { ...outcome, trackingId }));
        else
            left.push(device);
    }
    const unnamed = rest.filter((o) => !o.serialNumber && !o.productKey);
    const [only] = left;
    const [result] = unnamed;
    if (only && result && left.length === 1 && unnamed.length === 1) {
        recorded.push(recordDevice(only, { ...result, trackingId }));
        return { recorded, left: [] };
    }
    return { recorded, left };
}
/** A device a finished upload says nothing about: say so rather than guess. */
function noResult(device, trackingId) {
    return recordDevice(device, {
        status: 'failed',
        trackingId,
        errorName: 'NoResult',
        errorDescription: (0,catalogue/* english */.x3)((0,text_of/* text */.Q)('repo.result.noResult')),
        transient: true,
    });
}

;// CONCATENATED MODULE: ./src/register/retag.ts


/** Each device the plan moves to this batch learns the group tag it leaves (its recorded one). */
function markRetags(devices, recorded) {
    const moving = [];
    for (const device of devices) {
        if (device.planned.action !== 'retag')
            continue;
        device.previousGroupTag = recorded.get(device.planned)?.groupTag;
        if (device.previousGroupTag !== undefined)
            moving.push(device);
    }
    return moving;
}
/**
 * Deletes each moving device from the batch of its old tag, before it is uploaded to the new
 * one: Partner Center keeps a device in one batch of a tenant and refuses it in another (806).
 * A device the old batch no longer holds (deleted by a run that stopped before it could record
 * it, or outside) is moved all the same: a delete answered 404 is done. The device id is the
 * records'; without one, the old batch's list names it.
 */
async function leaveOldBatches(options, customer, move, recorded) {
    const { moving } = move;
    // Never a delete while the new batch cannot be made (app-only): the device would be left in none.
    if (moving.length > 0 && !move.batchExists && !options.appUser)
        throw new BatchNeedsUserError(customer.groupTag);
    const { client } = options;
    const { customerId } = customer;
    const log = (message) => options.context.log(`${customer.slug}: ${message}`);
    const unknownIds = moving.filter((d) => !recorded.get(d.planned)?.deviceId);
    const listedIds = await idsInOldBatches(client, customerId, unknownIds);
    for (const device of moving) {
        const from = device.previousGroupTag ?? '';
        const id = recorded.get(device.planned)?.deviceId ?? listedIds.get(device);
        const label = device.planned.serialNumber || device.planned.productKeyId;
        if (!id) {
            log(`${label}: not in batch ${from} any more: nothing to delete before the move`);
            continue;
        }
        const deleted = await (0,device_batch/* deleteFromBatch */.g0)(client, customerId, from, id);
        log(deleted
            ? `${label}: deleted from batch ${from}, to be added to its new batch`
            : `${label}: batch ${from} no longer holds it: nothing to delete before the move`);
    }
}
/** The ids of devices the records hold none for, from their old batches' lists. */
async function idsInOldBatches(client, customerId, devices) {
    const ids = new Map();
    for (const tag of new Set(devices.map((d) => d.previousGroupTag ?? ''))) {
        const leaving = devices.filter((d) => d.previousGroupTag === tag);
        const found = await (0,device_batch/* idsInBatch */.aB)(client, customerId, tag, leaving.map((d) => d.planned));
        for (const device of leaving) {
            const id = found.get(device.planned);
            if (id)
                ids.set(device, id);
        }
    }
    return ids;
}

;// CONCATENATED MODULE: ./src/register/customer-run.ts









/**
 * One customer's registration, owning its state: resumes the uploads a previous run left pending,
 * skips devices the batch already holds (so a run that died after uploading sends nothing twice),
 * uploads the rest in chunks to the batch named by the group tag, and follows every upload to its
 * per-device result.
 */
class CustomerRun {
    #plan;
    #options;
    #done;
    /** Uploads accepted and not yet followed: recorded `pending` if anything fails before the end. */
    #waiting = new Map();
    /** The upload on its way: sent, or about to be, and not yet answered. */
    #sending;
    #sent = 0;
    constructor(plan, options) {
        this.#plan = plan;
        this.#options = options;
        this.#done = {
            slug: plan.slug,
            customerId: plan.customerId ?? '',
            groupTag: plan.groupTag ?? '',
            startedAt: new Date(options.context.now()).toISOString(),
            finishedAt: '',
            trackingIds: [],
            devices: [],
            uploaded: 0,
        };
    }
    get slug() {
        return this.#plan.slug;
    }
    /** Where the customer stands now: what it knows, and its uploads still processing as `pending`. */
    standing() {
        return {
            ...this.#done,
            finishedAt: new Date(this.#options.context.now()).toISOString(),
            trackingIds: [...this.#done.trackingIds],
            devices: [...this.#done.devices, ...this.#unfinished()],
        };
    }
    progress() {
        const recorded = this.#done.devices;
        const waiting = [...this.#waiting.values()].reduce((n, group) => n + group.length, 0);
        const pendingRecorded = recorded.filter((d) => d.status === 'pending').length;
        return {
            slug: this.#done.slug,
            groupTag: this.#done.groupTag,
            devices: this.#plan.devices.filter(registration_plan/* isSent */.xb).length,
            sent: this.#sent,
            processed: recorded.length - pendingRecorded,
            pending: waiting + pendingRecorded,
        };
    }
    async run() {
        try {
            const todo = this.#plan.devices.filter(registration_plan/* isSent */.xb);
            if (todo.length > 0)
                await this.#register(todo);
        }
        catch (error) {
            this.#done.error = (0,text_list/* errorAsText */.IA)(error);
            if (error instanceof BatchNeedsUserError)
                this.#done.batchMissing = true;
            // An upload Partner Center answered with a refusal was not taken; one it never answered may
            // have been: it stays pending under its MS-RequestId, to be sent again under it.
            if ((error instanceof errors/* PartnerCenterError */.q3 && (error.details.status ?? 0) >= 400) ||
                error instanceof NothingSentError)
                this.#sending = undefined;
            this.#done.devices.push(...this.#unfinished());
            this.#waiting.clear();
            this.#sending = undefined;
        }
        this.#done.finishedAt = new Date(this.#options.context.now()).toISOString();
        this.#options.changed?.();
        return this.#done;
    }
    async #register(todo) {
        const cells = await this.#options.readRows(todo.map((d) => d.source));
        const prepared = prepareUploads(todo, cells);
        const moving = markRetags(prepared, this.#plan.recorded);
        const earlier = earlierUploads(prepared, this.#plan.recorded);
        // The first call may now be an upload, kept in the journal before it goes: sign in first.
        await this.#options.client.signIn();
        // Looking up earlier uploads is not sending: it holds no place among the customers.
        const lost = await this.#resume(earlier.byTracking);
        // Only the sending holds a place, not the waiting: a slow job holds up no other customer.
        await this.#options.sending(async () => {
            // Only a device an earlier run may have sent is looked for in the batch (the others' 806
            // tells): the calls grow with the devices sent, not with the batch.
            const maybeSent = [...lost, ...[...earlier.byRequest.values()].flat()];
            const { rest, batchExists } = await this.#skipDevicesInBatch(maybeSent);
            const sending = [...earlier.fresh, ...rest];
            if (sending.length === 0)
                return;
            if (this.#options.context.signal.aborted)
                throw new Error('interrupted before uploading');
            await leaveOldBatches(this.#options, this.#done, { moving, batchExists }, this.#plan.recorded);
            await this.#upload(uploadGroups(sending, earlier.byRequest), batchExists);
        });
        // Every upload accepted, of this run or deferred from an earlier one, waits in #waiting.
        const settled = await Promise.allSettled([...this.#waiting].map(([trackingId, devices]) => this.#wait(trackingId, devices)));
        const failure = settled.find((s) => s.status === 'rejected');
        if (failure)
            throw failure.reason;
    }
    /** The uploads not followed to their end, as `pending`: by tracking id, or by MS-RequestId. */
    #unfinished() {
        const sending = this.#sending;
        return [
            ...[...this.#waiting].flatMap(([trackingId, devices]) => devices.map((device) => recordDevice(device, { status: 'pending', trackingId }))),
            ...(sending?.devices ?? []).map((device) => recordDevice(device, { status: 'pending', requestId: sending?.requestId ?? '' })),
        ];
    }
    /**
     * Looks once at each upload a previous run recorded as pending: a finished one is recorded, one
     * still processing joins this run's uploads in #waiting (so an upload Partner Center never
     * finishes does not hold up the new ones), one Partner Center no longer knows is sent again.
     * Returns the devices still to upload.
     */
    async #resume(byTracking) {
        const rest = [];
        for (const [trackingId, group] of byTracking) {
            this.#options.context.log(`${this.slug}: resuming upload ${trackingId} (${group.length} device(s))`);
            try {
                rest.push(...(await this.#look(trackingId, group)));
            }
            catch (error) {
                // Partner Center no longer knows the upload: it is sent again (the batch check comes first).
                if (error instanceof errors/* PartnerCenterError */.q3 && error.details.status === 404)
                    rest.push(...group);
                else
                    throw error;
            }
        }
        return rest;
    }
    /**
     * Whether the batch exists, and of `devices` (those an earlier run may have sent), the ones it
     * already holds, recorded as such and not uploaded again. Partner Center is asked only what the
     * records cannot say: the batch's device list (100 a call) only for those devices, the list of
     * batches only when neither the records nor a create can tell (an app-only sign-in cannot
     * create). A batch the records name is believed to exist; uploadInChunks handles a wrong guess.
     */
    async #skipDevicesInBatch(devices) {
        const { customerId, groupTag } = this.#done;
        const onRecord = hasRecordIn(this.#plan.recorded, groupTag);
        if (devices.length === 0 && (onRecord || this.#options.appUser))
            return { rest: devices, batchExists: onRecord };
        const batch = await (0,device_batch/* readBatch */.x3)(this.#options.client, customerId, groupTag, {
            devices: devices.length > 0,
        });
        const { held, rest } = (0,device_batch/* splitByBatch */.Uq)(batch, devices);
        for (const [device, deviceId] of held)
            this.#done.devices.push(recordDevice(device, { status: 'already-registered', deviceId, inBatch: true }));
        if (held.length > 0)
            this.#options.context.log(`${this.slug}: ${held.length} device(s) already in batch ${groupTag}: not uploaded again`);
        return { rest, batchExists: batch.exists };
    }
    /**
     * Uploads each group in chunks. Before a chunk goes, what it holds is kept (journal); once it
     * is accepted, its tracking id, before the next one goes: a run killed at any moment leaves the
     * next one either a tracking id to follow or an MS-RequestId to send the same upload under.
     */
    async #upload(groups, batchExists) {
        let exists = batchExists;
        for (const group of groups) {
            const { devices } = group;
            await uploadInChunks(this.#options.client, {
                customerId: this.#done.customerId,
                batchId: this.#done.groupTag,
                batchExists: exists,
                appUser: this.#options.appUser,
                devices: devices.map((d) => d.upload),
                signal: this.#options.context.signal,
                checkBatch: async () => {
                    await (0,device_batch/* readBatch */.x3)(this.#options.client, this.#done.customerId, this.#done.groupTag, {
                        devices: false,
                    });
                },
                ...(group.requestId ? { requestId: group.requestId } : {}),
                beforeChunk: async (requestId, start, end) => {
                    this.#sending = { requestId, devices: devices.slice(start, end) };
                    await this.#options.journal?.();
                },
                onChunk: async (trackingId, start, end) => {
                    // One step: the upload leaves #sending as it joins #waiting, never in both or neither.
                    this.#sending = undefined;
                    this.#waiting.set(trackingId, devices.slice(start, end));
                    this.#done.trackingIds.push(trackingId);
                    this.#done.uploaded += end - start;
                    this.#sent += end - start;
                    this.#options.context.log(`${this.slug}: uploaded ${end - start} device(s), tracking id ${trackingId}`);
                    this.#options.changed?.();
                    await this.#options.journal?.();
                },
            });
            exists = true;
        }
    }
    /**
     * One look at an upload of an earlier run: still processing, it joins #waiting; finished, its
     * devices are recorded, and those it says nothing about are returned, to be sent again.
     */
    async #look(trackingId, devices) {
        const done = await this.#poll(trackingId, 0);
        this.#sent += devices.length;
        if (!this.#done.trackingIds.includes(trackingId))
            this.#done.trackingIds.push(trackingId);
        if (!done.finished) {
            this.#waiting.set(trackingId, devices);
            return [];
        }
        const { recorded, left } = matchOutcomes(devices, done.outcomes, trackingId);
        this.#done.devices.push(...recorded);
        return left;
    }
    /**
     * Follows an upload until the deadline: still processing, its devices are `pending`; finished,
     * each is recorded, and those it says nothing about fail as `NoResult` rather than be guessed.
     */
    async #wait(trackingId, devices) {
        const done = await this.#poll(trackingId, Math.max(0, this.#options.deadline - this.#options.context.now()));
        // From here on nothing waits: an upload leaves #waiting in the same step as its devices are
        // recorded, so where a customer stands, read at any moment, never holds a device twice.
        this.#waiting.delete(trackingId);
        if (!done.finished) {
            this.#options.context.log(`${this.slug}: upload ${trackingId} still processing: recorded as pending`);
            for (const device of devices)
                this.#done.devices.push(recordDevice(device, { status: 'pending', trackingId }));
            return;
        }
        const { recorded, left } = matchOutcomes(devices, done.outcomes, trackingId);
        this.#done.devices.push(...recorded, ...left.map((d) => noResult(d, trackingId)));
        this.#options.changed?.();
    }
    #poll(trackingId, timeoutMs) {
        const { context } = this.#options;
        return waitForUpload(this.#options.client, this.#done.customerId, trackingId, {
            timeoutMs,
            now: context.now,
            signal: context.signal,
            sleep: async (ms) => {
                await context.sleep(ms);
                // Each pause between polls is a moment to say how long the run has waited.
                this.#options.changed?.();
            },
        });
    }
}

;// CONCATENATED MODULE: ./src/register/deregister-devices.ts



/**
 * Deletes from its batch each device the part's request files ask to deregister, by the id its
 * records hold (the batch's list names one they lack). A device the batch no longer holds (404:
 * deleted by a run that stopped before recording it, or outside) is deregistered all the same.
 * Partner Center refusing a delete stops the part: what was deleted before it is recorded.
 */
async function deregisterPart(plan, options) {
    const asked = plan.devices.filter((d) => d.action === 'deregister');
    if (asked.length === 0 || !plan.customerId || !plan.groupTag)
        return undefined;
    const { client, context } = options;
    const done = {
        slug: plan.slug,
        customerId: plan.customerId,
        groupTag: plan.groupTag,
        startedAt: new Date(context.now()).toISOString(),
        finishedAt: '',
        trackingIds: [],
        devices: [],
        uploaded: 0,
    };
    try {
        const unknown = asked.filter((d) => !plan.recorded.get(d)?.deviceId);
        const listed = await (0,device_batch/* idsInBatch */.aB)(client, plan.customerId, plan.groupTag, unknown);
        const missing = [];
        for (const device of asked) {
            const state = plan.recorded.get(device);
            const id = state.deviceId ?? listed.get(device);
            const label = device.serialNumber || device.productKeyId;
            // Without an id, nothing can be deleted: it stays registered, and the run says so.
            if (!id) {
                missing.push(label);
                continue;
            }
            await (0,device_batch/* deleteFromBatch */.g0)(client, plan.customerId, plan.groupTag, id);
            context.log(`${plan.slug}: deregistered ${label} from batch ${plan.groupTag}`);
            done.devices.push(deregistered(state, device, id, plan.approvals?.get(device)));
        }
        if (missing.length > 0)
            done.error = (0,text_of/* text */.Q)('repo.run.notFoundInBatch', {
                devices: missing.join(', '),
                groupTag: plan.groupTag,
            });
    }
    catch (error) {
        done.error = (0,text_of/* text */.Q)('repo.run.deregistering', { error: (0,error_message/* errorMessage */.g)(error) });
    }
    done.finishedAt = new Date(context.now()).toISOString();
    return done;
}
function deregistered(state, device, deviceId, approval) {
    return {
        serialNumber: state.serialNumber,
        manufacturer: state.manufacturer,
        model: state.model,
        productKeyId: state.productKeyId,
        hardwareHashSha256: state.hardwareHashSha256,
        source: state.source,
        status: 'deregistered',
        deviceId,
        trackingId: null,
        errorCode: null,
        errorName: null,
        errorDescription: null,
        transient: null,
        request: {
            source: device.source,
            pullRequest: approval?.pullRequest ?? null,
            requestedBy: approval?.requestedBy ?? null,
            approvedBy: approval?.approvedBy ?? [],
        },
    };
}

;// CONCATENATED MODULE: ./src/register/register-plan.ts





/** Executes a plan: every customer with something to register, a few sending at a time. */
async function registerPlan(plan, options) {
    const { context } = options;
    const startedAt = context.now();
    const deadline = startedAt + options.pollTimeoutMs;
    const sending = limit(options.concurrency);
    const runs = [];
    const changed = () => context.progress({
        elapsedMs: context.now() - startedAt,
        customers: runs.map((r) => r.progress()),
    });
    // Deregistrations first, each customer's after the other's: a handful of deletes. Each is kept
    // in the in-progress record at once, and in every later one of its customer's, so that a run
    // stopped after them leaves the next one knowing they are done.
    const removals = new Map();
    const removedOf = (slug) => [...removals.values()].filter((r) => r.slug === slug && r.devices.length > 0);
    const journal = options.keep ? journalOf(options.keep, context.log, runs, removedOf) : undefined;
    for (const customer of plan.customers.filter((c) => !c.blocked)) {
        const removed = await deregisterPart(customer, options);
        if (!removed)
            continue;
        removals.set(customer, removed);
        if (removed.devices.length > 0)
            await keepQuietly(options, removedOf(customer.slug));
    }
    const toSend = plan.customers.filter((c) => (0,registration_plan/* devicesToSend */.x$)(c) > 0);
    for (const customer of toSend) {
        const run = new CustomerRun(customer, {
            ...options,
            deadline,
            sending,
            changed,
            ...(journal ? { journal: () => journal(run) } : {}),
        });
        runs.push(run);
    }
    const sent = await Promise.all(runs.map((r) => r.run()));
    const bySending = new Map(toSend.map((part, i) => [part, sent[i]]));
    const customers = withRemovals(plan.customers, bySending, removals).sort(bySlug);
    return { customers, skipped: skippedCustomers(plan) };
}
/**
 * Keeps the standing of the customers that changed, one write at a time: a call made while a
 * write is under way settles with the next write, which holds every customer that changed
 * meanwhile. A customer's every group tag is kept together, as its one in-progress record holds
 * them all. A write that fails is said, not thrown: the run goes on, as it did before there was
 * a journal, and only a crash during it could then send an upload twice.
 */
function journalOf(keep, log, runs, removedOf) {
    const dirty = new Set();
    let last = Promise.resolve();
    let next;
    return (run) => {
        for (const other of runs)
            if (other.slug === run.slug)
                dirty.add(other);
        next ??= last.then(async () => {
            next = undefined;
            // In the runs' order, the plan's: a customer's default tag first.
            const changed = runs.filter((r) => dirty.has(r)).map((r) => r.standing());
            for (const slug of new Set(changed.map((c) => c.slug)))
                changed.push(...removedOf(slug));
            dirty.clear();
            await keep(changed).catch((error) => {
                log(`could not record the uploads in progress: ${(0,error_message/* errorMessage */.g)(error)}`);
            });
        });
        last = next;
        return next;
    };
}
/** Keeps the deregistrations done; a write that fails is said, as the journal's are. */
async function keepQuietly(options, customers) {
    await options.keep?.(customers).catch((error) => {
        options.context.log(`could not record the deregistrations done: ${(0,error_message/* errorMessage */.g)(error)}`);
    });
}
/** Each part's registration, its deregistrations added; a part that only deregistered, its own. */
function withRemovals(parts, sent, removals) {
    const out = [];
    for (const part of parts) {
        const run = sent.get(part);
        const removed = removals.get(part);
        if (run && removed) {
            run.devices.unshift(...removed.devices);
            if (removed.error)
                run.error = run.error ? (0,text_list/* oneAfterAnother */.Sz)([removed.error, run.error]) : removed.error;
        }
        const registration = run ?? removed;
        if (registration)
            out.push(registration);
    }
    return out;
}
/** By slug; a customer's tags keep the plan's order (the sort is stable). */
const bySlug = (a, b) => a.slug < b.slug ? -1 : a.slug > b.slug ? 1 : 0;
/** Blocked customers: nothing of theirs is sent. */
function skippedCustomers(plan) {
    return plan.customers.filter((c) => c.blocked).map(skippedOf);
}
function skippedOf(plan) {
    return {
        slug: plan.slug,
        reasons: plan.blockReasons,
        devices: plan.devices.filter((d) => BLOCKED_WITH_CUSTOMER.has(d.reason?.key ?? '')).length,
    };
}
/** The reasons settle gives a device blocked with its customer (build-plan.ts). */
const BLOCKED_WITH_CUSTOMER = new Set(['repo.reason.customerBlocked', 'repo.reason.blockedWould']);
/** At most `slots` pieces of work at once; the others wait their turn in order. */
function limit(slots) {
    let busy = 0;
    const waiting = [];
    return async (work) => {
        if (busy >= slots)
            await new Promise((resolve) => waiting.push(resolve));
        else
            busy += 1;
        try {
            return await work();
        }
        finally {
            const next = waiting.shift();
            if (next)
                next();
            else
                busy -= 1;
        }
    };
}

// EXTERNAL MODULE: ./src/ledger/record-schema.ts
var record_schema = __webpack_require__(8598);
;// CONCATENATED MODULE: ./src/register/registration-records.ts

/**
 * One record per customer the run touched; a customer with nothing sent and nothing learned has
 * none. `inProgress`: the records written while the uploads are still being processed.
 */
function registrationRecords(customers, meta) {
    const name = (0,record_schema.recordFileName)(meta.startedAt, meta.commit, {
        id: meta.runId,
        ...(meta.inProgress ? { inProgress: true } : {}),
    });
    return [...registration_records_bySlug(customers.filter((c) => c.devices.length > 0))].map(([slug, parts]) => {
        const record = recordOf(parts, meta);
        return {
            path: `customers/${slug}/registrations/${name}`,
            record,
            text: `${JSON.stringify(record, null, 2)}\n`,
        };
    });
}
/** A customer's parts (one per group tag) in the order the run had them. */
function registration_records_bySlug(customers) {
    const parts = new Map();
    for (const c of customers)
        parts.set(c.slug, [...(parts.get(c.slug) ?? []), c]);
    return parts;
}
/**
 * One record per customer and run. A run that sent one customer's devices under several group
 * tags, or moved devices between batches, writes version 2: the first tag is the record's, each
 * device of another carries its own, and a moved one the tag it left.
 */
function recordOf(parts, meta) {
    const [first, ...others] = parts;
    const tagged = others.flatMap((c) => c.devices.map((d) => (c.groupTag === first.groupTag ? d : { ...d, groupTag: c.groupTag })));
    const times = parts.map((c) => c.startedAt).sort();
    const ends = parts.map((c) => c.finishedAt).sort();
    const devices = [...first.devices, ...tagged];
    // What version 1 cannot say: devices of several tags, moved between batches, or deregistered.
    const v2 = others.length > 0 ||
        devices.some((d) => d.previousGroupTag !== undefined || d.status === 'deregistered');
    return {
        schemaVersion: v2 ? 2 : 1,
        ...(v2 ? { source: 'registration' } : {}),
        customer: first.slug,
        customerId: first.customerId,
        groupTag: first.groupTag,
        commit: meta.commit,
        pullRequests: meta.approval.pullRequests,
        approvedBy: meta.approval.approvedBy,
        mergedBy: meta.approval.mergedBy,
        startedAt: times[0] ?? first.startedAt,
        finishedAt: ends.at(-1) ?? first.finishedAt,
        trackingIds: parts.flatMap((c) => c.trackingIds),
        devices,
    };
}

;// CONCATENATED MODULE: ./src/use-cases/deregister-approval.ts



/**
 * A deregistration is carried out only when a pull request this run carries out changed its
 * request file and was approved by someone other than its author; each such device then knows
 * who asked and who approved. The others are refused, saying why: nothing is deleted without a
 * second pair of eyes. Without GitHub (the CLI) every deregistration is refused.
 */
async function approveDeregistrations(plan, reviewed, filesOf) {
    const asking = plan.customers.filter((c) => c.devices.some((d) => d.action === 'deregister'));
    if (asking.length === 0)
        return;
    let byFile;
    try {
        byFile = await requestFilesOf(reviewed, filesOf);
    }
    catch (error) {
        const why = (0,text_of/* text */.Q)('repo.notDeregistered.noFiles', { error: (0,error_message/* errorMessage */.g)(error) });
        for (const customer of asking) {
            for (const device of customer.devices)
                if (device.action === 'deregister')
                    refuse(device, why);
            (0,registration_plan/* recount */.d3)(customer);
        }
        return;
    }
    for (const customer of asking) {
        for (const device of customer.devices.filter((d) => d.action === 'deregister')) {
            const file = device.source.replace(/:\d+$/, '');
            const asking = byFile.get(file);
            // The pull request must have added the device's line, not merely changed the file.
            const pull = asking && addedLineNames(asking, device) ? asking.pull : undefined;
            const others = pull ? pull.approvedBy.filter((login) => login !== pull.author) : [];
            if (pull && others.length > 0) {
                customer.approvals ??= new Map();
                customer.approvals.set(device, {
                    pullRequest: pull.number,
                    requestedBy: pull.author,
                    approvedBy: others,
                });
            }
            else
                refuse(device, whyNot(pull, filesOf !== undefined));
        }
        (0,registration_plan/* recount */.d3)(customer);
    }
}
/** Each request file changed by a pull request, with the latest one that changed it. */
async function requestFilesOf(reviewed, filesOf) {
    const byFile = new Map();
    if (!filesOf)
        return byFile;
    // Oldest first: the latest pull request to change a request file is the one that asks.
    for (const pull of reviewed)
        for (const file of await filesOf(pull.number))
            if (registration_plan/* DEREGISTER_REQUEST */.f3.test(file.path))
                byFile.set(file.path, { pull, added: file.added });
    return byFile;
}
/**
 * Whether the pull request's diff adds a line naming the device (its serial or product key id):
 * an approval of a pull request that only touched the file approves nothing in it. Without a
 * diff (GitHub shows none for a large or UTF-16 file) the file's change is taken for the line's.
 */
function addedLineNames(asking, device) {
    if (asking.added === undefined)
        return true;
    const names = [device.serialNumber, device.productKeyId].filter((n) => n !== '');
    return asking.added.some((line) => line.split(',').some((cell) => names.includes(cell.trim().replace(/^"|"$/g, ''))));
}
function whyNot(pull, github) {
    if (!github)
        return (0,text_of/* text */.Q)('repo.notDeregistered.noPullRequest');
    if (!pull)
        return (0,text_of/* text */.Q)('repo.notDeregistered.notAdded');
    const author = pull.author || undefined;
    return (0,text_of/* text */.Q)('repo.notDeregistered.unapproved', { number: String(pull.number), author });
}
function refuse(device, why) {
    device.action = 'blocked';
    device.reason = (0,text_of/* text */.Q)(registration_plan/* NOT_DEREGISTERED */.aM, { why });
}
/** The lines a unified diff adds (`+` lines, not the `+++` header). */
function addedLines(patch) {
    return patch
        .split(/\r?\n/)
        .filter((line) => line.startsWith('+') && !line.startsWith('+++'))
        .map((line) => line.slice(1));
}

;// CONCATENATED MODULE: ./src/use-cases/register-merge.ts









/**
 * What merging this commit would send: the plan from the repository and its records (not from a
 * diff, so a skipped run is caught up by the next), with the pull requests it registers. Sends
 * nothing: a dry run renders it as "would send".
 */
async function planMerge(input) {
    const startedAt = new Date(input.context.now());
    const inspection = await input.repository.inspect();
    const { retryFailed, maxDeregistrations } = input.settings;
    const whole = (0,build_plan/* buildPlan */.G)(inspection, {
        retryFailed,
        ...(maxDeregistrations === undefined ? {} : { maxDeregistrations }),
    });
    const plan = input.only ? onlyCustomer(whole, input.only) : whole;
    const reviewed = await reviewsOf(input, inspection.ledger.latestCommit);
    const { github } = input;
    const filesOf = github
        ? async (number) => (await listPullRequestFiles(github.client, { ...github, number })).map((f) => ({
            path: f.path,
            ...(f.patch === undefined ? {} : { added: addedLines(f.patch) }),
        }))
        : undefined;
    await approveDeregistrations(plan, reviewed, filesOf);
    return {
        plan,
        run: { customers: [], skipped: skippedCustomers(plan) },
        records: [],
        startedAt: startedAt.toISOString(),
        reviewed,
        place: { kind: 'none' },
    };
}
/**
 * The merge run: checks that registering from this checkout sends nothing twice, plans, sends
 * what the plan says, follows every upload, and delivers one record per customer it touched.
 */
async function registerMerge(input) {
    await input.records.check(input.commit);
    const planned = await planMerge(input);
    if (!planned.plan.customers.some(registration_plan/* hasWork */.OJ)) {
        // Nothing to record; the store still hears that the run is over (it lets go of its lock).
        await input.records.deliver([]);
        return planned;
    }
    const { client, appUser } = input.partnerCenter();
    const meta = {
        commit: input.commit,
        startedAt: new Date(planned.startedAt),
        // Names this run's records: two runs, even of the same commit in the same millisecond, never share one.
        runId: (0,external_node_crypto_.randomBytes)(4).toString('hex'),
        approval: approvalOf(planned.reviewed),
    };
    const run = await registerPlan(planned.plan, {
        client,
        appUser,
        readRows: (sources) => input.repository.readRows(sources),
        concurrency: input.settings.concurrency,
        pollTimeoutMs: input.settings.pollTimeoutMinutes * 60_000,
        context: input.context,
        async keep(customers) {
            // A customer's every tag, when one is waiting or deregistered devices: its one in-progress
            // record holds them all.
            const kept = (status) => status === 'pending' || status === 'deregistered';
            const slugs = new Set(customers.filter((c) => c.devices.some((d) => kept(d.status))).map((c) => c.slug));
            const waiting = customers.filter((c) => slugs.has(c.slug));
            if (waiting.length === 0)
                return;
            await input.records.keepInProgress(registrationRecords(waiting, { ...meta, inProgress: true }));
        },
    });
    const records = registrationRecords(run.customers, meta);
    const delivered = await input.records.deliver(records);
    return {
        ...planned,
        run,
        records,
        place: delivered.place,
        ...(delivered.copy ? { recordsCopy: delivered.copy } : {}),
        ...(client.correlationId ? { correlationId: client.correlationId } : {}),
    };
}
/**
 * The plan of one customer, every tag or one: a customer the repository lacks is refused, and so
 * is a tag the customer has nothing planned under (customer.yml does not name it, or no device
 * file gives it).
 */
function onlyCustomer(plan, only) {
    const parts = plan.customers.filter((c) => c.slug === only.slug);
    if (parts.length === 0) {
        const known = [...new Set(plan.customers.map((c) => c.slug))].join(', ') || 'none';
        throw new Error(`no customer ${only.slug} in customers/ (there are: ${known})`);
    }
    if (only.groupTag === undefined)
        return { ...plan, customers: parts };
    const part = parts.find((c) => c.groupTag === only.groupTag);
    if (!part) {
        const tags = parts.map((c) => c.groupTag ?? '(none)').join(', ');
        throw new Error(`customers/${only.slug} has no devices under the group tag ${only.groupTag} (its devices are under: ${tags})`);
    }
    return { ...plan, customers: [part] };
}
function approvalOf(reviewed) {
    return {
        pullRequests: reviewed.map((r) => r.number),
        approvedBy: [...new Set(reviewed.flatMap((r) => r.approvedBy))].sort(),
        mergedBy: reviewed.findLast((r) => r.mergedBy)?.mergedBy ?? null,
    };
}
/** The merges since the commit the previous run registered; none when GitHub cannot say. */
async function reviewsOf(input, since) {
    const { github } = input;
    if (!github)
        return [];
    try {
        return await mergedPullRequests(github.client, {
            owner: github.owner,
            repo: github.repo,
            branch: github.branch,
            sha: input.commit,
            ...(since ? { since } : {}),
            marker: PLAN_MARKER,
        });
    }
    catch (error) {
        input.context.warn(`Could not read the merged pull request (approvals and merger are left out of the records): ${(0,error_message/* errorMessage */.g)(error)}`);
        return [];
    }
}

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/locate.ts
var locate = __webpack_require__(2842);
// EXTERNAL MODULE: ./src/cli/secret-variables.ts
var secret_variables = __webpack_require__(3232);
;// CONCATENATED MODULE: ./src/cli/register-command.ts

















/**
 * `register`: the merge run from a local checkout, for trying the flow (the sandbox) or for a
 * partner without GitHub Actions. The records are written into the working tree, to be committed.
 */
function runRegisterCommand(given, options, io) {
    return runRegistration(given, options, io, {
        name: 'register',
        signIn: (env, redactor) => (0,token_provider/* createSignIn */.Nl)({
            ...signInOptions(options, env, redactor),
            refreshToken: env[secret_variables/* SECRET_VARIABLES */.V.refreshToken],
        }),
    });
}
/** `register` and `create-batch`: the merge run from a local checkout, records into the working tree. */
async function runRegistration(given, options, io, command) {
    const root = await (0,locate/* requireRoot */.oT)(given, io.cwd);
    const commit = await (0,git/* requireGitHead */.mf)(root);
    const repository = (0,local_repository/* localRepository */.i)({ root, topLevel: root });
    const settings = settingsOf(options);
    // runCli's: what the command prints passes it; the sign-in tells it each token.
    const redactor = io.redactor ?? (0,redact/* createRedactor */.lY)();
    // Partner Center can take half an hour: each customer's standing on standard error meanwhile.
    const say = (0,cli_io/* sayOf */.J)(io);
    const display = progressDisplay({
        clock: SYSTEM_CLOCK,
        terminal: io.stderrTerminal,
        write: io.stderr,
        say,
    });
    const context = (0,run_context/* runContext */.p)({ log: display.log, progress: display.update });
    const input = {
        repository,
        commit,
        github: null,
        settings: { ...settings, retryFailed: options.retryFailed },
        context,
        ...(command.only ? { only: command.only } : {}),
    };
    const report = await (options.dryRun
        ? planMerge(input)
        : registerMerge({
            ...input,
            partnerCenter: () => {
                if (!options.tenantId || !options.clientId)
                    throw new error_words/* TextError */.WK((0,text_of/* text */.Q)('cli.needsSignIn', { command: command.name }));
                const tokens = command.signIn(io.env ?? {}, redactor);
                return connect(tokens, settings, redactor, context);
            },
            records: workingTreeRecords({
                root,
                told: (file) => display.log(say('cli.register.inProgress', { file })),
            }),
        })).finally(display.finish);
    const outcome = registrationOutcome(report, {
        commit,
        dryRun: options.dryRun,
        records: report.records.map((r) => r.path),
        signIn: createBatchSignIn(given, options, settings),
    });
    io.stdout(renderRegistrationText(outcome, say));
    if (command.epilogue)
        io.stdout(command.epilogue(report, say));
    if (report.records.length > 0)
        io.stdout(`${say('cli.register.commitRecords')}\n`);
    return registrationFailure(outcome, say) ? 1 : 0;
}
/** The sign-in settings the flags and the environment give; the refresh token is the caller's. */
function signInOptions(options, env, redactor) {
    return {
        tenantId: options.tenantId ?? '',
        clientId: options.clientId ?? '',
        clientSecret: env[secret_variables/* SECRET_VARIABLES */.V.clientSecret],
        clientCertificate: env[secret_variables/* SECRET_VARIABLES */.V.clientCertificate],
        authorityHost: options.authorityHost,
        partnerCenterUrl: options.partnerCenterUrl,
        // No log to mask: each token the sign-in obtains is told to the Redactor.
        maskSecret: () => { },
        redactor,
        settings: token_provider/* CLI_SETTING_NAMES */.X7,
    };
}
function createBatchSignIn(given, options, settings) {
    if (!options.tenantId || !options.clientId)
        return undefined;
    return {
        program: 'autopilot-gitops',
        path: given ?? '.',
        tenantId: options.tenantId,
        clientId: options.clientId,
        authorityHost: options.authorityHost,
        partnerCenterUrl: settings.partnerCenterUrl,
    };
}
/** Partner Center for a command: the client over this sign-in. */
function connect(tokens, settings, redactor, context) {
    return connectPartnerCenter(tokens, settings, redactor.redact, context);
}
/** The options that the action takes as inputs too, checked against the same bounds. */
function settingsOf(options) {
    const flags = {
        partnerCenterUrl: 'partner-center-url',
        concurrency: 'concurrency',
        pollTimeoutMinutes: 'poll-timeout-minutes',
        chunkSize: 'chunk-size',
    };
    const given = Object.fromEntries(Object.keys(flags)
        .map((key) => [key, options[key]])
        .filter(([, value]) => value !== undefined));
    const parsed = RegistrationSettingsSchema.safeParse(given);
    if (parsed.success)
        return parsed.data;
    const problems = parsed.error.issues.map((issue) => {
        const key = String(issue.path[0]);
        // zod's words for what is wrong with the value (a bound, a number expected).
        const value = { flag: flags[key], value: String(given[key] ?? ''), problem: issue.message };
        return (0,text_of/* text */.Q)('cli.badSetting', value);
    });
    throw new error_words/* TextError */.WK((0,text_of/* text */.Q)('cli.badSettings', { problems }));
}


/***/ }),

/***/ 3832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   p: () => (/* binding */ runContext)
/* harmony export */ });
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8500);
/* harmony import */ var node_timers_promises__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_timers_promises__WEBPACK_IMPORTED_MODULE_0__);

/** The real clock and timers; the caller says where log lines and progress go. */
function runContext(parts = {}) {
    const signal = parts.signal ?? new AbortController().signal;
    return {
        now: parts.now ?? Date.now,
        // A pause ends early when the run is cancelled, so that what is unfinished is recorded in time.
        sleep: parts.sleep ?? ((ms) => (0,node_timers_promises__WEBPACK_IMPORTED_MODULE_0__.setTimeout)(ms, undefined, { signal }).catch(() => { })),
        signal,
        log: parts.log ?? (() => { }),
        warn: parts.warn ?? parts.log ?? (() => { }),
        progress: parts.progress ?? (() => { }),
    };
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
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

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

/***/ 3790:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   BZ: () => (/* binding */ soughtKeys),
/* harmony export */   GM: () => (/* binding */ listedKeys),
/* harmony export */   Uq: () => (/* binding */ splitByBatch),
/* harmony export */   aB: () => (/* binding */ idsInBatch),
/* harmony export */   g0: () => (/* binding */ deleteFromBatch),
/* harmony export */   o5: () => (/* binding */ batchNamed),
/* harmony export */   x3: () => (/* binding */ readBatch)
/* harmony export */ });
/* harmony import */ var _partner_center_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4193);

/**
 * The customer's device batch named by the group tag, and, with `devices`, the devices in it (100
 * a call). A batch whose name differs from the tag only in case is refused: the batch name is the
 * devices' group tag, and adding to it would tag them with that spelling.
 */
async function readBatch(client, customerId, groupTag, options = { devices: true }) {
    const batch = batchNamed(await client.listDeviceBatches(customerId), groupTag);
    if (!batch)
        return { exists: false, deviceIdOf: () => undefined };
    const present = new Map();
    if (!options.devices)
        return { exists: true, deviceIdOf: () => undefined };
    const count = batch.devicesCount;
    if (options.devicesUpTo !== undefined && count !== undefined && count > options.devicesUpTo)
        return { exists: true, deviceIdOf: () => undefined, notLookedThrough: count };
    for (const device of await client.listBatchDevices(customerId, batch.id)) {
        for (const key of listedKeys(device))
            present.set(key, device.id);
    }
    return {
        exists: true,
        deviceIdOf: (device) => soughtKeys(device)
            .map((k) => present.get(k))
            .find(Boolean),
    };
}
/**
 * The batch named by the group tag, exactly, or none. One whose name differs only in case is
 * refused: Partner Center compares batch names without regard to case, so the tag's own batch
 * cannot be made beside it, and adding to it would tag the devices with its spelling.
 */
function batchNamed(batches, groupTag) {
    const batch = batches.find((b) => b.id === groupTag);
    if (batch)
        return batch;
    const near = batches.find((b) => b.id.toLowerCase() === groupTag.toLowerCase());
    if (near) {
        throw new Error(`the customer has a device batch \`${near.id}\`, which differs from the group tag \`${groupTag}\` only in case; nothing was uploaded. Make customer.yml's groupTag the tag the customer's Managed Desktop setup expects, or ask Microsoft to rename the batch`);
    }
    return undefined;
}
/**
 * How the batch list names a device, as Partner Center compares devices: manufacturer and serial
 * together, exactly (the tuple is case-sensitive, and serials are unique only per manufacturer),
 * or the product key. A listed device without a manufacturer is named by its serial alone.
 */
function listedKeys(device) {
    const keys = [];
    const { serialNumber: serial, oemManufacturerName: maker } = device;
    if (serial)
        keys.push(maker ? `sm:${maker}\u0000${serial}` : `s:${serial}`);
    if (device.productKey)
        keys.push(`p:${device.productKey}`);
    return keys;
}
/** The keys a device is looked for under: its manufacturer and serial, its serial against an entry that gives no manufacturer, its product key. */
function soughtKeys(device) {
    const keys = [];
    const { serialNumber: serial, oemManufacturerName: maker } = device;
    if (serial && maker)
        keys.push(`sm:${maker}\u0000${serial}`);
    if (serial)
        keys.push(`s:${serial}`);
    if (device.productKey)
        keys.push(`p:${device.productKey}`);
    return keys;
}
/**
 * The devices the batch holds, with their Partner Center id, and the rest. A row with the hash
 * alone is looked up by the serial and product key inside its hash.
 */
function splitByBatch(batch, devices) {
    const held = [];
    const rest = [];
    for (const device of devices) {
        const deviceId = batch.deviceIdOf({
            serialNumber: device.upload.serialNumber ?? device.planned.serialNumber,
            oemManufacturerName: device.upload.oemManufacturerName ?? device.planned.manufacturer,
            productKey: device.upload.productKey ?? device.planned.productKeyId,
        });
        if (deviceId)
            held.push([device, deviceId]);
        else
            rest.push(device);
    }
    return { held, rest };
}
/**
 * The Partner Center ids of the devices the batch holds, from its list (100 a call): for devices
 * whose records hold no id. Read only when there is one to look for.
 */
async function idsInBatch(client, customerId, batchId, devices) {
    const ids = new Map();
    if (devices.length === 0)
        return ids;
    const batch = await readBatch(client, customerId, batchId);
    for (const device of devices) {
        const id = batch.deviceIdOf({
            serialNumber: device.serialNumber,
            oemManufacturerName: device.manufacturer,
            productKey: device.productKeyId,
        });
        if (id)
            ids.set(device, id);
    }
    return ids;
}
/**
 * Deletes a device from its batch; false when the batch no longer holds it (404: deleted by a run
 * that stopped before it could record so, or outside), which counts as done.
 */
async function deleteFromBatch(client, customerId, batchId, deviceId) {
    try {
        await client.deleteDevice(customerId, batchId, deviceId);
        return true;
    }
    catch (error) {
        if (error instanceof _partner_center_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .PartnerCenterError */ .q3 && error.details.status === 404)
            return false;
        throw error;
    }
}


/***/ }),

/***/ 8155:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  i: () => (/* binding */ localRepository)
});

// EXTERNAL MODULE: ./src/repo/git.ts + 1 modules
var git = __webpack_require__(5975);
// EXTERNAL MODULE: ./src/repo/inspect-repository.ts + 3 modules
var inspect_repository = __webpack_require__(1849);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
;// CONCATENATED MODULE: ./src/repo/paths.ts

/** The checkout's folder relative to the repository's top level, with `/`; '' at the top. */
function checkoutPrefix(topLevel, root) {
    return external_node_path_default().relative(topLevel, root).split((external_node_path_default()).sep).join('/');
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

// EXTERNAL MODULE: ./src/csv/read-device-csv.ts + 3 modules
var read_device_csv = __webpack_require__(3386);
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
    const prefix = checkoutPrefix(topLevel, root);
    return {
        root,
        prefix,
        inspect: () => (0,inspect_repository/* inspectRepository */.F)({
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
            return changesInRoot(await (0,git/* gitChangedFiles */.Ce)(topLevel, base, head), prefix);
        },
    };
}


/***/ }),

/***/ 125:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ said)
/* harmony export */ });
/** The words of a reason the plan or a run may carry; '' for none. */
function said(say, words) {
    return words === undefined ? '' : say.text(words);
}


/***/ })

};
