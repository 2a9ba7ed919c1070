export const id = 331;
export const ids = [331];
export const modules = {

/***/ 2331:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runCreateBatch: () => (/* binding */ runCreateBatch)
});

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
;// CONCATENATED MODULE: ./src/auth/refusal-network.ts
/**
 * MSAL's network for the device-code flow, by fetch, remembering Entra's last refusal: MSAL's
 * device-code client keeps only the error's name (`invalid_client`) and drops the description
 * that says why (`AADSTS7000218`: public client flows not allowed), which the partner needs.
 */
function refusalNetwork() {
    let last;
    const send = async (url, method, options = {}) => {
        const response = await fetch(url, {
            method,
            ...(options.headers ? { headers: options.headers } : {}),
            ...(options.body !== undefined ? { body: options.body } : {}),
        });
        const text = await response.text();
        const body = parsed(text);
        const error = body?.error;
        // A pending sign-in is a refusal too, one that only says "not yet".
        if (typeof error === 'string' && error !== 'authorization_pending')
            last = { error, description: String(body?.error_description ?? '').split('\n')[0] ?? '' };
        return {
            headers: Object.fromEntries(response.headers),
            body: (body ?? {}),
            status: response.status,
        };
    };
    return {
        network: {
            sendGetRequestAsync: (url, options) => send(url, 'GET', options),
            sendPostRequestAsync: (url, options) => send(url, 'POST', options),
        },
        lastRefusal: () => last,
    };
}
function parsed(text) {
    try {
        const value = JSON.parse(text);
        return value && typeof value === 'object' ? value : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/auth/shared-token.ts
var shared_token = __webpack_require__(5529);
// EXTERNAL MODULE: ./src/auth/sign-in-failure.ts
var sign_in_failure = __webpack_require__(9982);
// EXTERNAL MODULE: ./src/auth/token-provider.ts + 1 modules
var token_provider = __webpack_require__(2915);
;// CONCATENATED MODULE: ./src/auth/device-code-sign-in.ts










/**
 * App+User without a stored token: a partner admin signs in on another device with a code
 * (Entra's device-code flow, which only a public client may run: the app registration must allow
 * public client flows). Every other call goes app-only when the app's own credential is given,
 * else on the admin's token too.
 */
function createDeviceCodeSignIn(given) {
    const redactor = given.redactor ?? (0,redact/* createRedactor */.lY)();
    const { settings } = given;
    const host = (0,errors/* checkBaseUrl */.xd)(given.authorityHost ?? token_provider/* DEFAULT_AUTHORITY_HOST */.j_, settings.authorityHost);
    const authority = `${host.origin}/${given.tenantId}`;
    const { network, lastRefusal } = refusalNetwork();
    const app = publicApp(given.clientId, authority, host.host, network);
    const scopes = [(0,cloud/* partnerCenterScopes */.Xj)(given.partnerCenterUrl).user];
    const learn = (0,token_provider/* learner */.GJ)(given.maskSecret, redactor);
    let refreshToken;
    const acquire = async () => {
        try {
            const result = refreshToken
                ? await app.acquireTokenByRefreshToken({ refreshToken, scopes, forceCache: false })
                : await signInWithCode(app, scopes, given);
            const token = result?.accessToken;
            if (!token)
                throw new auth_error/* AuthError */.l((0,text_of/* text */.Q)('error.signIn.noAccessToken'));
            learn(token);
            const cache = app.getTokenCache().serialize();
            for (const secret of (0,token_provider/* cachedSecrets */.Gi)(cache))
                learn(secret);
            // Kept to renew the admin's token without a new code.
            refreshToken = (0,token_provider/* cachedSecrets */.Gi)(cache, 'RefreshToken').at(-1) ?? refreshToken;
            return { token, expiresAt: result.expiresOn?.getTime() ?? Date.now() + 60 * 60_000 };
        }
        catch (error) {
            const refused = lastRefusal();
            const said = refused ? new Error(`${refused.error}: ${refused.description}`) : error;
            throw await (0,sign_in_failure/* signInFailure */.V)(said, {
                mode: 'device-code',
                appUser: true,
                authority,
                settings,
                redact: redactor.redact,
            });
        }
    };
    return withAppOnly((0,shared_token/* sharedToken */.J)(acquire), given);
}
/** The admin's sign-in, and the app's own for every other call when its credential is given. */
function withAppOnly(getUserToken, given) {
    const appOnly = given.clientSecret || given.clientCertificate ? (0,token_provider/* createSignIn */.Nl)(given) : undefined;
    // The admin signs in at the first call, before anything is sent, whichever token it takes.
    let admin;
    return {
        mode: appOnly?.mode ?? 'device-code',
        appUser: true,
        getToken: appOnly
            ? async (options) => {
                admin ??= getUserToken();
                await admin;
                return appOnly.getToken(options);
            }
            : getUserToken,
        getUserToken,
        renewedRefreshToken: () => undefined,
    };
}
function publicApp(clientId, authority, host, network) {
    return new dist/* PublicClientApplication */.vq({
        auth: { clientId, authority, knownAuthorities: [host] },
        system: { networkClient: network, loggerOptions: token_provider/* QUIET_LOGGER */.Ax },
    });
}
async function signInWithCode(app, scopes, given) {
    return app.acquireTokenByDeviceCode({
        scopes,
        deviceCodeCallback: (answer) => given.tell(answer.message),
    });
}

// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/plan/registration-plan.ts
var registration_plan = __webpack_require__(8880);
// EXTERNAL MODULE: ./src/cli/register-command.ts + 31 modules
var register_command = __webpack_require__(4767);
;// CONCATENATED MODULE: ./src/cli/create-batch-command.ts




/**
 * `create-batch`: what a merge run cannot do app-only. A partner admin signs in with a code on
 * another device (App+User, MFA as Partner Center requires), and the customer's planned devices
 * for the tag are sent: the first upload creates the batch. Records go into the working tree as
 * the register command writes them; the next merge adds whatever comes later, app-only.
 */
function runCreateBatch(given, options, io) {
    const only = { slug: options.customer, groupTag: options.groupTag };
    return (0,register_command/* runRegistration */.N7)(given, { ...options, dryRun: false, retryFailed: false }, io, {
        name: 'create-batch',
        only,
        signIn: (env, redactor) => createDeviceCodeSignIn({
            ...(0,register_command/* signInOptions */.Bt)(options, env, redactor),
            tell: (message) => io.stderr(`${(0,findings_escape/* escapeControls */.UN)(message)}\n`),
        }),
        epilogue: (report, say) => nothingSent(report, options.customer, say),
    });
}
/** Partner Center makes a batch only with its first devices: say so when there were none. */
function nothingSent(report, slug, say) {
    const customer = report.plan.customers.find((c) => c.slug === slug);
    if (!customer || (0,registration_plan/* devicesToSend */.x$)(customer) > 0)
        return '';
    if (customer.blocked)
        return '';
    return `${(0,findings_escape/* escapeControls */.UN)(say('cli.createBatch.nothingSent', { slug }))}\n`;
}


/***/ })

};
