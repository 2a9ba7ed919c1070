export const id = 195;
export const ids = [195];
export const modules = {

/***/ 1231:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlanCommand: () => (/* binding */ runPlanCommand)
});

// UNUSED EXPORTS: renderPlanText

// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/repo/git.ts + 1 modules
var git = __webpack_require__(5975);
// EXTERNAL MODULE: ./src/repo/local-repository.ts + 2 modules
var local_repository = __webpack_require__(8155);
// EXTERNAL MODULE: ./src/report/render-text.ts
var render_text = __webpack_require__(5534);
// EXTERNAL MODULE: ./src/report/report-words.ts
var report_words = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/findings/error-message.ts
var error_message = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 4 modules
var build_plan = __webpack_require__(3708);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/ledger/record-schema.ts
var record_schema = __webpack_require__(8598);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
;// CONCATENATED MODULE: ./src/plan/edited-records.ts



/**
 * Records are immutable and written by the registration run only: a change that adds, edits,
 * renames or deletes one blocks its customer (AP606). Returns the inspection with those findings,
 * and with the customers' records no longer trusted. `acceptAdded` is for the registration run's
 * own records pull request (see isRecordsPullRequest), whose added records are the run's.
 */
function withEditedRecords(inspection, changed, options = {}) {
    const findings = [...inspection.findings];
    const unreadable = new Set(inspection.ledger.unreadable);
    for (const change of changed) {
        if (options.acceptAdded && change.status === 'added')
            continue;
        const file = change.status === 'renamed' ? (change.previousPath ?? change.path) : change.path;
        const match = record_schema.RECORD_FILE.exec(file);
        if (!match?.[1])
            continue;
        // Only the registration run writes records: one that a pull request adds is as suspect as an edit.
        const message = (0,text_of/* text */.Q)(`repo.record.${change.status}`, { file });
        findings.push((0,finding/* finding */.gk)('AP606', { file: change.path, line: 1 }, message));
        unreadable.add(match[1]);
    }
    return { ...inspection, findings, ledger: { ...inspection.ledger, unreadable } };
}

// EXTERNAL MODULE: ./src/rules/duplicates.ts
var duplicates = __webpack_require__(1589);
// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/plan/registration-plan.ts
var registration_plan = __webpack_require__(8880);
;// CONCATENATED MODULE: ./src/plan/plan-report.ts





function buildPlanReport(plan, changedFiles) {
    const changed = changedFiles ? new Set(changedFiles) : null;
    const findings = plan.findings
        .map((f) => ({ ...f, preExisting: changed !== null && !changed.has(f.file) }))
        .sort((a, b) => Number(a.preExisting) - Number(b.preExisting) ||
        finding/* SEVERITY_ORDER */.B[a.severity] - finding/* SEVERITY_ORDER */.B[b.severity] ||
        (0,finding/* compareFindings */.Eg)(a, b));
    const current = findings.filter((f) => !f.preExisting);
    const count = (0,finding/* countBySeverity */.Ot)(current);
    const customers = plan.customers.map(customerReport);
    // Rows of device files: not the removed, not the devices a request file names.
    const listed = customers.flatMap((c) => c.devices.filter((d) => d.action !== 'removed' && !registration_plan/* DEREGISTER_REQUEST */.f3.test(d.source)));
    const toRetag = customers.reduce((n, c) => n + (c.blocked ? 0 : c.counts.retag), 0);
    return {
        schemaVersion: 1,
        digest: plan.digest,
        changedFiles: changedFiles ? [...changedFiles].sort() : null,
        summary: {
            errors: count.error,
            warnings: count.warning,
            notices: count.notice,
            preExisting: findings.length - current.length,
            // Rows outside any customer are only counted in the plan: each is taken for a device.
            devices: plan.strayDevices +
                ((0,duplicates/* hasDuplicateFindings */.IO)(plan.findings) ? (0,duplicates/* countDevices */.Rh)(listed, plannedKeys) : listed.length),
            rows: plan.strayDevices + listed.length,
            toRegister: (0,registration_plan/* totalToSend */.so)(customers) - toRetag,
            toRetag,
            toDeregister: customers.reduce((n, c) => n + (c.blocked ? 0 : c.counts.deregister), 0),
        },
        customers,
        findings,
    };
}
/**
 * A planned device's keys, as its row had them: identity and hash content (see checkRow). Made
 * when countDevices asks: 143,000 rows of one device held theirs all at once, 30 MB.
 */
function plannedKeys(device) {
    const keys = (0,identity/* identityKeys */.NZ)(device);
    if (device.hashKey)
        keys.push(device.hashKey);
    return keys;
}
/** Whether the check fails: only findings in the files the pull request changes count. */
function failureReason(report, failOn) {
    const { errors, warnings } = report.summary;
    const scope = scopeOf(report);
    if (failOn === 'never')
        return undefined;
    if (errors > 0)
        return text('repo.failure.errors', { errors, scope });
    if (failOn === 'warning' && warnings > 0)
        return text('repo.failure.warnings', { warnings, scope });
    return undefined;
}
/** Where the findings that count come from: the changed files, or the whole repository. */
function scopeOf(report) {
    return text(report.changedFiles === null ? 'repo.scope.repository' : 'repo.scope.changedFiles');
}
/**
 * A customer's plan without the registration states: its devices are the plan's own, and the
 * fields come in the plan's order, which the JSON report keeps.
 */
function customerReport(plan) {
    return {
        slug: plan.slug,
        name: plan.name,
        customerId: plan.customerId,
        groupTag: plan.groupTag,
        blocked: plan.blocked,
        blockReasons: plan.blockReasons,
        devices: plan.devices,
        counts: plan.counts,
    };
}

// EXTERNAL MODULE: ./src/register/device-batch.ts
var device_batch = __webpack_require__(3790);
;// CONCATENATED MODULE: ./src/register/check-partner-center.ts





/**
 * A batch's device list costs a call per 100 devices, counted against the partner's limits: a
 * pull request reads it only for batches this small. Merging needs it for none (806 tells).
 */
const PULL_REQUEST_DEVICES_LOOKED_THROUGH = 1000;
const IN_BATCH = (0,text_of/* text */.Q)('repo.reason.inPartnerCenter');
/**
 * On a pull request with sign-in inputs: asks Partner Center, read-only, which of the devices
 * merging would register are already in their customer's batch, and marks them. The actions and
 * so the plan digest stay as they are: the merge run sends them, and Partner Center's answer
 * (806) records them as already registered. Returns how many customers were asked, how many devices
 * found, and why a customer could not be asked.
 */
async function markDevicesInPartnerCenter(plan, client) {
    let asked = 0;
    let found = 0;
    const problems = [];
    for (const customer of plan.customers) {
        const devices = customer.devices.filter(registration_plan/* isSent */.xb);
        if ((0,registration_plan/* devicesToSend */.x$)(customer) === 0 || !customer.customerId || !customer.groupTag)
            continue;
        asked += 1;
        try {
            const batch = await (0,device_batch/* readBatch */.x3)(client, customer.customerId, customer.groupTag, {
                devices: true,
                devicesUpTo: PULL_REQUEST_DEVICES_LOOKED_THROUGH,
            });
            if (batch.notLookedThrough !== undefined) {
                problems.push((0,text_of/* text */.Q)('repo.check.batchTooLarge', {
                    slug: customer.slug,
                    devices: batch.notLookedThrough,
                    most: PULL_REQUEST_DEVICES_LOOKED_THROUGH,
                    calls: PULL_REQUEST_DEVICES_LOOKED_THROUGH / 100,
                }));
                continue;
            }
            for (const device of devices) {
                if (!batch.deviceIdOf({
                    serialNumber: device.serialNumber,
                    oemManufacturerName: device.manufacturer,
                    productKey: device.productKeyId,
                }))
                    continue;
                found += 1;
                device.inPartnerCenter = true;
                device.reason = device.reason ? (0,text_list/* oneAfterAnother */.Sz)([device.reason, IN_BATCH]) : IN_BATCH;
            }
        }
        catch (error) {
            problems.push((0,text_of/* text */.Q)('repo.check.failed', { slug: customer.slug, error: (0,error_message/* errorMessage */.g)(error) }));
        }
    }
    return { asked, found, problems };
}

// EXTERNAL MODULE: ./src/repo/collect-garbage.ts
var collect_garbage = __webpack_require__(6100);
;// CONCATENATED MODULE: ./src/use-cases/plan-changes.ts






/**
 * What merging would do: the repository read whole, findings counted in the changed files only
 * (all of them when `changed` is null), records a change edits distrusted (AP606). With Partner
 * Center at hand, the plan also says which devices are already there; it never fails for that.
 */
async function planChanges(input) {
    const plan = await inspectAndPlan(input);
    // The inspection (every row, the ledger's key maps) is garbage from here on.
    (0,collect_garbage/* collectGarbage */.i)();
    const partnerCenter = input.partnerCenter ? await ask(plan, input.partnerCenter) : null;
    const report = buildPlanReport(plan, input.changed?.map((c) => c.path) ?? null);
    return { plan, report, partnerCenter };
}
/**
 * Inspects the repository and plans, in a function of its own: with the inspection awaited in
 * planChanges, its frame still held every row and the ledger's key maps while the report was built
 * and written (a record of 150,000 devices: 158 MB live after the plan instead of 104).
 */
async function inspectAndPlan(input) {
    return planOf(await input.repository.inspect(), input);
}
/**
 * The plan of an inspection, in a function of its own so that nothing holds the inspection (every
 * row read, the ledger's key maps) once the plan is made, while the report is built and written.
 */
function planOf(inspection, input) {
    const scoped = input.changed
        ? withEditedRecords(inspection, input.changed, {
            acceptAdded: input.recordsPullRequest ?? false,
        })
        : inspection;
    const cap = input.maxDeregistrations;
    return (0,build_plan/* buildPlan */.G)(scoped, cap === undefined ? {} : { maxDeregistrations: cap });
}
async function ask(plan, connect) {
    try {
        const { asked, found, problems } = await markDevicesInPartnerCenter(plan, connect().client);
        return { kind: 'asked', customers: asked, found, problems };
    }
    catch (error) {
        return { kind: 'failed', reason: (0,error_message/* errorMessage */.g)(error) };
    }
}

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/locate.ts
var locate = __webpack_require__(2842);
// EXTERNAL MODULE: ./src/cli/write-json.ts + 1 modules
var write_json = __webpack_require__(9006);
;// CONCATENATED MODULE: ./src/cli/plan-command.ts










/** `plan`: what merging would register, as the pull request shows it; with --base, scoped to what changed since REF. */
async function runPlanCommand(given, options, io) {
    const root = await (0,locate/* requireRoot */.oT)(given, io.cwd);
    const topLevel = options.base ? await (0,git/* requireGitTopLevel */.JV)(root) : root;
    const repository = (0,local_repository/* localRepository */.i)({
        root,
        topLevel,
        ...(io.checker ? { checker: io.checker } : {}),
    });
    const changed = options.base ? await repository.changedSince(options.base) : null;
    const { report } = await planChanges({ repository, changed });
    const say = (0,cli_io/* sayOf */.J)(io);
    if (options.format === 'json')
        await (0,write_json/* writeJson */.G)(report, io, (0,report_words/* wordsReplacer */.K)(say));
    else
        io.stdout(renderPlanText(report, say));
    return report.summary.errors > 0 ? 1 : 0;
}
/**
 * The plan for a terminal. Names, serials, models, reasons and file names are the partner's: each
 * line has its control characters escaped, so none retitles the terminal or forges a line.
 */
function renderPlanText(report, say) {
    const lines = [];
    for (const c of report.customers)
        lines.push(...customerLines(c, say));
    const current = report.findings.filter((f) => !f.preExisting);
    const old = report.findings.length - current.length;
    if (current.length > 0)
        lines.push('', ...current.map((f) => (0,render_text/* formatFinding */.tf)(f, say)));
    const { errors, warnings, notices, toRegister, toRetag, toDeregister, devices } = report.summary;
    const moves = `${toRetag > 0 ? say('cli.plan.moves', { n: toRetag }) : ''}${toDeregister > 0 ? say('cli.plan.deregisters', { n: toDeregister }) : ''}`;
    const preExisting = old > 0 ? say('cli.plan.preExisting', { n: old }) : '';
    const total = {
        devices,
        register: toRegister,
        moves,
        errors,
        warnings,
        notices,
        old: preExisting,
    };
    lines.push('', say('cli.plan.total', total), say('cli.plan.digest', { digest: report.digest }));
    return `${lines.map(findings_escape/* escapeControls */.UN).join('\n')}\n`;
}
/** A customer's counts, why it is blocked, and each device the merge would act on. */
function customerLines(c, say) {
    const { counts } = c;
    const retag = counts.retag > 0 ? say('cli.plan.retag', { n: counts.retag }) : '';
    const gone = counts.deregister > 0 ? say('cli.plan.deregister', { n: counts.deregister }) : '';
    const { register, retry, already, blocked, removed } = counts;
    const said = say('cli.plan.counts', { register, retry, already, blocked, removed, retag });
    const lines = [
        say('cli.plan.customer', {
            slug: c.slug,
            name: c.name ?? say('cli.plan.invalidConfig'),
            tenant: c.customerId ?? '?',
            groupTag: c.groupTag ?? '?',
            counts: `${gone}${said}`,
        }),
    ];
    if (c.blocked)
        lines.push(say('cli.plan.blocked', { reasons: (0,text_list/* sayInTurn */.OQ)(say, c.blockReasons) }));
    const actions = c.devices.filter((x) => x.action !== 'already');
    const named = actions.map((d) => say(`cli.plan.action.${d.action}`));
    const width = Math.max(8, ...named.map((name) => name.length));
    actions.forEach((d, i) => {
        const what = [d.serialNumber || d.productKeyId, d.manufacturer, d.model]
            .filter(Boolean)
            .join('  ');
        const action = (named[i] ?? d.action).padEnd(width);
        lines.push(`  ${action} ${what}  ${d.source}${d.reason ? `  (${say.text(d.reason)})` : ''}`);
    });
    return lines;
}


/***/ }),

/***/ 9006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ writeJson)
});

// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
;// CONCATENATED MODULE: ./src/report/json-chunks.ts
/**
 * `JSON.stringify(value, null, 2)`, in pieces of about `CHUNK_CHARS`: a plan of 150,000 devices
 * is 60 MB of JSON, which as one string (and its escaped and redacted copies) took more memory
 * than everything else the run held. Arrays and objects down to `depth` are opened here; what
 * lies below is stringified natively and indented. A piece always ends between two values, so no
 * string is ever cut in two (a secret inside one is redacted whole).
 */
function* jsonChunks(value, replacer, depth = 4) {
    const out = { text: '' };
    for (const full of pieces(serialized('', value, replacer), '', depth, replacer, out))
        yield full;
    yield `${out.text}\n`;
}
const CHUNK_CHARS = 16 * 1024;
/** What JSON.stringify writes for `item` under `key`: what its toJSON gives, then the replacer. */
function serialized(key, item, replacer) {
    const object = (item !== null && typeof item === 'object') || typeof item === 'function';
    const toJson = object ? item.toJSON : undefined;
    const json = typeof toJson === 'function' ? toJson.call(item, key) : item;
    return replacer ? replacer(key, json) : json;
}
/**
 * Writes `value` at the end of `out.text`, and yields the text whenever it has grown past
 * CHUNK_CHARS (leaving `out.text` empty). Values below `depth` are written in the loop of their
 * container, not by a generator of their own: 150,000 devices, each yielded up through four
 * generators, took some 0.3 s more.
 */
function* pieces(value, indent, depth, replacer, out) {
    if (!isContainer(value, depth)) {
        out.text += leafJson(value, indent, replacer);
        return;
    }
    const array = Array.isArray(value);
    const inner = `${indent}  `;
    let first = true;
    for (const [key, item] of array ? value.entries() : Object.entries(value)) {
        const json = serialized(String(key), item, replacer);
        if (omitted(json) && !array)
            continue;
        out.text += `${first ? (array ? '[\n' : '{\n') : ',\n'}${inner}`;
        if (!array)
            out.text += `${JSON.stringify(key)}: `;
        first = false;
        const written = omitted(json) ? null : json;
        if (isContainer(written, depth - 1))
            yield* pieces(written, inner, depth - 1, replacer, out);
        else
            out.text += leafJson(written, inner, replacer);
        if (out.text.length >= CHUNK_CHARS) {
            yield out.text;
            out.text = '';
        }
    }
    if (first)
        out.text += array ? '[]' : '{}';
    else
        out.text += `\n${indent}${array ? ']' : '}'}`;
}
/**
 * Whether `value` (what serialized gave) is opened here. JSON.stringify would not call a toJSON
 * of it again, so one that has one is opened whatever the depth. A Number, String or Boolean
 * object it writes as its primitive.
 */
function isContainer(value, depth) {
    if (value === null || typeof value !== 'object' || isBoxed(value))
        return false;
    return depth > 0 || 'toJSON' in value;
}
/** A value that is not opened, stringified natively and indented. */
function leafJson(value, indent, replacer) {
    const object = value !== null && typeof value === 'object' && !isBoxed(value);
    const flat = object && replacer ? flatCopy(value, replacer) : undefined;
    const json = flat ? JSON.stringify(flat, null, 2) : JSON.stringify(value, belowRoot(replacer), 2);
    return (json ?? 'null').replaceAll('\n', `\n${indent}`);
}
/**
 * A flat object with its values serialized (toJSON, then the replacer), or undefined when one of
 * them is, or becomes, an array or object: what it returns JSON.stringify writes as it would the
 * object with the replacer, but on V8's fast path, which takes no replacer. A plan of 150,000
 * devices, each with a reason to put in words: 290 ms of stringifying with the replacer, 160 ms
 * this way.
 */
function flatCopy(value, replacer) {
    if (Array.isArray(value))
        return undefined;
    const copy = {};
    for (const [key, item] of Object.entries(value)) {
        // Set on a plain object, `__proto__` would change its prototype, not be a key of it.
        if (key === '__proto__')
            return undefined;
        const json = serialized(key, item, replacer);
        if (json !== null && typeof json === 'object')
            return undefined;
        copy[key] = json;
    }
    return copy;
}
/** A primitive in an object (`new Number(5)`), which JSON.stringify writes as the primitive. */
function isBoxed(value) {
    return (value instanceof Number ||
        value instanceof String ||
        value instanceof Boolean ||
        value instanceof BigInt);
}
/** What JSON.stringify leaves out of an object (and writes as null in an array). */
function omitted(value) {
    return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}
/** The replacer, but for JSON.stringify's first call (the value itself, already replaced here). */
function belowRoot(replacer) {
    if (!replacer)
        return undefined;
    let root = true;
    return (key, value) => {
        if (root) {
            root = false;
            return value;
        }
        return replacer(key, value);
    };
}

;// CONCATENATED MODULE: ./src/cli/write-json.ts


/**
 * A report as pretty JSON on standard output, written piece by piece (see jsonChunks), each piece
 * with its controls escaped and, through io, redacted.
 */
async function writeJson(report, io, replacer) {
    for (const chunk of jsonChunks(report, replacer)) {
        io.stdout((0,findings_escape/* escapeJsonControls */.Ee)(chunk));
        await io.stdoutDrained?.();
    }
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

/***/ 5534:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   S5: () => (/* binding */ renderText),
/* harmony export */   tf: () => (/* binding */ formatFinding)
/* harmony export */ });
/* unused harmony export renderCounts */
/* harmony import */ var _findings_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5023);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3370);


/** Compiler-style lines, one finding each with its fix beneath, then a closing count. */
function renderText(report, say) {
    const lines = [];
    for (const f of report.findings) {
        lines.push(formatFinding(f, say));
        lines.push(`    ${say('report.text.fix', { hint: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingWords */ .Hu)(f, say).hint })}`);
    }
    if (lines.length > 0)
        lines.push('');
    lines.push(renderCounts(report, say));
    return `${lines.join('\n')}\n`;
}
/** The file name is the partner's: its controls are escaped (the message and hint already are). */
function formatFinding(f, say) {
    const severity = say(`report.severity.${f.severity}`);
    return `${(0,_findings_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(f.file)}:${f.line}:${f.column}  ${severity.padEnd(7)} ${f.rule}  ${(0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .findingWords */ .Hu)(f, say).message}`;
}
/** `3 files, 5 devices: …`; `in 6 rows` after the devices when a device is listed more than once. */
function renderCounts(report, say) {
    const { files, devices, rows, errors, warnings, notices } = report.summary;
    const found = say('report.text.found', { errors, warnings, notices });
    return rows === devices
        ? say('report.text.counts', { files, devices, found })
        : say('report.text.countsInRows', { files, devices, rows, found });
}


/***/ }),

/***/ 3926:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ wordsReplacer)
/* harmony export */ });
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3370);
/* harmony import */ var _messages_text_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2709);


/**
 * For JSON.stringify and jsonChunks: every Text in a report given as its words, where it lies,
 * so that a plan of 150,000 devices is written without copying each device to put words to its
 * reason. Said as findingWords says them, on one line; many devices share one reason (a day's
 * "registered …", "errors on the row"), and each is said once.
 */
function wordsReplacer(say) {
    const said = new Map();
    return (_key, value) => {
        if (!isBareText(value))
            return value;
        let words = said.get(value);
        if (words === undefined) {
            words = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(say.text(value));
            said.set(value, words);
        }
        return words;
    };
}
/** A Text and nothing more: no other object of a report is shaped `{ key, params? }`. */
function isBareText(value) {
    if (!(0,_messages_text_js__WEBPACK_IMPORTED_MODULE_1__/* .isText */ .K)(value))
        return false;
    for (const field in value)
        if (field !== 'key' && field !== 'params')
            return false;
    return true;
}


/***/ }),

/***/ 4377:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   w$: () => (/* binding */ datetime)
/* harmony export */ });
/* unused harmony exports date, time, duration */
/* harmony import */ var _core_index_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3759);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);



function datetime(params) {
    return _core_index_js__WEBPACK_IMPORTED_MODULE_0__/* ._isoDateTime */ .G1(_schemas_js__WEBPACK_IMPORTED_MODULE_1__/* .ZodISODateTime */ .You, params);
}
function date(params) {
    return core._isoDate(ZodISODate, params);
}
function time(params) {
    return core._isoTime(ZodISOTime, params);
}
function duration(params) {
    return core._isoDuration(ZodISODuration, params);
}


/***/ })

};
