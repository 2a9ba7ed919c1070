export const id = 725;
export const ids = [725];
export const modules = {

/***/ 4725:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runRegister: () => (/* binding */ runRegister)
});

// EXTERNAL MODULE: ./src/findings/error-message.ts
var error_message = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/findings/error-words.ts
var error_words = __webpack_require__(6564);
// EXTERNAL MODULE: ./src/findings/redact.ts
var redact = __webpack_require__(6169);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/messages/catalogue.ts + 46 modules
var catalogue = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/plan/plan-report.ts
var plan_report = __webpack_require__(6711);
// EXTERNAL MODULE: ./src/plan/registration-plan.ts
var registration_plan = __webpack_require__(8880);
// EXTERNAL MODULE: ./src/repo/local-repository.ts + 6 modules
var local_repository = __webpack_require__(1573);
// EXTERNAL MODULE: ./src/repo/paths.ts
var paths = __webpack_require__(2711);
// EXTERNAL MODULE: ./src/report/fit-markdown.ts
var fit_markdown = __webpack_require__(2775);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
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

// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
;// CONCATENATED MODULE: ./src/report/refresh-token-note.ts

const LIFETIME_DAYS = 90;
const DAY_MS = 24 * 3600_000;
/**
 * The note as one paragraph of Markdown, under its own heading, in the run's language; a warning
 * line for the log, in English (log lines are for support).
 */
function renderRefreshTokenNote(note, say) {
    const where = say('report.token.where', {
        secret: (0,markdown/* code */.aY)(note.secret),
        environment: (0,markdown/* code */.aY)(note.environment),
    });
    const title = `### ${say('report.token.title')}`;
    const days = LIFETIME_DAYS;
    if (note.kind === 'renewed')
        return { markdown: `${title}\n\n${say('report.token.renewed', { where, days })}` };
    if (note.kind === 'failed') {
        const failed = say('report.token.failed', { reason: (0,markdown/* escapeMarkdown */.FV)(note.reason), where, days });
        return {
            markdown: `${title}\n\n⚠️ ${failed}`,
            warning: `The stored refresh token could not be renewed: ${note.reason}`,
        };
    }
    const replaced = note.lastReplaced ? Date.parse(note.lastReplaced) : Number.NaN;
    const when = Number.isNaN(replaced)
        ? say('report.token.replacedUnknown')
        : say('report.token.replacedOn', { replaced, expires: replaced + LIFETIME_DAYS * DAY_MS });
    const warning = 'The stored refresh token is not being renewed: give the workflow secrets-token so that each run stores the one Microsoft Entra hands back';
    const notRenewed = say('report.token.notRenewed', {
        where,
        days,
        when,
        secretsToken: (0,markdown/* code */.aY)('secrets-token'),
        createBatch: (0,markdown/* code */.aY)('autopilot-gitops create-batch'),
    });
    return { markdown: `${title}\n\n⚠️ ${notRenewed}`, warning };
}

// EXTERNAL MODULE: ./src/auth/cloud.ts
var cloud = __webpack_require__(2839);
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

// EXTERNAL MODULE: ./src/report/render-registration.ts + 2 modules
var render_registration = __webpack_require__(372);
// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/github/merged-pull-requests.ts
var merged_pull_requests = __webpack_require__(2382);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 4 modules
var build_plan = __webpack_require__(3708);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/partner-center/errors.ts
var errors = __webpack_require__(4193);
// EXTERNAL MODULE: external "node:timers/promises"
var promises_ = __webpack_require__(8500);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
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

// EXTERNAL MODULE: ./src/partner-center/error-codes.ts
var error_codes = __webpack_require__(141);
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
        ((ms) => (0,promises_.setTimeout)(ms, undefined, options.signal ? { signal: options.signal } : {}).catch(() => { }));
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
    const name = (0,record_schema/* recordFileName */.Tb)(meta.startedAt, meta.commit, {
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
        ? async (number) => (await (0,pull_request/* listPullRequestFiles */.cq)(github.client, { ...github, number })).map((f) => ({
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
        return await (0,merged_pull_requests/* mergedPullRequests */.S0)(github.client, {
            owner: github.owner,
            repo: github.repo,
            branch: github.branch,
            sha: input.commit,
            ...(since ? { since } : {}),
            marker: merged_pull_requests/* PLAN_MARKER */.fN,
        });
    }
    catch (error) {
        input.context.warn(`Could not read the merged pull request (approvals and merger are left out of the records): ${(0,error_message/* errorMessage */.g)(error)}`);
        return [];
    }
}

// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: external "node:fs/promises"
var external_node_fs_promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/github/records-commit.ts
var records_commit = __webpack_require__(6899);
// EXTERNAL MODULE: ./src/plan/records-pull-request.ts
var records_pull_request = __webpack_require__(2317);
;// CONCATENATED MODULE: ./src/action/records-store.ts









/**
 * The merge run's records: a copy in the runner's temp folder first, then one commit on the branch
 * (or a pull request when the branch is protected). Without GitHub, the copy alone.
 */
function runnerRecords(options) {
    const { github, context } = options;
    const redact = options.redact ?? ((text) => text);
    const sha7 = options.commit.slice(0, 7);
    const fromTop = (files) => files.map((f) => ({
        ...f,
        path: (0,paths/* fromTopLevel */.iD)(options.prefix, f.path),
        text: redactedRecord(f.text, redact),
    }));
    return {
        check: async (commit) => (github ? checkBranch(github, commit) : undefined),
        async keepInProgress(files) {
            if (!github)
                return;
            const done = await (0,records_commit/* commitToBranch */.Bg)(github.client, {
                ...github,
                files: fromTop(files),
                message: `Record Autopilot uploads in progress for ${sha7} [skip ci]`,
            });
            if (done.committed)
                context.log(`Uploads in progress recorded: ${done.sha}`);
            else
                context.log(`The in-progress records were not committed (${github.branch} is protected, or moved on every try); the final records follow when Partner Center has processed the uploads`);
        },
        async deliver(records) {
            const files = fromTop(records);
            if (files.length === 0)
                return { place: { kind: 'none' } };
            const dir = external_node_path_default().join(options.tempDir, `autopilot-gitops-records-${options.runStamp}`);
            const copy = await keepCopy(files, dir, context).catch((error) => {
                // The commit still comes next: a full temp disk must not keep the records out of the repository.
                context.warn(`Could not write the records' copy to the runner's temp folder: ${(0,error_message/* errorMessage */.g)(error)}`);
                return undefined;
            });
            const place = github
                ? await commit(github, files, options, context)
                : { kind: 'temp-only', reason: (0,text_of/* text */.Q)('report.records.noGithubToken') };
            return { place, ...(copy ? { copy } : {}) };
        },
    };
}
/**
 * A record as committed, for ever: every string in it redacted, and no raw control (DEL, C1,
 * bidirectional ones, which JSON.stringify leaves) for a reviewer's screen to act on. Its text is
 * kept as written when nothing was to be redacted, and written again as the records are written
 * when something was (a redaction inside JSON text could break an escape sequence; one in the
 * value cannot).
 */
function redactedRecord(text, redact) {
    let value;
    try {
        value = JSON.parse(text);
    }
    catch {
        return redact(text);
    }
    const strings = (_key, item) => (typeof item === 'string' ? redact(item) : item);
    const redacted = `${JSON.stringify(value, strings, 2)}\n`;
    return (0,findings_escape/* escapeJsonControls */.Ee)(redacted === `${JSON.stringify(value, null, 2)}\n` ? text : redacted);
}
/**
 * Records are committed after the commit they register: an older checkout lacks the records of
 * the runs since, and would send their pending and failed devices again. Likewise the records
 * still waiting in a pull request: what they say is not on the branch.
 */
async function checkBranch(github, commit) {
    const head = await (0,records_commit/* branchHead */.P)(github.client, github, github.branch);
    if (head !== commit) {
        throw new Error(`${github.branch} is at ${head.slice(0, 7)}, but the checkout is at ${commit.slice(0, 7)}: registering from it would miss the records of the runs since. Check out the branch itself (actions/checkout with ref: ${github.branch}), as the template workflow does; a run that started before the last push can simply be run again`);
    }
    const waiting = await (0,records_commit/* openRecordsPullRequests */.wb)(github.client, github, github.branch);
    if (waiting.length > 0) {
        throw new Error(`the records of an earlier run wait in pull request ${waiting.map((n) => `#${n}`).join(', ')}: merge it first (unchanged), then run again. Until then this run could send again what those records say was sent`);
    }
}
/** Before anything is committed: the records are never lost, whatever GitHub says next. */
async function keepCopy(files, dir, context) {
    for (const file of files) {
        const target = external_node_path_default().join(dir, file.path);
        await (0,external_node_fs_promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        await (0,external_node_fs_promises_.writeFile)(target, file.text);
        context.log(`Record written: ${target}`);
    }
    return dir;
}
async function commit(github, files, options, context) {
    try {
        const pullRequest = (0,records_pull_request/* recordsPullRequestText */.WU)(options.say ?? (0,catalogue/* sayer */.BF)('en'), {
            commit: options.commit,
            branch: github.branch,
        });
        const delivery = await (0,records_commit/* commitRecords */.it)(github.client, {
            ...github,
            files,
            message: `Record Autopilot registrations for ${options.commit.slice(0, 7)} [skip ci]`,
            runId: options.runStamp,
            pullRequestTitle: pullRequest.title,
            pullRequestBody: pullRequest.body,
        });
        if (delivery.kind === 'commit') {
            context.log(`Records committed: ${delivery.sha}`);
            return delivery;
        }
        context.warn(`The branch ${github.branch} refused the records commit; they are in pull request #${delivery.number}: ${delivery.url}`);
        return { kind: 'pull-request', number: delivery.number, url: delivery.url };
    }
    catch (error) {
        const reason = (0,text_of/* text */.Q)('report.records.refusedByGitHub', { error: (0,error_message/* errorMessage */.g)(error) });
        context.warn(`The records were not committed (${(0,catalogue/* english */.x3)(reason)}); they are in the runner's temp folder.`);
        return { kind: 'temp-only', reason };
    }
}

;// CONCATENATED MODULE: ./src/github/environment-secret.ts
/**
 * Stores `value` as the environment's secret: GitHub takes it sealed with the environment's
 * public key (libsodium's sealed box), so that only GitHub can open it. The token needs to be
 * allowed to write the environment's secrets (a GitHub App's or a fine-grained token); the
 * workflow's own GITHUB_TOKEN never is.
 */
async function storeEnvironmentSecret(client, ref, value) {
    const where = routeOf(ref);
    const { data: key } = await client.request('GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/public-key', where);
    await client.request('PUT /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}', {
        ...where,
        secret_name: ref.name,
        encrypted_value: await sealFor(key.key, value),
        key_id: key.key_id,
    });
}
/** When the secret was last replaced, if the token may read that; undefined when it may not. */
async function secretUpdatedAt(client, ref) {
    try {
        const { data } = await client.request('GET /repos/{owner}/{repo}/environments/{environment_name}/secrets/{secret_name}', { ...routeOf(ref), secret_name: ref.name });
        return data.updated_at;
    }
    catch {
        return undefined;
    }
}
/** The environment's part of the secrets routes. */
function routeOf(ref) {
    return { owner: ref.owner, repo: ref.repo, environment_name: ref.environment };
}
/**
 * `value` sealed for the holder of the base64 public key, base64 again, as GitHub's secrets API
 * takes it. libsodium is loaded only here: most runs never seal anything, and it is large.
 */
async function sealFor(publicKey, value) {
    const { default: sodium } = await __webpack_require__.e(/* import() */ 768).then(__webpack_require__.bind(__webpack_require__, 4768));
    await sodium.ready;
    const { ORIGINAL } = sodium.base64_variants;
    const sealed = sodium.crypto_box_seal(sodium.from_string(value), sodium.from_base64(publicKey, ORIGINAL));
    return sodium.to_base64(sealed, ORIGINAL);
}

;// CONCATENATED MODULE: ./src/action/renew-refresh-token.ts




/**
 * Keeps a stored refresh token alive. Entra hands back a new one at each redemption and the old
 * one stops working 90 days after its own issue, however often it is used: with `secrets-token`,
 * the run redeems it (if creating a batch has not already) and stores the new one in its
 * environment secret; without, it says when the stored one was last replaced, if GitHub tells.
 * Never fails the run: the devices are registered or recorded whatever becomes of the token.
 */
async function renewRefreshToken(setup, signIn, github) {
    const { inputs, env, redactor } = setup;
    if (!inputs.refreshToken)
        return undefined;
    const [owner = '', repo = ''] = (env.GITHUB_REPOSITORY ?? '').split('/');
    const ref = {
        owner,
        repo,
        environment: inputs.refreshTokenEnvironment,
        name: inputs.refreshTokenSecret,
    };
    const where = { environment: ref.environment, secret: ref.name };
    if (!inputs.secretsToken) {
        const lastReplaced = github ? await secretUpdatedAt(github.client, ref) : undefined;
        return { kind: 'not-renewed', ...where, ...(lastReplaced ? { lastReplaced } : {}) };
    }
    try {
        const tokens = signIn();
        if (!tokens.renewedRefreshToken())
            await tokens.getUserToken();
        const renewed = tokens.renewedRefreshToken();
        if (!renewed)
            throw (0,error_words/* textError */.MZ)('error.signIn.noRefreshToken');
        const client = (0,pull_request/* createGitHubClient */.LX)(inputs.secretsToken, env.GITHUB_API_URL, redactor.redact);
        await storeEnvironmentSecret(client, ref, renewed);
        return { kind: 'renewed', ...where };
    }
    catch (error) {
        return { kind: 'failed', ...where, reason: redactor.redact((0,error_message/* errorMessage */.g)(error)) };
    }
}

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(5242);
// EXTERNAL MODULE: ./src/action/setup.ts + 1 modules
var action_setup = __webpack_require__(7423);
// EXTERNAL MODULE: ./src/action/sign-in.ts + 12 modules
var sign_in = __webpack_require__(1380);
;// CONCATENATED MODULE: ./src/action/run-register.ts





















/**
 * `register`: the merge run. Registers what the plan of the pushed commit says (with `dry-run`,
 * renders that plan as what it would send), then reports it in the log, the job summary, the
 * merged pull requests' comments and the outputs; fails when anything failed, after everything
 * is recorded.
 */
async function runRegister(setup, signal) {
    const { inputs, env, out, redactor } = setup;
    const branch = registerBranch(setup.event);
    const repository = (0,local_repository/* localRepository */.i)(setup);
    // What is on disk is what is planned and named in the records.
    const commit = (await repository.head()) ?? env.GITHUB_SHA;
    if (!commit)
        throw (0,error_words/* textError */.MZ)('error.setup.noCommit');
    const display = logDisplay(out, (0,catalogue/* sayer */.BF)(inputs.language));
    const context = (0,action_setup/* actionContext */.G)(out, signal, display.update);
    const github = (0,action_setup/* gitHubOf */.T)(setup, branch);
    const input = { repository, commit, github, settings: inputs, context };
    const signIn = (0,sign_in/* lazySignIn */.DZ)(setup);
    const report = await (inputs.dryRun
        ? planMerge(input)
        : registerMerge({
            ...input,
            partnerCenter: (0,sign_in/* partnerCenterFromInputs */.$t)(setup, context, signIn),
            records: runnerRecords({
                github,
                redact: redactor.redact,
                prefix: repository.prefix,
                tempDir: (0,runner/* runnerTemp */.X5)(env),
                runStamp: (0,runner/* runStamp */.bB)(env),
                commit,
                context,
                say: (0,catalogue/* sayer */.BF)(inputs.language),
            }),
        })).finally(display.finish);
    // The adapters redacted what the services said; the outcome is redacted once more before any
    // surface renders it (Markdown escaping would hide a secret's shape from a net on the text).
    const outcome = (0,redact/* redactValues */.se)(registrationOutcome(report, {
        commit,
        dryRun: inputs.dryRun,
        records: report.records.map((r) => (0,paths/* fromTopLevel */.iD)(repository.prefix, r.path)),
        signIn: createBatchSignIn(inputs, repository.prefix),
    }), redactor.redact);
    const refreshToken = inputs.dryRun ? undefined : await renewRefreshToken(setup, signIn, github);
    const cancelled = signal.aborted;
    await reportRun(setup, { report, outcome, github, commit, cancelled, refreshToken });
}
/** Partner Center can take half an hour: a line of each customer's standing every 30 s meanwhile. */
function logDisplay(out, say) {
    return progressDisplay({
        clock: SYSTEM_CLOCK,
        say,
        write: (text) => {
            for (const line of text.trimEnd().split('\n'))
                out.info(line);
        },
    });
}
async function reportRun(setup, run) {
    const { report, outcome, github } = run;
    const { out } = setup;
    const { dryRun } = setup.inputs;
    const say = (0,catalogue/* sayer */.BF)(setup.inputs.language);
    out.info(`Plan digest ${report.plan.digest}${report.reviewed.map((r) => digestNote(r, report.plan.digest)).join('')}`);
    for (const line of (0,render_registration/* renderRegistrationText */.pX)(outcome, say).trimEnd().split('\n'))
        out.info(line);
    const links = (0,runner/* linksOf */.hP)(setup.env, run.commit);
    // Whatever the run did or could not do for a customer, the reviewers of the merge see it.
    const toTell = outcome.customers.length > 0 || outcome.counts.skipped > 0;
    const notes = github && !dryRun && toTell
        ? await commentOutcome(out, github, report.reviewed, outcome, links, say)
        : [];
    const tokenNote = run.refreshToken ? renderRefreshTokenNote(run.refreshToken, say) : undefined;
    if (tokenNote?.warning)
        out.warning(tokenNote.warning);
    await out.summary((0,render_registration/* renderRegistrationMarkdown */.JO)(outcome, { links, maxRows: 1000, say }) +
        (notes.length ? `\n${notes.join(' ')}\n` : '') +
        (tokenNote ? `\n${tokenNote.markdown}\n` : '') +
        (dryRun ? `\n${(0,fit_markdown/* renderSummary */.Br)((0,plan_report/* buildPlanReport */.eb)(report.plan, null), links, say)}` : ''));
    setOutputs(out, outcome, report);
    const failure = [
        registrationFailure(outcome, say),
        run.cancelled ? say('report.run.cancelled') : '',
    ]
        .filter(Boolean)
        .join(say('report.separator'));
    if (failure)
        out.failed(say('report.run.seeSummary', { failure }));
}
/** How a partner admin runs create-batch for this repository, as the run was signed in. */
function createBatchSignIn(inputs, prefix) {
    if (!inputs.tenantId || !inputs.clientId)
        return undefined;
    return {
        program: `npx autopilot-gitops@${version/* VERSION */.x}`,
        path: prefix || '.',
        tenantId: inputs.tenantId,
        clientId: inputs.clientId,
        authorityHost: inputs.authorityHost,
        partnerCenterUrl: inputs.partnerCenterUrl,
    };
}
function digestNote(pr, digest) {
    return pr.planDigest === digest
        ? `; matches the plan on #${pr.number}`
        : `; differs from the plan on #${pr.number} (${pr.planDigest ?? 'none shown'})`;
}
/** Records go to the default branch, so registration runs there only. */
function registerBranch(event) {
    if (!event.branch)
        throw (0,error_words/* textError */.MZ)('error.setup.noBranch');
    if (event.defaultBranch && event.branch !== event.defaultBranch)
        throw (0,error_words/* textError */.MZ)('error.setup.notDefaultBranch', {
            defaultBranch: event.defaultBranch,
            branch: event.branch,
        });
    return event.branch;
}
async function commentOutcome(out, github, reviewed, outcome, links, say) {
    const notes = [];
    const rendered = (0,fit_markdown/* renderRegistrationComment */.nt)(outcome, links, say);
    const [body, content] = [out.redactMarkdown(rendered.body), out.redactMarkdown(rendered.content)];
    for (const pr of reviewed) {
        try {
            const ref = { owner: github.owner, repo: github.repo, number: pr.number };
            await (0,pull_request/* upsertStickyComment */.qD)(github.client, ref, render_registration/* REGISTRATION_MARKER */.Bp, body, content);
            notes.push(say('report.notes.outcomeCommented', { pr: String(pr.number) }));
        }
        catch (error) {
            out.warning(`Could not comment on pull request #${pr.number}: ${(0,error_message/* errorMessage */.g)(error)}`);
        }
    }
    return notes;
}
function setOutputs(out, outcome, report) {
    const { counts, place } = outcome;
    out.output('plan-digest', report.plan.digest);
    out.output('to-register', (0,registration_plan/* totalToSend */.so)(report.plan.customers));
    out.output('registered', counts.registered);
    out.output('already-registered', counts.alreadyRegistered);
    out.output('retagged', counts.retagged);
    out.output('deregistered', counts.deregistered);
    out.output('failed', counts.failed);
    out.output('pending', counts.pending);
    out.output('skipped', counts.skipped);
    out.output('records', outcome.records.join('\n'));
    out.output('records-copy', outcome.recordsCopy ?? '');
    out.output('records-commit', place.kind === 'commit' ? place.sha : '');
    out.output('records-pull-request', place.kind === 'pull-request' ? place.url : '');
}


/***/ })

};
