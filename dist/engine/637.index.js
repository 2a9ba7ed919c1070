export const id = 637;
export const ids = [637];
export const modules = {

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

/***/ 7637:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runSandboxCommand: () => (/* binding */ runSandboxCommand)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:os"
var external_node_os_ = __webpack_require__(8161);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/findings/error-words.ts
var error_words = __webpack_require__(6564);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/auth/cloud.ts
var cloud = __webpack_require__(2839);
// EXTERNAL MODULE: external "node:http"
var external_node_http_ = __webpack_require__(7067);
;// CONCATENATED MODULE: ./src/sandbox/answers.ts
/** Partner Center's error envelope (reference §9.2). */
function envelope(code, description) {
    return { code, description, data: [], source: 'PartnerCenterSandbox' };
}
/** A 202 that names the job as `acceptedWith` says. */
function acceptedAnswer(mode, location) {
    switch (mode ?? 'location') {
        case 'location':
            return { headers: { Location: location } };
        case 'body-link':
            return { body: { uri: location, method: 'GET', headers: [] } };
        case 'body-tracking-id':
            return { body: { batchTrackingId: location.split('/').at(-1) } };
        case 'nothing':
            return {};
    }
}
/** `BatchUploadDetails` for a job: its stage, and once it is done each device's result. */
function uploadStatusBody(job, stage, quirks) {
    const { finishedDespiteErrors, describedSuccess } = quirks;
    const results = stage === 'done' ? (job.results ?? []) : undefined;
    const failed = results?.some((r) => r.status !== 'finished') ?? false;
    const status = !results
        ? stage
        : failed && !finishedDespiteErrors
            ? 'finished_with_errors'
            : 'finished';
    return {
        batchTrackingId: job.trackingId,
        status,
        devicesStatus: (results ?? job.devices.map((device) => ({ device, status }))).map((r) => {
            const described = describedSuccess && r.status === 'finished';
            // A device sent by its hash alone is named nowhere in its row.
            const named = Boolean(r.device.serialNumber || r.device.productKey);
            return {
                deviceId: 'deviceId' in r && named ? r.deviceId : undefined,
                serialNumber: r.device.serialNumber ?? null,
                productKey: r.device.productKey ?? null,
                status: r.status,
                errorCode: 'errorCode' in r ? r.errorCode : described ? '0' : undefined,
                errorDescription: 'errorDescription' in r ? r.errorDescription : described ? 'Success' : undefined,
                attributes: { objectType: 'DeviceUploadDetails' },
            };
        }),
        attributes: { objectType: 'BatchUploadDetails' },
    };
}
/** The page a continuation token (an offset) asks for, and the token of the next one. */
function pageOf(all, token, size) {
    const start = Number(token ?? '0') || 0;
    const end = start + size;
    return { items: all.slice(start, end), ...(end < all.length ? { next: String(end) } : {}) };
}
/** One page of the customer's batches: all of them unless `pages` says otherwise. */
function batchListPage(customerId, batches, token, pages) {
    const page = pageOf(batches, token, pages?.size ?? batches.length);
    const next = page.next;
    const items = page.items.map(([batchId, devices]) => ({
        id: batchId,
        devicesCount: devices.length,
        devicesLink: {
            uri: `/customers/${customerId}/deviceBatches/${batchId}/devices`,
            method: 'GET',
            headers: [],
        },
        attributes: { objectType: 'DeviceBatch' },
    }));
    return collectionAnswer({
        total: batches.length,
        items,
        next,
        tokenIn: pages?.tokenIn ?? 'body',
        nextUri: `/customers/${customerId}/deviceBatches`,
    });
}
/**
 * A page of a collection, its next page named as `tokenIn` says: the body's `continuationToken`,
 * `links.next` (its `nextUri` and the token among its headers), or an `MS-ContinuationToken`
 * response header.
 */
function collectionAnswer(page) {
    const { next, tokenIn } = page;
    const nextLink = {
        uri: page.nextUri,
        method: 'GET',
        headers: [{ key: 'MS-ContinuationToken', value: next }],
    };
    return {
        body: {
            totalCount: page.total,
            items: page.items,
            ...(next && tokenIn === 'body' ? { continuationToken: next } : {}),
            ...(next && tokenIn === 'links' ? { links: { next: nextLink } } : {}),
            attributes: { objectType: 'Collection' },
        },
        headers: next && tokenIn === 'header' ? { 'MS-ContinuationToken': next } : {},
    };
}

;// CONCATENATED MODULE: ./src/sandbox/faults.ts

/** Faults injected by a test, each answering the first request it matches, in order. */
class SandboxFaults {
    queued = [];
    inject(...more) {
        return this.queued.push(...more);
    }
    /** How many faults no request has taken yet. */
    pending() {
        return this.queued.length;
    }
    /** The first fault matching `METHOD /path` (lower case), taken off the queue. */
    take(route) {
        const at = this.queued.findIndex((f) => !f.match || f.match.test(route));
        return at === -1 ? undefined : this.queued.splice(at, 1)[0];
    }
}
/**
 * Plays a fault: waits its delay, then drops the connection or answers with its status. False
 * when the fault was a delay only and the request is still to be served.
 */
async function playFault(fault, request, drop) {
    if (fault.delayMs)
        await new Promise((resolve) => setTimeout(resolve, fault.delayMs));
    if (fault.drop) {
        drop();
        return true;
    }
    if (!fault.status)
        return false;
    if (fault.text !== undefined) {
        request.reply(fault.status, fault.text);
        return true;
    }
    const retry = fault.retryAfterSeconds;
    request.reply(fault.status, fault.status === 429
        ? { statusCode: 429, message: `Rate limit is exceeded. Try again in ${retry ?? 1} seconds.` }
        : envelope(String(fault.status), 'Injected failure'), retry === undefined ? {} : { 'Retry-After': String(retry) });
    return true;
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/partner-center/schemas.ts
var partner_center_schemas = __webpack_require__(276);
;// CONCATENATED MODULE: ./src/sandbox/request-body.ts
/** A request's whole body, as text. */
async function readText(req) {
    const chunks = [];
    for await (const chunk of req)
        chunks.push(chunk);
    return Buffer.concat(chunks).toString('utf8');
}

;// CONCATENATED MODULE: ./src/sandbox/device-identifiers.ts
/** Why an upload is refused: the first device without an accepted identifier combination. */
function invalidDevice(devices) {
    const at = devices.findIndex((d) => !acceptedCombination(d));
    return at === -1 ? undefined : `device ${at} has no accepted identifier combination`;
}
/** Partner Center's six identifier combinations (reference §5.1). */
function acceptedCombination(d) {
    const has = (v) => typeof v === 'string' && v !== '';
    if (has(d.hardwareHash))
        return true;
    if (has(d.productKey) && !has(d.serialNumber))
        return true;
    return has(d.serialNumber) && has(d.oemManufacturerName) && has(d.modelName);
}

;// CONCATENATED MODULE: ./src/sandbox/job-stage.ts
/**
 * Where a job stands now. It is `queued` until it has been polled once or half its time has
 * passed, then `processing`, then `done` after `pollsToFinish` polls or `msToFinish`, whichever
 * comes first. Without msToFinish this is the poll count alone, as it always was.
 */
function jobStage(job, timing, now) {
    const { msToFinish, neverFinish } = timing;
    const elapsed = now - job.startedAt;
    const pollLimit = timing.pollsToFinish ?? (msToFinish === undefined ? 2 : undefined);
    if (!neverFinish) {
        if (pollLimit !== undefined && job.polls > pollLimit)
            return 'done';
        if (msToFinish !== undefined && elapsed >= msToFinish)
            return 'done';
    }
    const early = msToFinish === undefined || neverFinish || elapsed < msToFinish / 2;
    return job.polls <= 1 && early ? 'queued' : 'processing';
}

;// CONCATENATED MODULE: ./src/sandbox/upload-jobs.ts



/** Starts the job of an accepted upload; returns the status path that names it. */
function startJob(world, upload, requestId) {
    const trackingId = (0,external_node_crypto_.randomUUID)();
    world.state.jobs.set(trackingId, { trackingId, ...upload, polls: 0, startedAt: world.now() });
    const location = `/customers/${upload.customerId}/batchJobStatus/${trackingId}`;
    if (requestId)
        world.uploads.set(requestId, location);
    return location;
}
/** 202 naming the job as `acceptedWith` says. */
function replyAccepted(world, reply, location) {
    const answer = acceptedAnswer(world.options.acceptedWith, location);
    reply(202, answer.body, answer.headers);
}
/**
 * Jobs whose msToFinish has passed end now, polled or not: their devices are in the batch for
 * whatever this request reads. In the order the uploads came, as Partner Center would.
 */
function finishDueJobs(world) {
    const { options, state } = world;
    if (options.msToFinish === undefined || options.neverFinish)
        return;
    for (const job of state.jobs.values())
        if (!job.results && jobStage(job, options, world.now()) === 'done')
            state.settle(job, options.failDevices);
}

;// CONCATENATED MODULE: ./src/sandbox/routes.ts




/** Devices a page of a batch's device list holds, as Partner Center pages it. */
const PAGE = 100;
/** The request's batch, found by the second param (in any letter case), or 404. */
const inBatch = (handle) => (request, world, params) => {
    const [customerId = '', batchId = ''] = params;
    const batch = world.state.findBatch(customerId, batchId);
    if (!batch)
        return request.reply(404, envelope('NotFound', `no batch ${batchId}`));
    return handle(request, world, batch, params);
};
/** The device-batch API of reference §2, one route per operation. */
const ROUTES = [
    { method: 'GET', path: /^\/customers\/([^/]+)\/batchJobStatus\/([^/]+)$/i, handle: uploadStatus },
    { method: 'GET', path: /^\/customers\/([^/]+)\/deviceBatches$/i, handle: listBatches },
    { method: 'POST', path: /^\/customers\/([^/]+)\/deviceBatches$/i, handle: createBatch },
    {
        method: 'POST',
        path: /^\/customers\/([^/]+)\/deviceBatches\/([^/]+)\/devices$/i,
        handle: inBatch(addDevices),
    },
    {
        method: 'GET',
        path: /^\/customers\/([^/]+)\/deviceBatches\/([^/]+)\/devices$/i,
        handle: inBatch(listDevices),
    },
    {
        method: 'DELETE',
        path: /^\/customers\/([^/]+)\/deviceBatches\/([^/]+)\/devices\/([^/]+)$/i,
        handle: inBatch(deleteDevice),
    },
];
/** Serves a signed request by the first route for its path and method: 404 for no path, 405 for no method. */
function route(request, world) {
    const { method, path } = request;
    const forPath = ROUTES.map((r) => ({ route: r, match: r.path.exec(path) })).filter((r) => r.match);
    if (forPath.length === 0)
        return request.reply(404, envelope('NotFound', `no route ${method} ${path}`));
    const found = forPath.find((r) => r.route.method === method);
    if (!found)
        return request.reply(405, envelope('MethodNotAllowed', `${method} ${path}`));
    const params = (found.match ?? []).slice(1).map((p) => decodeURIComponent(p ?? ''));
    const refused = accessRefusal(request, world, params[0] ?? '');
    if (refused)
        return request.reply(403, envelope('Forbidden', refused));
    return found.route.handle(request, world, params);
}
/**
 * Why Partner Center refuses the call (403): an app not registered in Partner Center, or a
 * customer the partner has no reseller relationship with, when the sandbox is told either.
 */
function accessRefusal(request, world, customerId) {
    const { options } = world;
    if (options.registeredApp && !options.registeredApp(request.token))
        return 'The application is not registered in Partner Center (Account settings > App management)';
    const known = options.relationships;
    if (known && !known.some((id) => id.toLowerCase() === customerId.toLowerCase()))
        return `The partner does not have a relationship with customer ${customerId}`;
    return undefined;
}
function uploadStatus(request, world, params) {
    const [customerId = '', trackingId = ''] = params;
    const job = world.state.jobs.get(trackingId);
    if (!job || job.customerId.toLowerCase() !== customerId.toLowerCase())
        return request.reply(404, envelope('NotFound', `no job ${trackingId}`));
    job.polls += 1;
    const stage = job.results ? 'done' : jobStage(job, world.options, world.now());
    if (stage === 'done')
        world.state.settle(job, world.options.failDevices);
    const body = uploadStatusBody(job, stage, world.options);
    // A service that quotes the request in each device's words (echoRequests).
    if (world.options.echoRequests) {
        const echo = `request GET ${request.path} with Authorization: Bearer ${request.token}`;
        for (const device of body.devicesStatus)
            if (device.errorDescription)
                device.errorDescription += ` (${echo})`;
    }
    return request.reply(200, body);
}
function listBatches(request, world, [customerId = '']) {
    const page = batchListPage(customerId, [...world.state.batchesOf(customerId)], request.header('ms-continuationtoken'), world.options.batchPages);
    return request.reply(200, page.body, page.headers);
}
function createBatch(request, world, [customerId = '']) {
    const { options, state } = world;
    if (options.requireAppUserToCreate && !(options.isAppUser?.(request.token) ?? false))
        return request.reply(403, envelope('Forbidden', 'Creating a device batch needs App+User credentials'));
    const body = request.body;
    if (!body?.batchId || !Array.isArray(body.devices))
        return request.reply(400, envelope('BadRequest', 'batchId and devices are required'));
    const { batchId, devices } = body;
    if (state.findBatch(customerId, batchId))
        return request.reply(409, envelope('AlreadyExists', `batch ${batchId} already exists`));
    const invalid = invalidDevice(devices);
    if (invalid)
        return request.reply(400, envelope('InvalidDevice', invalid));
    state.batchesOf(customerId).set(batchId, []);
    const location = startJob(world, { customerId, batchId, devices }, request.requestId);
    return replyAccepted(world, request.reply, location);
}
function addDevices(request, world, batch, params) {
    const [customerId = ''] = params;
    if (!Array.isArray(request.body))
        return request.reply(400, envelope('BadRequest', 'the body must be an array of devices'));
    const devices = request.body;
    const invalid = invalidDevice(devices);
    if (invalid)
        return request.reply(400, envelope('InvalidDevice', invalid));
    const location = startJob(world, { customerId, batchId: batch[0], devices }, request.requestId);
    return replyAccepted(world, request.reply, location);
}
function listDevices(request, world, batch, params) {
    const token = request.header('ms-continuationtoken');
    const tokenIn = world.options.devicePages?.tokenIn ?? 'body';
    if (tokenIn === 'links' && token && request.query.get('seekOperation') !== 'Next')
        return request.reply(400, envelope('BadRequest', 'a next page is asked with seekOperation=Next and its token'));
    const page = pageOf(batch[1], token, PAGE);
    const [customerId = ''] = params;
    const answer = collectionAnswer({
        total: batch[1].length,
        // Listed without their hashes, as the client expects (src/register/device-batch.ts).
        items: page.items.map(({ hardwareHash: _hash, ...d }) => ({
            ...d,
            attributes: { objectType: 'Device' },
        })),
        next: page.next,
        tokenIn,
        nextUri: `/customers/${customerId}/deviceBatches/${encodeURIComponent(batch[0])}/devices?seekOperation=Next`,
    });
    return request.reply(200, answer.body, answer.headers);
}
function deleteDevice(request, world, batch, params) {
    const [customerId = '', , deviceId = ''] = params;
    if (!world.state.removeDevice(customerId, batch[1], deviceId))
        return request.reply(404, envelope('NotFound', `no device ${deviceId}`));
    return request.reply(204);
}

;// CONCATENATED MODULE: ./src/sandbox/sandbox-request.ts
/** A request header's first value. */
function header(req, name) {
    const value = req.headers[name];
    return Array.isArray(value) ? value[0] : value;
}

;// CONCATENATED MODULE: ./src/sandbox/write-answer.ts
/**
 * Writes an answer: JSON, after a UTF-8 byte order mark when `bom` (as Partner Center does); a
 * string as plain text (a proxy's page); or no body.
 */
function writeAnswer(res, status, body, headers, bom) {
    if (body === undefined) {
        res.writeHead(status, { 'Content-Length': '0', ...headers });
        res.end();
        return;
    }
    if (typeof body === 'string') {
        res.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', ...headers });
        res.end(body);
        return;
    }
    const text = `${bom ? '\uFEFF' : ''}${JSON.stringify(body)}`;
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8', ...headers });
    res.end(text);
}

;// CONCATENATED MODULE: ./src/sandbox/serve-request.ts









/**
 * One request, in the order Partner Center would meet it: the network's latency, jobs that are
 * due, an injected fault, the bearer token, a retried upload, then the route.
 */
async function serveRequest(req, res, sandbox) {
    const { world, calls } = sandbox;
    const served = sandboxRequest(req, res, sandbox);
    const { method, path, requestId } = served;
    if (world.options.latencyMs)
        await new Promise((resolve) => setTimeout(resolve, world.options.latencyMs));
    finishDueJobs(world);
    const fault = sandbox.faults.take(`${method} ${path}`.toLowerCase());
    const drop = () => {
        calls.push({ method, path, requestId, status: 0 });
        req.socket.destroy();
    };
    // A lost answer: the request is served, and its answer never reaches the client.
    const request = fault?.lostAnswer ? { ...served, reply: drop } : served;
    if (fault && !fault.lostAnswer && (await playFault(fault, request, drop)))
        return;
    const token = /^Bearer (.+)$/i.exec(request.header('authorization') ?? '')?.[1];
    if (!token)
        return request.reply(401, envelope('Unauthorized', 'Authorization header missing or not a bearer token'));
    if (world.options.acceptToken && !world.options.acceptToken(token))
        return request.reply(401, envelope('Unauthorized', 'The token is expired, or not for Partner Center'), {
            'WWW-Authenticate': 'Bearer error="invalid_token", error_description="token not accepted"',
        });
    // MS-RequestId is the idempotency key: a retried upload answers as the first one did (unless
    // switched off: Partner Center does not promise it).
    const replay = world.options.replayRequestIds ?? true;
    const earlier = replay && method === 'POST' && requestId ? world.uploads.get(requestId) : undefined;
    if (earlier)
        return replyAccepted(world, request.reply, earlier);
    const text = await readText(req);
    const limit = world.options.maxBodyBytes;
    if (limit !== undefined && Buffer.byteLength(text) > limit)
        return request.reply(413, envelope('RequestEntityTooLarge', `the request body is over ${limit} bytes`));
    // Read as the client reads answers: a byte order mark stripped, property names in any case (the
    // real service takes both the SDK's PascalCase and camelCase); not JSON, no body.
    const body = (0,partner_center_schemas/* tryParseBody */.Zy)(text);
    return route({ ...request, token, body }, world);
}
/** The request as the steps see it; its reply echoes Partner Center's tracing headers and logs the call. */
function sandboxRequest(req, res, sandbox) {
    const url = new URL(req.url ?? '/', 'http://sandbox');
    const method = req.method ?? 'GET';
    const path = url.pathname.replace(/^\/v1(?=\/)/i, '');
    const requestId = header(req, 'ms-requestid');
    return {
        method,
        path,
        query: url.searchParams,
        requestId,
        header: (name) => header(req, name),
        reply: (status, body, headers = {}) => {
            const token = /^Bearer (.+)$/i.exec(header(req, 'authorization') ?? '')?.[1];
            const isAppUser = sandbox.world.options.isAppUser;
            const appUser = token && isAppUser ? { appUser: isAppUser(token) } : {};
            sandbox.calls.push({ method, path, requestId, status, ...appUser });
            const tracing = {
                'MS-RequestId': requestId ?? (0,external_node_crypto_.randomUUID)(),
                'MS-CorrelationId': header(req, 'ms-correlationid') ?? (0,external_node_crypto_.randomUUID)(),
            };
            const echo = status >= 400 && sandbox.world.options.echoRequests ? echoOf(req) : undefined;
            const answer = echo ? echoed(body, echo) : body;
            writeAnswer(res, status, answer, { ...tracing, ...headers }, sandbox.world.options.bom);
        },
    };
}
/** The request as a proxy that quotes it would: method, path and the Authorization header. */
function echoOf(req) {
    return `request ${req.method} ${req.url} with Authorization: ${header(req, 'authorization') ?? ''}`;
}
/** An error answer with the request quoted at the end of its words. */
function echoed(body, echo) {
    if (typeof body === 'string')
        return `${body} (${echo})`;
    if (!body || typeof body !== 'object')
        return body;
    const words = body;
    if (typeof words.description === 'string')
        return { ...body, description: `${words.description} (${echo})` };
    if (typeof words.message === 'string')
        return { ...body, message: `${words.message} (${echo})` };
    return body;
}

// EXTERNAL MODULE: ./src/hash/decode-hardware-hash.ts
var decode_hardware_hash = __webpack_require__(4870);
// EXTERNAL MODULE: ./src/partner-center/error-codes.ts
var error_codes = __webpack_require__(141);
;// CONCATENATED MODULE: ./src/sandbox/state.ts



/** The identity the sandbox matches devices by: serial (+ manufacturer), product key, or the hash's own serial. */
function sandboxKeys(device) {
    const keys = [];
    const decoded = device.hardwareHash ? (0,decode_hardware_hash/* decodeHardwareHash */.J)(device.hardwareHash) : undefined;
    const serial = (decoded?.serialNumber ?? device.serialNumber ?? '').toLowerCase();
    if (serial)
        keys.push(`s:${serial}`);
    if (device.productKey)
        keys.push(`p:${device.productKey}`);
    return keys;
}
/**
 * Customers, batches and devices of the sandbox, with the jobs uploads start. Add and remove
 * devices through addDevice and removeDevice, which keep the index that 806 and 808 are read from.
 */
class SandboxState {
    batches = new Map();
    jobs = new Map();
    otherTenants = new Set();
    /** Serial (lower case) → the per-device code its upload fails with. */
    failing = new Map();
    /** Key → customer (lower case) → devices it holds under that key: no walk over every batch per upload. */
    holders = new Map();
    constructor(seed = {}) {
        for (const [customerId, customer] of Object.entries(seed.customers ?? {})) {
            for (const [batchId, devices] of Object.entries(customer.batches ?? {})) {
                const batch = [];
                this.batchesOf(customerId).set(batchId, batch);
                for (const device of devices)
                    this.addDevice(customerId, batch, device);
            }
        }
        for (const { serialNumber, errorCode } of seed.failing ?? [])
            this.failing.set(serialNumber.toLowerCase(), errorCode);
        for (const device of seed.otherTenants ?? [])
            for (const key of sandboxKeys(device))
                this.otherTenants.add(key);
    }
    batchesOf(customerId) {
        const key = customerId.toLowerCase();
        let batches = this.batches.get(key);
        if (!batches) {
            batches = new Map();
            this.batches.set(key, batches);
        }
        return batches;
    }
    findBatch(customerId, batchId) {
        for (const entry of this.batchesOf(customerId))
            if (entry[0].toLowerCase() === batchId.toLowerCase())
                return entry;
        return undefined;
    }
    addDevice(customerId, batch, device) {
        // As Autopilot does, a device sent with its hash is known by what the hash holds.
        const decoded = device.hardwareHash ? (0,decode_hardware_hash/* decodeHardwareHash */.J)(device.hardwareHash) : undefined;
        const fromHash = decoded?.verdict === 'valid'
            ? {
                ...(decoded.manufacturer ? { oemManufacturerName: decoded.manufacturer } : {}),
                ...(decoded.model ? { modelName: decoded.model } : {}),
            }
            : {};
        const stored = {
            ...fromHash,
            ...device,
            id: (0,external_node_crypto_.randomUUID)(),
            uploadedDate: new Date().toISOString(),
        };
        batch.push(stored);
        this.hold(customerId, device, 1);
        return stored;
    }
    /** False when the batch has no such device. */
    removeDevice(customerId, batch, deviceId) {
        const at = batch.findIndex((d) => d.id === deviceId);
        if (at === -1)
            return false;
        const [removed] = batch.splice(at, 1);
        if (removed)
            this.hold(customerId, removed, -1);
        return true;
    }
    hold(customerId, device, delta) {
        const customer = customerId.toLowerCase();
        for (const key of sandboxKeys(device)) {
            const counts = this.holders.get(key) ?? new Map();
            const n = (counts.get(customer) ?? 0) + delta;
            if (n > 0)
                counts.set(customer, n);
            else
                counts.delete(customer);
            if (counts.size > 0)
                this.holders.set(key, counts);
            else
                this.holders.delete(key);
        }
    }
    /** The sandbox customers (lower case) holding a device under any of these keys. */
    holdersOf(keys) {
        return new Set(keys.flatMap((k) => [...(this.holders.get(k)?.keys() ?? [])]));
    }
    /**
     * Runs a job's devices through the sandbox's rules once, when it first finishes. A device is
     * matched by sandboxKeys: in this customer's batches → 806; in another sandbox customer's, or
     * seeded as another tenant's → 808. With `failWith`, every device fails with it instead.
     */
    settle(job, failWith) {
        if (job.results)
            return job.results;
        if (failWith) {
            job.results = job.devices.map((device) => ({
                device,
                status: 'finished_with_errors',
                ...failWith,
            }));
            return job.results;
        }
        const batch = this.findBatch(job.customerId, job.batchId)?.[1] ?? [];
        const customer = job.customerId.toLowerCase();
        const seen = new Set();
        job.results = job.devices.map((device) => {
            const keys = sandboxKeys(device);
            const fail = (errorCode, errorDescription) => ({
                device,
                status: 'finished_with_errors',
                errorCode,
                errorDescription,
            });
            if (device.hardwareHash && (0,decode_hardware_hash/* decodeHardwareHash */.J)(device.hardwareHash).verdict !== 'valid') {
                return fail('802', 'InvalidZtdHardwareHash');
            }
            const seeded = [...this.failing].find(([serial]) => keys.includes(`s:${serial}`));
            if (seeded)
                return fail(seeded[1], (0,error_codes/* explainDeviceError */.c)(seeded[1], null).name);
            if (keys.some((k) => seen.has(k)))
                return fail('', 'ZtdDeviceDuplicated');
            for (const k of keys)
                seen.add(k);
            const holders = this.holdersOf(keys);
            if (keys.some((k) => this.otherTenants.has(k)) || [...holders].some((c) => c !== customer))
                return fail('808', 'ZtdDeviceAssignedToOtherTenant');
            if (holders.has(customer))
                return fail('806', 'ZtdDeviceAlreadyAssigned');
            const stored = this.addDevice(job.customerId, batch, device);
            return { device, deviceId: stored.id, status: 'finished' };
        });
        return job.results;
    }
}

;// CONCATENATED MODULE: ./src/sandbox/partner-center-sandbox.ts






/** The Partner Center device-batch API on a local port, as reference §12 describes it. */
async function startPartnerCenterSandbox(options = {}, port = 0) {
    const world = {
        state: new SandboxState(options.seed),
        options,
        now: options.now ?? Date.now,
        uploads: new Map(),
    };
    const faults = new SandboxFaults();
    const calls = [];
    const server = (0,external_node_http_.createServer)((req, res) => {
        void serveRequest(req, res, { world, faults, calls }).catch((error) => writeAnswer(res, 500, envelope('InternalServerError', String(error)), {}, options.bom));
    });
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${server.address().port}`;
    return {
        url,
        state: world.state,
        calls,
        /** Answer the next matching requests with these faults, in order. */
        inject: (...more) => faults.inject(...more),
        /** How many injected faults no request has met yet. */
        faultsLeft: () => faults.pending(),
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}

// EXTERNAL MODULE: external "node:https"
var external_node_https_ = __webpack_require__(4708);
;// CONCATENATED MODULE: ./src/sandbox/device-codes.ts

/** The grant as RFC 8628 names it, and as MSAL sends it (Entra takes both). */
const DEVICE_CODE_GRANTS = ['urn:ietf:params:oauth:grant-type:device_code', 'device_code'];
/** Entra's answer to a client id it does not know, whatever the grant. */
const UNKNOWN_APP = {
    status: 400,
    error: 'unauthorized_client',
    description: 'AADSTS700016: application not found in the directory',
};
/**
 * Entra's device-code flow for apps that allow public client flows: the device asks for a code,
 * a partner admin enters it on the verification page and signs in, and the device, polling the
 * token endpoint meanwhile, is then given an App+User token.
 */
class DeviceCodes {
    #signIns = new Map();
    #options;
    constructor(options = {}) {
        this.#options = options;
    }
    /** The answer of `/devicecode`: the code to show, where to enter it, and the one to poll with. */
    start(app, form, where) {
        const refused = publicClientProblem(app);
        if (refused)
            return { status: 400, body: refusal(refused) };
        const scope = form.get('scope') ?? '';
        const deviceCode = (0,external_node_crypto_.randomBytes)(24).toString('base64url');
        const userCode = userCodeOf();
        const expiresIn = this.#options.expiresInSeconds ?? 900;
        this.#signIns.set(deviceCode, {
            clientId: app?.clientId ?? '',
            userCode,
            scope,
            expiresAt: where.now + expiresIn * 1000,
            state: 'waiting',
        });
        const verificationUri = `${where.base}/device`;
        return {
            status: 200,
            body: {
                device_code: deviceCode,
                user_code: userCode,
                verification_uri: verificationUri,
                expires_in: expiresIn,
                interval: this.#options.intervalSeconds ?? 5,
                message: `To sign in, use a web browser to open the page ${verificationUri} and enter the code ${userCode} to authenticate.`,
            },
        };
    }
    /** The person's answer on the verification page; false when the code is unknown or used. */
    answer(userCode, approved, now) {
        const wanted = userCode.trim().toUpperCase();
        const found = [...this.#signIns.values()].find((s) => s.userCode === wanted && s.state === 'waiting' && s.expiresAt > now);
        if (!found)
            return false;
        found.state = approved ? 'approved' : 'declined';
        return true;
    }
    /** The verification page: its form, or what became of the code posted to it. */
    page(form, now) {
        if (!form)
            return { status: 200, html: DEVICE_PAGE };
        const approved = form.get('decline') === null;
        const known = this.answer(form.get('user_code') ?? '', approved, now);
        const said = !known
            ? 'That code is unknown, used or expired.'
            : approved
                ? 'Signed in: go back to the command.'
                : 'Sign-in declined.';
        return { status: known ? 200 : 400, html: `<p>${said}</p>` };
    }
    /** A poll of the token endpoint: the scope it was started with once approved, else why not yet. */
    redeem(app, form, now) {
        const refused = publicClientProblem(app);
        if (refused)
            return refused;
        const signIn = this.#signIns.get(form.get('device_code') ?? '');
        if (!signIn || signIn.clientId !== app.clientId || signIn.state === 'redeemed')
            return {
                status: 400,
                error: 'invalid_grant',
                description: 'AADSTS70000: the device code is invalid',
            };
        if (signIn.expiresAt <= now)
            return {
                status: 400,
                error: 'expired_token',
                description: 'AADSTS70019: the device code has expired',
            };
        if (signIn.state === 'declined')
            return {
                status: 400,
                error: 'authorization_declined',
                description: 'AADSTS70000: the user declined the sign-in',
            };
        if (signIn.state === 'waiting')
            return {
                status: 400,
                error: 'authorization_pending',
                description: 'AADSTS70016: the user has not signed in yet',
            };
        signIn.state = 'redeemed';
        return { scope: signIn.scope };
    }
}
const DEVICE_PAGE = `<!doctype html><title>Sandbox sign-in</title>
<form method="post"><p>Enter the code the command shows, to sign in as the sandbox's partner admin.</p>
<input name="user_code" autofocus> <button>Sign in</button> <button name="decline" value="1">Decline</button></form>`;
/** Entra refuses the flow for an app that does not allow public client flows, as it words it. */
function publicClientProblem(app) {
    if (!app)
        return UNKNOWN_APP;
    if (app.publicClient)
        return undefined;
    return {
        status: 401,
        error: 'invalid_client',
        description: "AADSTS7000218: the request body must contain 'client_assertion' or 'client_secret': the app registration does not allow public client flows",
    };
}
function refusal(problem) {
    return { error: problem.error, error_description: problem.description };
}
/** Eight capital letters, easy to type; no I or O, which read as 1 and 0. */
function userCodeOf() {
    const letters = 'ABCDEFGHJKLMNPQRSTUVWXYZ';
    return Array.from({ length: 8 }, () => letters[(0,external_node_crypto_.randomInt)(letters.length)]).join('');
}

;// CONCATENATED MODULE: ./src/sandbox/self-signed.ts

/**
 * A self-signed RSA certificate for 127.0.0.1 and localhost, made at start-up, so the sandbox's
 * token endpoint speaks HTTPS and clients trust it through an extra CA (NODE_EXTRA_CA_CERTS or an
 * agent's `ca`), never by turning verification off. Node can sign but not build certificates, so
 * the few DER structures of RFC 5280 are written here.
 */
function selfSignedCertificate(commonName = 'autopilot-gitops sandbox', serialNumber = (0,external_node_crypto_.randomBytes)(16)) {
    const keys = (0,external_node_crypto_.generateKeyPairSync)('rsa', { modulusLength: 2048 });
    const algorithm = seq(oid('1.2.840.113549.1.1.11'), Buffer.from([0x05, 0x00])); // sha256WithRSAEncryption
    const name = seq(set(seq(oid('2.5.4.3'), tlv(0x0c, Buffer.from(commonName, 'utf8')))));
    const now = Date.now();
    const tbs = seq(tlv(0xa0, derInteger(Buffer.from([2]))), // version 3
    derInteger(serialNumber), algorithm, name, seq(utcTime(new Date(now - 60_000)), utcTime(new Date(now + 7 * 24 * 3600_000))), name, keys.publicKey.export({ type: 'spki', format: 'der' }), tlv(0xa3, seq(extension('2.5.29.17', seq(tlv(0x87, Buffer.from([127, 0, 0, 1])), tlv(0x82, Buffer.from('localhost')))), extension('2.5.29.19', seq(Buffer.from([0x01, 0x01, 0xff])), true))));
    const signature = (0,external_node_crypto_.sign)('sha256', tbs, keys.privateKey);
    const der = seq(tbs, algorithm, tlv(0x03, Buffer.concat([Buffer.from([0]), signature])));
    const body = der.toString('base64').replace(/.{64}/g, '$&\n');
    return {
        certificate: `-----BEGIN CERTIFICATE-----\n${body}\n-----END CERTIFICATE-----\n`.replace('\n\n', '\n'),
        privateKey: keys.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
    };
}
function tlv(tag, content) {
    const n = content.length;
    const length = n < 0x80
        ? Buffer.from([n])
        : n < 0x100
            ? Buffer.from([0x81, n])
            : Buffer.from([0x82, n >> 8, n & 0xff]);
    return Buffer.concat([Buffer.from([tag]), length, content]);
}
const seq = (...parts) => tlv(0x30, Buffer.concat(parts));
const set = (...parts) => tlv(0x31, Buffer.concat(parts));
/**
 * A non-negative DER INTEGER from big-endian bytes. DER wants the shortest form: leading zero bytes
 * go (OpenSSL refuses them as "illegal padding", which a random serial starting with 0x00 hit
 * once in 512 start-ups), and a leading 1 bit gets one zero byte back so the number stays positive.
 */
function derInteger(bytes) {
    let start = 0;
    while (start < bytes.length - 1 && bytes[start] === 0)
        start++;
    const digits = bytes.subarray(start);
    const content = digits.length === 0 ? Buffer.from([0]) : digits;
    return tlv(0x02, (content[0] ?? 0) & 0x80 ? Buffer.concat([Buffer.from([0]), content]) : content);
}
function oid(dotted) {
    const [a = 0, b = 0, ...rest] = dotted.split('.').map(Number);
    const bytes = [40 * a + b];
    for (const arc of rest) {
        const chunk = [arc & 0x7f];
        for (let v = arc >> 7; v > 0; v >>= 7)
            chunk.unshift((v & 0x7f) | 0x80);
        bytes.push(...chunk);
    }
    return tlv(0x06, Buffer.from(bytes));
}
function utcTime(date) {
    const text = date
        .toISOString()
        .replace(/^\d\d(\d\d)-(\d\d)-(\d\d)T(\d\d):(\d\d):(\d\d).*$/, '$1$2$3$4$5$6Z');
    return tlv(0x17, Buffer.from(text, 'ascii'));
}
function extension(id, value, critical = false) {
    return seq(oid(id), ...(critical ? [Buffer.from([0x01, 0x01, 0xff])] : []), tlv(0x04, value));
}

;// CONCATENATED MODULE: ./src/sandbox/client-credential.ts

const FEDERATION_AUDIENCE = 'api://AzureADTokenExchange';
const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';
/** Entra allows five minutes of clock skew. */
const SKEW_SECONDS = 300;
/** An assertion used outside its `nbf`–`exp` window (or without `exp`). */
function timeProblem(jwt, now) {
    const seconds = now / 1000;
    const exp = Number(jwt.payload.exp);
    if (!Number.isFinite(exp))
        return 'AADSTS700023: the client assertion has no expiry (exp)';
    if (exp + SKEW_SECONDS < seconds)
        return 'AADSTS700024: the client assertion has expired';
    const nbf = jwt.payload.nbf === undefined ? undefined : Number(jwt.payload.nbf);
    if (nbf !== undefined && nbf - SKEW_SECONDS > seconds)
        return 'AADSTS700024: the client assertion is not valid yet (nbf)';
    return undefined;
}
/** Why the request does not prove the app's identity, or undefined when it does. */
function credentialProblem(app, form, base, now) {
    const secret = form.get('client_secret');
    if (secret !== null)
        return app.clientSecret && secret === app.clientSecret
            ? undefined
            : 'AADSTS7000215: invalid client secret';
    const assertion = form.get('client_assertion');
    if (!assertion)
        return 'AADSTS7000216: a client secret or a client assertion is required';
    if (form.get('client_assertion_type') !== ASSERTION_TYPE)
        return `AADSTS700009: client_assertion_type must be ${ASSERTION_TYPE}`;
    const jwt = decodeJwt(assertion);
    if (!jwt)
        return 'AADSTS50027: the client assertion is not a JWT';
    const late = timeProblem(jwt, now);
    if (late)
        return late;
    if (app.certificate) {
        const cert = new external_node_crypto_.X509Certificate(app.certificate);
        const thumbprint = (0,external_node_crypto_.createHash)('sha256').update(cert.raw).digest('base64url');
        const matches = jwt.header['x5t#S256'] === thumbprint ||
            jwt.header.x5t === (0,external_node_crypto_.createHash)('sha1').update(cert.raw).digest('base64url');
        if (matches &&
            verifyJwt(jwt, cert.publicKey) &&
            jwt.payload.aud?.toString().startsWith(base) &&
            jwt.payload.sub === app.clientId) {
            return undefined;
        }
    }
    const fed = app.federated;
    if (fed &&
        jwt.payload.iss === fed.issuer &&
        jwt.payload.sub === fed.subject &&
        jwt.payload.aud === FEDERATION_AUDIENCE) {
        return verifyJwt(jwt, (0,external_node_crypto_.createPublicKey)(fed.publicKey))
            ? undefined
            : 'AADSTS700024: the federated token signature does not verify';
    }
    return 'AADSTS700027: the client assertion matches no credential of the app';
}
function decodeJwt(token) {
    const [header, payload, signature] = token.split('.');
    if (!header || !payload || signature === undefined)
        return undefined;
    try {
        return {
            header: JSON.parse(Buffer.from(header, 'base64url').toString('utf8')),
            payload: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')),
            signed: `${header}.${payload}`,
            signature: Buffer.from(signature, 'base64url'),
        };
    }
    catch {
        return undefined;
    }
}
function verifyJwt(jwt, key) {
    const data = Buffer.from(jwt.signed);
    if (jwt.header.alg === 'PS256') {
        return (0,external_node_crypto_.verify)('sha256', data, { key, padding: external_node_crypto_.constants.RSA_PKCS1_PSS_PADDING, saltLength: 32 }, jwt.signature);
    }
    return jwt.header.alg === 'RS256' && (0,external_node_crypto_.verify)('sha256', data, key, jwt.signature);
}

;// CONCATENATED MODULE: ./src/sandbox/token-grant.ts




const REFRESH_TOKEN_LIFETIME_SECONDS = 90 * 24 * 3600;
/**
 * Redeems a token request as Entra does for the grants MSAL sends: client credentials, or a
 * refresh token (App+User), each with the app's own proof of identity; or a device code, which a
 * public client redeems with no proof but the person who signed in.
 */
function grantToken(form, options, state, where) {
    const { base, now } = where;
    const refuse = (status, error, description) => ({
        status,
        body: { error, error_description: description },
    });
    const app = options.apps.find((a) => a.clientId === form.get('client_id'));
    if (!app)
        return refuse(UNKNOWN_APP.status, UNKNOWN_APP.error, UNKNOWN_APP.description);
    const resource = options.resource ?? cloud/* GLOBAL_CLOUD */.O4.partnerCenter;
    let granted;
    if (DEVICE_CODE_GRANTS.includes(form.get('grant_type') ?? '')) {
        const redeemed = state.deviceCodes.redeem(app, form, now);
        if ('error' in redeemed)
            return refuse(redeemed.status, redeemed.error, redeemed.description);
        granted = userGrant(redeemed.scope.split(' '), options, state.refreshTokens, { resource, now });
    }
    else {
        const problem = credentialProblem(app, form, base, now);
        if (problem)
            return refuse(401, 'invalid_client', problem);
        granted = grantOf(form, options, state.refreshTokens, { resource, now });
    }
    if ('refused' in granted)
        return refuse(400, granted.refused[0], granted.refused[1]);
    const { kind, refreshToken } = granted;
    const audience = granted.audience ?? resource;
    const expiresIn = options.expiresInSeconds ?? 3600;
    const token = `sandbox.${kind === 'app' ? 'app' : 'user'}.${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
    const body = {
        token_type: 'Bearer',
        expires_in: expiresIn,
        ext_expires_in: expiresIn,
        access_token: token,
        scope: form.get('scope') ?? '',
        ...(refreshToken ? { refresh_token: refreshToken } : {}),
    };
    const details = {
        kind,
        clientId: app.clientId,
        expiresAt: now + expiresIn * 1000,
        audience,
    };
    return { status: 200, body, issued: { token, details } };
}
/**
 * What the grant gives, or why not: client credentials take exactly the resource's `.default`
 * scope; a refresh token, known and not expired, needs `user_impersonation` and is replaced by a
 * new one, which lives its own lifetime (the old keeps its expiry: using it extends nothing).
 */
function grantOf(form, options, refreshTokens, { resource, now }) {
    const grantType = form.get('grant_type') ?? '';
    const scopes = (form.get('scope') ?? '').split(' ').filter(Boolean);
    if (grantType === 'client_credentials') {
        // One `<resource>/.default`, as Entra takes it; a token for another resource is issued as
        // Entra would, and Partner Center refuses it (401).
        const asked = /^(https:\/\/[^\s/]+)\/\.default$/.exec(scopes.length === 1 ? (scopes[0] ?? '') : '');
        if (asked?.[1])
            return { kind: 'app', audience: asked[1] };
        const said = `AADSTS1002012: client credentials take one scope, ${resource}/.default`;
        return { refused: ['invalid_scope', said] };
    }
    if (grantType !== 'refresh_token')
        return { refused: ['unsupported_grant_type', `grant_type ${grantType} is not supported`] };
    const expires = refreshTokens.get(form.get('refresh_token') ?? '');
    if (expires === undefined || expires <= now)
        return { refused: ['invalid_grant', 'AADSTS70000: the refresh token is invalid or expired'] };
    return userGrant(scopes, options, refreshTokens, { resource, now });
}
/** An App+User grant for the scopes asked, with a refresh token of its own lifetime. */
function userGrant(scopes, options, refreshTokens, { resource, now }) {
    if (!scopes.includes(`${resource}/user_impersonation`))
        return { refused: ['invalid_scope', `AADSTS70011: ask for ${resource}/user_impersonation`] };
    const refreshToken = `sandbox.refresh.${(0,external_node_crypto_.randomBytes)(24).toString('base64url')}`;
    const lifetime = options.refreshTokenLifetimeSeconds ?? REFRESH_TOKEN_LIFETIME_SECONDS;
    refreshTokens.set(refreshToken, now + lifetime * 1000);
    return { kind: 'app+user', refreshToken };
}

;// CONCATENATED MODULE: ./src/sandbox/token-endpoint.ts





const DISCOVERY = /^\/([^/]+)\/v2\.0\/\.well-known\/openid-configuration$/;
const TOKEN = /^\/[^/]+\/oauth2\/v2\.0\/token$/;
const DEVICE_CODE = /^\/[^/]+\/oauth2\/v2\.0\/devicecode$/;
/**
 * Microsoft Entra's token endpoint as MSAL uses it, over HTTPS with a certificate made at start-up:
 * the discovery document, then client credentials and refresh tokens. Clients trust the
 * certificate through an extra CA (`certificate`), never by turning verification off.
 */
async function startTokenEndpoint(options, port = 0) {
    const { certificate, privateKey } = options.tls ?? selfSignedCertificate();
    const now = options.now ?? Date.now;
    const endpoint = {
        options,
        now,
        base: () => `https://127.0.0.1:${server.address().port}`,
        issued: new Map(),
        requests: [],
        state: {
            refreshTokens: seededRefreshTokens(options, now()),
            deviceCodes: new DeviceCodes(options.deviceCode),
        },
    };
    const server = (0,external_node_https_.createServer)({ cert: certificate, key: privateKey }, (req, res) => {
        void serve(endpoint, req, res).catch((error) => send(res, 500, { error: 'server_error', error_description: String(error) }));
    });
    await new Promise((resolve) => server.listen(port, '127.0.0.1', resolve));
    const { issued, state } = endpoint;
    return {
        url: endpoint.base(),
        /** The CA a client must trust (NODE_EXTRA_CA_CERTS, or an agent's `ca`). */
        certificate,
        requests: endpoint.requests,
        /** How many tokens it has issued. */
        issued: () => issued.size,
        /** Where a partner admin enters a device code, as a person would: the code's answer, or not. */
        signInWithCode: (userCode, approved = true) => state.deviceCodes.answer(userCode, approved, now()),
        /** What the sandbox's Partner Center asks of a bearer token. */
        inspect: (token) => {
            const found = issued.get(token);
            return found && found.expiresAt > now() ? found : undefined;
        },
        close: () => new Promise((resolve) => {
            server.closeAllConnections();
            server.close(() => resolve());
        }),
    };
}
async function serve(endpoint, req, res) {
    const { requests, base, now, state } = endpoint;
    const url = new URL(req.url ?? '/', base());
    const tenant = DISCOVERY.exec(url.pathname)?.[1];
    if (tenant !== undefined && req.method === 'GET') {
        requests.push({ path: url.pathname, status: 200 });
        return send(res, 200, openidConfiguration(base(), tenant));
    }
    if (url.pathname === '/device') {
        // Where the partner admin enters the code: a form, and its answer (`user_code`, `decline`).
        requests.push({ path: '/device', status: 200 });
        const form = req.method === 'POST' ? new URLSearchParams(await readText(req)) : undefined;
        const page = state.deviceCodes.page(form, now());
        res.writeHead(page.status, { 'Content-Type': 'text/html; charset=utf-8' });
        return res.end(page.html);
    }
    const started = DEVICE_CODE.test(url.pathname) && req.method === 'POST';
    if (!started && (!TOKEN.test(url.pathname) || req.method !== 'POST')) {
        requests.push({ path: url.pathname, status: 404 });
        return send(res, 404, { error: 'not_found' });
    }
    const text = await readText(req);
    const form = new URLSearchParams(text);
    const where = { base: base(), now: now() };
    const grant = answerForm({ started, form, text }, endpoint.options, state, where);
    if (grant.issued)
        endpoint.issued.set(grant.issued.token, grant.issued.details);
    requests.push({
        path: url.pathname,
        grantType: form.get('grant_type') ?? '',
        status: grant.status,
    });
    send(res, grant.status, grant.body);
}
/** The tenant's OpenID configuration: where MSAL finds the token endpoint. */
function openidConfiguration(base, tenant) {
    return {
        issuer: `${base}/${tenant}/v2.0`,
        authorization_endpoint: `${base}/${tenant}/oauth2/v2.0/authorize`,
        token_endpoint: `${base}/${tenant}/oauth2/v2.0/token`,
        end_session_endpoint: `${base}/${tenant}/oauth2/v2.0/logout`,
        jwks_uri: `${base}/${tenant}/discovery/v2.0/keys`,
        response_types_supported: ['code', 'token'],
    };
}
/** The answer to a form posted to the token or the device-code endpoint. */
function answerForm(posted, options, state, where) {
    const { form } = posted;
    const app = options.apps.find((a) => a.clientId === form.get('client_id'));
    const grant = posted.started
        ? state.deviceCodes.start(app, form, where)
        : grantToken(form, options, state, where);
    if (options.echoRequests && grant.status >= 400)
        grant.body.error_description = `${grant.body.error_description} (request: ${posted.text})`;
    return grant;
}
function send(res, status, body) {
    res.writeHead(status, { 'Content-Type': 'application/json; charset=utf-8' });
    res.end(JSON.stringify(body));
}
/** The refresh tokens given at start, each valid for a lifetime from now. */
function seededRefreshTokens(options, now) {
    const lifetime = options.refreshTokenLifetimeSeconds ?? REFRESH_TOKEN_LIFETIME_SECONDS;
    return new Map((options.refreshTokens ?? []).map((t) => [t, now + lifetime * 1000]));
}

;// CONCATENATED MODULE: ./src/sandbox/start-sandbox.ts




/** The demo app registration the sandbox knows; not secrets of anything real. */
const SANDBOX_APP = {
    tenantId: '00000000-0000-4000-8000-00000000a11c',
    clientId: '00000000-0000-4000-8000-0000000c11e7',
    clientSecret: 'sandbox-client-secret',
    refreshToken: 'sandbox-refresh-token',
};
const DeviceSchema = schemas/* object */.Ikc({
    hardwareHash: schemas/* string */.YjP().optional(),
    serialNumber: schemas/* string */.YjP().optional(),
    productKey: schemas/* string */.YjP().optional(),
    oemManufacturerName: schemas/* string */.YjP().optional(),
    modelName: schemas/* string */.YjP().optional(),
});
/** The seed file of `autopilot-gitops sandbox --seed`. */
const SeedSchema = schemas/* strictObject */.rej({
    customers: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* strictObject */.rej({ batches: schemas/* record */.g1P(schemas/* string */.YjP(), schemas/* array */.YOg(DeviceSchema)).optional() }))
        .optional(),
    otherTenants: schemas/* array */.YOg(DeviceSchema).optional(),
    failing: schemas/* array */.YOg(schemas/* strictObject */.rej({ serialNumber: schemas/* string */.YjP(), errorCode: schemas/* string */.YjP() })).optional(),
});
/**
 * Partner Center and its sign-in on this machine: the device-batch API (plain http on 127.0.0.1)
 * and Microsoft Entra's token endpoint (https, with a certificate made at start-up). The API takes
 * only tokens the endpoint issued and still valid, and creating a batch needs App+User.
 */
async function startSandbox(options = {}) {
    const tokens = await startTokenEndpoint(tokenEndpointOptions(options), options.tokenPort ?? 0);
    const partnerCenter = await startPartnerCenterSandbox({
        requireAppUserToCreate: true,
        isAppUser: (token) => tokens.inspect(token)?.kind === 'app+user',
        // A token of another audience (the old graph.windows.net ones, say) is refused.
        acceptToken: (token) => tokens.inspect(token)?.audience === (options.resource ?? cloud/* GLOBAL_CLOUD */.O4.partnerCenter),
        ...options,
        ...(options.seed ? { seed: options.seed } : {}),
    }, options.port ?? 0);
    return {
        partnerCenterUrl: partnerCenter.url,
        authorityHost: tokens.url,
        /** Trust it with NODE_EXTRA_CA_CERTS: the token endpoint's certificate. */
        certificate: tokens.certificate,
        partnerCenter,
        tokens,
        close: async () => {
            await partnerCenter.close();
            await tokens.close();
        },
    };
}
function tokenEndpointOptions(options) {
    return {
        apps: options.apps ?? [
            // It allows public client flows, as create-batch's app registration must.
            {
                clientId: SANDBOX_APP.clientId,
                clientSecret: SANDBOX_APP.clientSecret,
                publicClient: true,
            },
        ],
        deviceCode: { intervalSeconds: 1, ...options.deviceCode },
        refreshTokens: [SANDBOX_APP.refreshToken],
        ...(options.resource ? { resource: options.resource } : {}),
        ...(options.refreshTokenLifetimeSeconds
            ? { refreshTokenLifetimeSeconds: options.refreshTokenLifetimeSeconds }
            : {}),
        ...(options.tls ? { tls: options.tls } : {}),
        ...(options.echoRequests ? { echoRequests: true } : {}),
    };
}

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/sandbox-behaviour.ts
var sandbox_behaviour = __webpack_require__(6611);
;// CONCATENATED MODULE: ./src/cli/sandbox-command.ts








/** `sandbox`: Partner Center on this machine until interrupted, for trying the flow without an account. */
async function runSandboxCommand(options, io, stop) {
    const port = options.port === undefined ? 0 : Number(options.port);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
        throw new error_words/* TextError */.WK((0,text_of/* text */.Q)('cli.sandbox.port', { value: String(options.port) }));
    const seed = options.seed
        ? SeedSchema.parse(JSON.parse(await (0,promises_.readFile)(external_node_path_default().resolve(io.cwd, options.seed), 'utf8')))
        : undefined;
    const latencyMs = count(options.latencyMs, '--latency-ms', 0);
    // Jobs end after a number of polls, or after a time, polled or not: whichever comes first.
    const timing = options.msToFinish === undefined
        ? { pollsToFinish: count(options.pollsToFinish, '--polls-to-finish', 2) }
        : {
            msToFinish: count(options.msToFinish, '--ms-to-finish', 0),
            ...(options.pollsToFinish === undefined
                ? {}
                : { pollsToFinish: count(options.pollsToFinish, '--polls-to-finish', 2) }),
        };
    const behaviour = (0,sandbox_behaviour/* sandboxBehaviour */.H)(options.behave, seed);
    const sandbox = await startSandbox({
        port,
        latencyMs,
        ...timing,
        ...behaviour,
        ...(seed ? { seed } : {}),
    });
    const ca = external_node_path_default().join(await (0,promises_.mkdtemp)(external_node_path_default().join((0,external_node_os_.tmpdir)(), 'autopilot-gitops-sandbox-')), 'ca.pem');
    await (0,promises_.writeFile)(ca, sandbox.certificate);
    const say = (0,cli_io/* sayOf */.J)(io);
    io.stdout([
        say('cli.sandbox.url', { url: sandbox.partnerCenterUrl }),
        say('cli.sandbox.tokens', { url: sandbox.authorityHost }),
        say('cli.sandbox.trust', { ca }),
        say('cli.sandbox.app', SANDBOX_APP),
        say('cli.sandbox.deviceCode', { url: sandbox.authorityHost }),
        say('cli.sandbox.stop'),
        '',
    ].join('\n'));
    await stop;
    await sandbox.close();
    const calls = sandbox.partnerCenter.calls;
    const by = (method) => calls.filter((c) => c.method === method).length;
    const served = { calls: calls.length, post: by('POST'), get: by('GET'), del: by('DELETE') };
    io.stdout(`${say('cli.sandbox.served', { ...served, tokens: sandbox.tokens.issued() })}\n`);
    return 0;
}
function count(value, name, fallback) {
    if (value === undefined)
        return fallback;
    const n = Number(value);
    if (!Number.isInteger(n) || n < 0)
        throw new error_words/* TextError */.WK((0,text_of/* text */.Q)('cli.sandbox.whole', { option: name, value }));
    return n;
}


/***/ }),

/***/ 141:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   c: () => (/* binding */ explainDeviceError)
/* harmony export */ });
/* unused harmony export DEVICE_ERRORS */
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8807);

/**
 * Every per-device code our references list (autopilot-csv.md §7.1, partner-center-api.md §9.3),
 * in that order; docs/troubleshooting.md has one row for each (a test holds them together).
 * Codes 807 and 809–811 concern configuring or deleting devices and profiles: a registration
 * upload should not get them, but if one comes, a retry with the same data will not help.
 */
const DEVICE_ERRORS = [
    {
        code: '801',
        name: 'InvalidZtdRequestBody',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.801'),
        transient: false,
    },
    {
        code: '802',
        name: 'InvalidZtdHardwareHash',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.802'),
        transient: false,
    },
    {
        code: '803',
        name: 'MissingZtdSerialNumberAndProductKey',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.803'),
        transient: false,
    },
    {
        code: '806',
        name: 'ZtdDeviceAlreadyAssigned',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.806'),
        transient: false,
        alreadyRegistered: true,
    },
    {
        code: '807',
        name: 'ZtdDeviceIsNotRegistered',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.807'),
        transient: false,
    },
    {
        code: '808',
        name: 'ZtdDeviceAssignedToOtherTenant',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.808'),
        transient: false,
    },
    {
        code: '809',
        name: 'ZtdProfileIsNotRegistered',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.809'),
        transient: false,
    },
    {
        code: '810',
        name: 'ZtdProfileAssignedToOtherTenant',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.810'),
        transient: false,
    },
    {
        code: '811',
        name: 'ZtdDeviceRegisteredByOtherTenant',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.811'),
        transient: false,
    },
    {
        code: '812',
        name: 'ZtdDeviceNotFound',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.812'),
        transient: false,
    },
    {
        code: '813',
        name: 'ZtdDeviceIsNotUnique',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.813'),
        transient: false,
    },
    {
        code: '814',
        name: 'ZtdDeviceAlreadyAadRegistered',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.814'),
        transient: false,
    },
    {
        name: 'HashNot4k',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.HashNot4k'),
        transient: false,
    },
    {
        name: 'ZtdDeviceDuplicated',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.ZtdDeviceDuplicated'),
        transient: true,
    },
    {
        name: 'StorageError',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.StorageError'),
        transient: true,
    },
    {
        name: 'NoResult',
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.NoResult'),
        transient: true,
    },
];
const BY_CODE = new Map(DEVICE_ERRORS.flatMap((m) => (m.code ? [[m.code, m]] : [])));
const BY_NAME = new Map(DEVICE_ERRORS.map((m) => [m.name.toLowerCase(), m]));
// The Intune docs spell 808's name this way.
BY_NAME.set('ztddeviceassignedtoanothertenant', BY_CODE.get('808'));
/**
 * Reads a per-device error by its code ("808") or its name ("ZtdDeviceAssignedToOtherTenant").
 * An unknown code is not retried by itself: most codes of this family mean the data or the
 * device's ownership must change, and retrying those every run would hide them; the plan shows
 * the device as blocked until someone has looked and starts a run with retry-failed. Partner
 * Center puts the name in `errorDescription`, sometimes followed by words ("StorageError: …"): the
 * first word is the name. A failure with neither a code nor a name, only a sentence, is retried by
 * the next run.
 */
function explainDeviceError(code, name) {
    const word = /^[A-Za-z][A-Za-z0-9_]*/.exec(name?.trim() ?? '')?.[0];
    const known = (code ? BY_CODE.get(code.trim()) : undefined) ??
        (name ? BY_NAME.get(name.trim().toLowerCase()) : undefined) ??
        (word ? BY_NAME.get(word.toLowerCase()) : undefined);
    if (known)
        return known;
    const given = code?.trim();
    if (!given && word !== name?.trim()) {
        return {
            name: name?.trim() || 'error without a code',
            explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.withoutCode'),
            transient: true,
        };
    }
    return {
        ...(given ? { code: given } : {}),
        name: name?.trim() || `error ${given || 'without a code'}`,
        explanation: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('repo.code.unknown'),
        transient: false,
    };
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


/***/ })

};
