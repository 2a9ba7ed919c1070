export const id = 708;
export const ids = [708];
export const modules = {

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

/***/ 3708:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  G: () => (/* binding */ buildPlan)
});

// UNUSED EXPORTS: planDigest

// EXTERNAL MODULE: ./src/config/customer-schema.ts
var customer_schema = __webpack_require__(2538);
// EXTERNAL MODULE: ./src/findings/cap-findings.ts
var cap_findings = __webpack_require__(361);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/ledger/fold-ledger.ts + 3 modules
var fold_ledger = __webpack_require__(8823);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/repo/device-tags.ts
var device_tags = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/ledger/row-strings.ts
var row_strings = __webpack_require__(2458);
// EXTERNAL MODULE: ./src/partner-center/error-codes.ts
var error_codes = __webpack_require__(141);
;// CONCATENATED MODULE: ./src/plan/plan-device.ts






/** Registered, but in no CSV any more: it stays registered, and the plan says so. */
function removedDevice(state) {
    const row = { device: state, source: state.source, hashKey: undefined };
    return planned(row, 'removed', (0,text_of/* text */.Q)('repo.reason.removed', { record: state.record }));
}
/** Asked for in a request file: deleted from its batch on merge. */
function deregisterDevice(state, request) {
    const row = { device: state, source: request, hashKey: undefined };
    return planned(row, 'deregister', (0,text_of/* text */.Q)('repo.reason.recorded', { record: state.record }));
}
/** One row's device: what merging does with it, under the group tag its file and row give it. */
function planDevice(device, state, keys, groupTag, context) {
    const source = sourceOf(device, state);
    const hashKey = device.keys.find((k) => k.startsWith('hh:'));
    const base = { device, source, hashKey };
    const at = { file: device.file, line: device.line };
    const elsewhere = registeredElsewhere(keys, context);
    if (elsewhere) {
        context.added.addLazily('AP505', at.file, at.line, () => (0,finding/* finding */.gk)('AP505', at, (0,text_of/* text */.Q)('repo.device.elsewhere', {
            device: (0,identity/* deviceLabelText */.mC)(device),
            customer: elsewhere.customer,
            record: elsewhere.record,
        })));
        const reason = (0,text_of/* text */.Q)('repo.reason.registeredFor', { customer: elsewhere.customer });
        return planned(base, 'blocked', reason);
    }
    // hasErrors: a row whose findings the cap left unlisted (see FindingCap) is blocked all the same.
    if (context.errorRows.has(source) || device.hasErrors)
        return planned(base, 'blocked', ROW_ERRORS);
    // Deregistered, its row back: registered anew (its request, the audit trail, no longer names it).
    if (!state || state.status === 'deregistered')
        return planned(base, 'register');
    if ((0,fold_ledger/* isRegistered */.zN)(state))
        return registeredDevice(base, state, { groupTag, at }, context);
    if (state.status === 'pending')
        return planned(base, 'retry', (0,text_of/* text */.Q)('repo.reason.pending', { trackingId: state.trackingId ?? '' }));
    const failure = [state.errorCode, state.errorName].filter(Boolean).join(' ');
    // A record that says nothing about it is read from the code, as the registration run would.
    const transient = state.transient ?? (0,error_codes/* explainDeviceError */.c)(state.errorCode, state.errorName).transient;
    if (transient || context.options.retryFailed) {
        return planned(base, 'retry', (0,text_of/* text */.Q)('repo.reason.lastFailed', { failure }));
    }
    return planned(base, 'blocked', (0,text_of/* text */.Q)('repo.reason.failedPermanently', { failure }));
}
/** The state of another customer's that any of the keys names, registered (AP505). */
function registeredElsewhere(keys, context) {
    // A loop, not map and find: an array for each of 150,000 devices was garbage at the plan's peak.
    for (const key of keys) {
        const found = context.registeredElsewhere.get(key);
        if (found && found.customer !== context.slug)
            return found;
    }
    return undefined;
}
/** A registered device stays (AP504), or moves to the batch of its new group tag. */
function registeredDevice(base, state, row, context) {
    const { groupTag, at } = row;
    if (groupTag !== null && state.groupTag !== groupTag) {
        return planned(base, 'retag', (0,text_of/* text */.Q)('repo.reason.retag', { from: state.groupTag, to: groupTag }));
    }
    const { device } = base;
    context.added.addLazily('AP504', at.file, at.line, () => (0,finding/* finding */.gk)('AP504', at, (0,text_of/* text */.Q)('repo.device.already', { device: (0,identity/* deviceLabelText */.mC)(device), record: state.record })));
    return planned(base, 'already', registeredOn(state.at, context.registeredAt));
}
/**
 * `file:line` of the row. A registration record names the row it registered in the same words:
 * its string is taken, not a copy made (a record of 150,000 devices: 11 MB of copies at the peak).
 */
function sourceOf(device, state) {
    const recorded = state?.source;
    if (recorded !== undefined && namesLine(recorded, device.file, device.line))
        return recorded;
    return `${device.file}:${device.line}`;
}
/** Whether `source` is `file:line`, read without making strings (150,000 of them, garbage). */
function namesLine(source, file, line) {
    const start = file.length + 1;
    if (source.charCodeAt(start - 1) !== 58 || !source.startsWith(file))
        return false;
    return (0,row_strings/* sourceLine */._J)(source, start) === line;
}
/**
 * The device planned, built in one literal: spreads of optional fields gave each of 150,000
 * devices a hidden class of its own (50 MB of them, by a heap snapshot).
 */
/** One Text for every device blocked by its row's errors. */
const ROW_ERRORS = (0,text_of/* text */.Q)('repo.reason.rowErrors');
function planned(row, action, reason) {
    const { device } = row;
    // Every field in the literal, an absent one as undefined (which JSON leaves out): fields added
    // after it would each cost every device a property array besides.
    const plannedDevice = {
        serialNumber: device.serialNumber,
        manufacturer: device.manufacturer,
        productKeyId: device.productKeyId,
        model: device.model,
        source: row.source,
        hashKey: row.hashKey || undefined,
        action,
        reason,
        inPartnerCenter: undefined,
    };
    return plannedDevice;
}
function registeredOn(at, shared) {
    const day = at.slice(0, 10);
    let reason = shared.get(day);
    if (reason === undefined) {
        reason = (0,text_of/* text */.Q)('repo.reason.registeredOn', { day });
        shared.set(day, reason);
    }
    return reason;
}

;// CONCATENATED MODULE: ./src/plan/plan-deregister.ts





/** Deregistrations a run carries out for one customer unless told otherwise. */
const DEFAULT_MAX_DEREGISTRATIONS = 25;
/**
 * The deregistrations a customer's request files ask for: each a device its records hold as
 * registered, in no device file, asked for once. Anything else is an AP608 at the request's
 * line. A device deregistered already is left alone: the request file stays as the audit trail.
 * `inRows` marks, by position in the ledger's devices, the states that rows name.
 */
function planDeregistrations(requests, ledger, inRows, context) {
    const planned = [];
    const asked = new Map();
    let bySerial;
    for (const request of requests) {
        const candidates = lookUpRequest(request, ledger, () => {
            bySerial ??= serialIndex(ledger);
            return bySerial;
        });
        const seen = { asked, inRows, slug: context.slug };
        const verdict = verdictOf(request, candidates, ledger?.devices ?? [], seen);
        if (typeof verdict === 'object') {
            const at = { file: request.file, line: request.line };
            context.added.add((0,finding/* finding */.gk)('AP608', at, verdict));
        }
        else if (verdict !== undefined) {
            const state = ledger?.devices[verdict];
            const source = `${request.file}:${request.line}`;
            planned.push({ state, position: verdict, device: deregisterDevice(state, source) });
        }
    }
    return planned;
}
/**
 * What one request comes to: the position of the state to deregister, why it cannot be (a
 * message), or nothing to do (deregistered already). Candidates are positions in `devices`.
 */
function verdictOf(request, candidates, devices, seen) {
    const label = (0,identity/* deviceLabelText */.mC)(request);
    if (candidates.length > 1) {
        const makers = candidates.map((p) => `\`${devices[p]?.manufacturer}\``).join(', ');
        return (0,text_of/* text */.Q)('repo.request.ambiguous', {
            serial: request.serialNumber,
            devices: candidates.length,
            slug: seen.slug,
            makers,
        });
    }
    const { slug } = seen;
    const position = candidates[0];
    const state = position === undefined ? undefined : devices[position];
    if (position === undefined || !state)
        return (0,text_of/* text */.Q)('repo.request.notRegisteredHere', { device: label, slug });
    const earlier = seen.asked.get(position);
    if (earlier)
        return (0,text_of/* text */.Q)('repo.request.twice', { device: label, at: `${earlier.file}:${earlier.line}` });
    seen.asked.set(position, request);
    const inRows = seen.inRows[position] === 1;
    if (inRows && state.status === 'deregistered')
        return (0,text_of/* text */.Q)('repo.request.backInFile', { device: label, record: state.record });
    if (inRows)
        return (0,text_of/* text */.Q)('repo.request.stillInFile', { device: label, slug });
    if (state.status === 'deregistered')
        return undefined;
    if (!(0,fold_ledger/* isRegistered */.zN)(state))
        return (0,text_of/* text */.Q)('repo.request.notRegistered', { device: label, status: state.status });
    return position;
}
/** Where the recorded devices a request names are: by its keys, else by its serial alone. */
function lookUpRequest(request, ledger, bySerial) {
    const found = (0,fold_ledger/* latestPosition */.Lv)(ledger, (0,identity/* identityKeys */.NZ)(request));
    if (found !== undefined)
        return [found];
    if (request.manufacturer || !request.serialNumber)
        return [];
    return bySerial().get(request.serialNumber.toLowerCase()) ?? [];
}
/** Made only for a request that names a device by its serial alone: positions by serial. */
function serialIndex(ledger) {
    const index = new Map();
    for (const [position, device] of (ledger?.devices ?? []).entries()) {
        const serial = device.serialNumber.toLowerCase();
        if (serial)
            index.set(serial, [...(index.get(serial) ?? []), position]);
    }
    return index;
}
/** Over the cap, nothing of the customer is deregistered, and each device says why. */
function capDeregistrations(devices, cap) {
    if (devices.length <= cap)
        return;
    for (const device of devices) {
        device.action = 'blocked';
        const why = (0,text_of/* text */.Q)('repo.notDeregistered.cap', { asked: devices.length, cap });
        device.reason = (0,text_of/* text */.Q)('repo.notDeregistered', { why });
    }
}

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/plan/registration-plan.ts
var registration_plan = __webpack_require__(8880);
;// CONCATENATED MODULE: ./src/plan/plan-digest.ts


/** SHA-256 over, per customer in slug order, what merging would register: so a merge run can say whether it executes what was reviewed. */
function planDigest(customers) {
    const hash = (0,external_node_crypto_.createHash)('sha256');
    const key = (plan) => `${plan.slug}\u0000${plan.groupTag ?? ''}`;
    for (const plan of [...customers].sort((a, b) => (key(a) < key(b) ? -1 : 1))) {
        if (plan.blocked) {
            hash.update(`customer ${plan.slug} blocked\n`);
            continue;
        }
        hash.update(`customer ${plan.slug} ${plan.customerId} ${plan.groupTag}\n`);
        // The exact values sent (Partner Center compares them case-sensitively) and the hash content.
        const lines = plan.devices
            .filter((d) => (0,registration_plan/* isSent */.xb)(d) || d.action === 'deregister')
            .map((d) => `${d.action}\t${d.serialNumber}\t${d.manufacturer}\t${d.model}\t${d.productKeyId}\t${d.hashKey ?? ''}\n`)
            .sort();
        for (const line of lines)
            hash.update(line);
    }
    return hash.digest('hex');
}

;// CONCATENATED MODULE: ./src/plan/recorded-states.ts
/**
 * A customer plan's `recorded`: the registration state of each of its devices that has one, kept
 * in an array beside its devices (undefined for a device with none). A Map of 150,000 devices
 * took 7 MB at the peak of a plan, and more in the tables it outgrew on the way, for the `plan`
 * command, which never asks; the registration run asks, and the Map is made when it first does.
 * The devices are the plan's own, in the order they were planned: nothing reorders them.
 */
class RecordedStates {
    #devices;
    #states;
    #map;
    constructor(devices, states) {
        this.#devices = devices;
        this.#states = states;
    }
    get size() {
        return this.#asMap().size;
    }
    get(device) {
        return this.#asMap().get(device);
    }
    has(device) {
        return this.#asMap().has(device);
    }
    forEach(callback, thisArg) {
        for (const [device, state] of this.#asMap())
            callback.call(thisArg, state, device, this);
    }
    entries() {
        return this.#asMap().entries();
    }
    keys() {
        return this.#asMap().keys();
    }
    values() {
        return this.#asMap().values();
    }
    [Symbol.iterator]() {
        return this.entries();
    }
    #asMap() {
        if (!this.#map) {
            this.#map = new Map();
            for (const [i, device] of this.#devices.entries()) {
                const state = this.#states[i];
                if (state)
                    this.#map.set(device, state);
            }
        }
        return this.#map;
    }
}

;// CONCATENATED MODULE: ./src/plan/build-plan.ts













/**
 * Turns an inspection of the repository at a commit, with its records, into the registration
 * plan: one part per customer and group tag, each tag its own batch. Pure.
 */
function buildPlan(inspection, options = {}) {
    const added = new cap_findings/* FindingCap */._();
    const context = {
        inspection,
        added,
        registeredAt: new Map(),
        registeredElsewhere: indexRegistered(inspection),
        // Rows with errors of their own; what planning adds (AP505) blocks its row where it is found.
        errorRows: rowsWithErrors(inspection.findings),
        options,
    };
    const parts = inspection.customers.flatMap((customer) => planCustomer(customer, context).map((plan) => ({ plan, folder: customer.folder })));
    // What planning added (AP504 for each registered device, say) is capped per file and rule as
    // the inspection's findings are.
    const findings = [...inspection.findings, ...added.list()];
    // Findings about a customer, added while planning too, block it like any other error.
    const errorFiles = new Set(findings.filter((f) => f.severity === 'error').map((f) => f.file));
    for (const { plan, folder } of parts) {
        // A device list the engine cannot read (AP106, AP107) blocks its customer like a broken row.
        const files = [
            folder.configFile,
            ...folder.deviceFiles,
            ...folder.deregisterFiles,
            ...folder.recordFiles,
            ...folder.otherFiles,
        ];
        if (files.some((file) => errorFiles.has(file)) && !plan.blocked) {
            plan.blocked = true;
            plan.blockReasons.push((0,text_of/* text */.Q)('repo.blocked.errorsInFiles'));
        }
        settle(plan);
    }
    const customers = parts.map((p) => p.plan);
    const strayDevices = inspection.strayReports.reduce((n, r) => n + r.devices.length, 0);
    return {
        customers,
        digest: planDigest(customers),
        findings,
        strayDevices,
    };
}
function planCustomer(inspected, context) {
    const { folder, customer } = inspected;
    const ledger = context.inspection.ledger.customers.get(folder.slug);
    const blockReasons = blockReasonsOf(inspected, ledger, context);
    const groups = new Map([[customer?.groupTag ?? null, emptyGroup()]]);
    const place = (tag, device, state) => {
        let group = groups.get(tag);
        if (!group) {
            group = emptyGroup();
            groups.set(tag, group);
        }
        group.devices.push(device);
        group.states.push(state);
    };
    const deviceContext = { ...context, slug: folder.slug };
    const matched = planRows(inspected, ledger, deviceContext, place);
    const deregistrations = planDeregistrations(inspected.deregister, ledger, matched, deviceContext);
    for (const { state, position, device } of deregistrations) {
        place(state.groupTag, device, state);
        matched[position] = 1;
    }
    capDeregistrations(deregistrations.map((d) => d.device), context.options.maxDeregistrations ?? DEFAULT_MAX_DEREGISTRATIONS);
    for (const [position, state] of (ledger?.devices ?? []).entries()) {
        if (matched[position] === 1 || !(0,fold_ledger/* isRegistered */.zN)(state))
            continue;
        place(customer ? state.groupTag : null, removedDevice(state), state);
    }
    const order = customer ? (0,customer_schema/* tagsOf */.Fg)(customer) : [];
    const rank = (tag) => (tag === null ? -1 : order.indexOf(tag) >>> 0);
    return [...groups]
        .sort(([a], [b]) => rank(a) - rank(b) || String(a).localeCompare(String(b), 'en'))
        .map(([groupTag, { devices, states }]) => ({
        slug: folder.slug,
        name: customer?.name ?? null,
        customerId: customer?.customerId ?? null,
        groupTag,
        // Each tag of a blocked customer is blocked: no half-registered customers.
        blocked: blockReasons.length > 0,
        blockReasons: [...blockReasons],
        devices,
        recorded: new RecordedStates(devices, states),
        // Counted once blocking is settled (settle).
        counts: Object.fromEntries(registration_plan/* DEVICE_ACTIONS */.Zh.map((a) => [a, 0])),
    }));
}
/** Recorded pending, or failed without a result, under another tag: it may sit in that batch. */
function inFlightElsewhere(state, tag) {
    if (tag === null || state.groupTag === tag || (0,fold_ledger/* isRegistered */.zN)(state))
        return false;
    return state.status === 'pending' || state.errorName === 'NoResult';
}
function emptyGroup() {
    return { devices: [], states: [] };
}
/**
 * Each row's device, under the tag its row or file gives it. Returns which of the ledger's
 * devices rows named: 1 at their positions.
 */
function planRows(inspected, ledger, context, place) {
    const { customer } = inspected;
    const matched = new Uint8Array(ledger?.devices.length ?? 0);
    for (const report of inspected.reports) {
        const fileTag = customer ? (0,device_tags/* fileTags */.U)(report.file, customer).tags.groupTag : null;
        for (const device of report.devices) {
            const keys = rowIdentityKeys(device);
            const state = (0,fold_ledger/* lookUp */.TE)(ledger, keys);
            // Every state recorded under any of its keys is this device's, however it was named then.
            for (const key of keys) {
                const position = ledger?.positions.get(key);
                if (position !== undefined)
                    matched[position] = 1;
            }
            const tag = device.groupTag ?? fileTag;
            // An upload still out under its old tag is followed up in its own batch first: the device
            // may be there. Once recorded registered there, the next run moves it (a retag).
            const partTag = state && inFlightElsewhere(state, tag) ? state.groupTag : tag;
            const planned = planDevice(device, state, keys, partTag, context);
            if (partTag !== tag)
                planned.reason = (0,text_of/* text */.Q)('repo.reason.thenMoved', { reason: planned.reason, tag: String(tag) });
            place(partTag, planned, state);
        }
    }
    return matched;
}
/**
 * identityKeys of a row, taken from the keys checkRow gave it, which begin with them (rowKeys):
 * made anew for each of 150,000 rows, they were some 20 MB of garbage at the peak of a plan.
 */
function rowIdentityKeys(device) {
    const bySerial = device.serialNumber.trim() !== '' && device.manufacturer.trim() !== '';
    const count = (bySerial ? 1 : 0) + (device.productKeyId.trim() !== '' ? 1 : 0);
    return device.keys.length === count ? device.keys : device.keys.slice(0, count);
}
/** Why nothing of a customer can be registered: its customer.yml, its records, a changed customerId (AP604). */
function blockReasonsOf({ folder, customer }, ledger, context) {
    const reasons = [];
    if (!customer)
        reasons.push((0,text_of/* text */.Q)('repo.blocked.customerFile'));
    if (context.inspection.ledger.unreadable.has(folder.slug))
        reasons.push((0,text_of/* text */.Q)('repo.blocked.recordUnreadable'));
    if (customer && ledger && ledger.customerId.toLowerCase() !== customer.customerId.toLowerCase()) {
        const registered = ledger.devices.filter(fold_ledger/* isRegistered */.zN).length;
        if (registered > 0) {
            context.added.add((0,finding/* finding */.gk)('AP604', { file: folder.configFile, ...customer.customerIdAt }, (0,text_of/* text */.Q)('repo.customerIdChanged', {
                from: ledger.customerId,
                to: customer.customerId,
                registered,
            })));
            reasons.push((0,text_of/* text */.Q)('repo.blocked.customerIdChanged'));
        }
    }
    return reasons;
}
/** What a blocked device would have had done to it, in words. */
const WOULD = {
    register: (0,text_of/* text */.Q)('repo.would.register'),
    retry: (0,text_of/* text */.Q)('repo.would.retry'),
    retag: (0,text_of/* text */.Q)('repo.would.retag'),
    deregister: (0,text_of/* text */.Q)('repo.would.deregister'),
};
/**
 * A blocked customer registers nothing (no half-registered customers), so what would have been
 * registered, retried, moved or deregistered is blocked too, saying why; then the counts.
 */
function settle(plan) {
    if (plan.blocked) {
        const reasons = (0,text_list/* oneAfterAnother */.Sz)(plan.blockReasons);
        const why = (0,text_of/* text */.Q)('repo.reason.customerBlocked', { reasons });
        for (const device of plan.devices) {
            if ((0,registration_plan/* isSent */.xb)(device) || device.action === 'deregister') {
                const action = WOULD[device.action];
                device.reason = device.reason
                    ? (0,text_of/* text */.Q)('repo.reason.blockedWould', { blocked: why, action, reason: device.reason })
                    : why;
                device.action = 'blocked';
            }
        }
    }
    (0,registration_plan/* recount */.d3)(plan);
}
/** Devices registered anywhere, by key: a device belongs to one tenant (AP505). None with one
 * customer's records only, where a copy of 150,000 devices' keys cost 10 MB for nothing. */
function indexRegistered(inspection) {
    const index = new Map();
    const ledgers = inspection.ledger.customers;
    if (ledgers.size < 2)
        return index;
    for (const customer of ledgers.values()) {
        for (const [key, position] of customer.positions) {
            const device = customer.devices[position];
            if ((0,fold_ledger/* isRegistered */.zN)(device))
                index.set(key, device);
        }
    }
    return index;
}
function rowsWithErrors(findings) {
    const rows = new Set();
    for (const f of findings)
        if (f.severity === 'error')
            rows.add(`${f.file}:${f.line}`);
    return rows;
}


/***/ }),

/***/ 8880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ hasWork),
/* harmony export */   Zh: () => (/* binding */ DEVICE_ACTIONS),
/* harmony export */   aM: () => (/* binding */ NOT_DEREGISTERED),
/* harmony export */   d3: () => (/* binding */ recount),
/* harmony export */   f3: () => (/* binding */ DEREGISTER_REQUEST),
/* harmony export */   so: () => (/* binding */ totalToSend),
/* harmony export */   x$: () => (/* binding */ devicesToSend),
/* harmony export */   xb: () => (/* binding */ isSent),
/* harmony export */   xs: () => (/* binding */ isRefusedDeregistration)
/* harmony export */ });
const DEVICE_ACTIONS = [
    'register',
    'retry',
    'retag',
    'already',
    'blocked',
    'removed',
    'deregister',
];
/** Whether merging sends the device to Partner Center: registered anew, retried, or moved. */
function isSent(device) {
    return device.action === 'register' || device.action === 'retry' || device.action === 'retag';
}
/** How many devices merging sends for a customer, moved ones included: none for a blocked one. */
function devicesToSend(customer) {
    const { register, retry, retag } = customer.counts;
    return customer.blocked ? 0 : register + retry + retag;
}
/** Counts a customer's devices by action, anew: after planning, or after a device changed action. */
function recount(customer) {
    for (const action of DEVICE_ACTIONS)
        customer.counts[action] = 0;
    for (const device of customer.devices)
        customer.counts[device.action] += 1;
}
/**
 * A deregistration the plan asked for and the merge will not carry out (no approval, over the
 * cap): blocked, its reason this key's Text, which says why. The renderers and the outcome tell
 * them by it.
 */
const NOT_DEREGISTERED = 'repo.notDeregistered';
function isRefusedDeregistration(device) {
    return device.action === 'blocked' && device.reason?.key === NOT_DEREGISTERED;
}
/** Where deregistration requests lie: `customers/<slug>/deregister/…`. */
const DEREGISTER_REQUEST = /^customers\/[^/]+\/deregister\//;
/** Whether merging does anything for a customer: sends, moves or deregisters. */
function hasWork(customer) {
    return devicesToSend(customer) > 0 || (!customer.blocked && customer.counts.deregister > 0);
}
/** How many devices merging sends, all customers together. */
function totalToSend(customers) {
    return customers.reduce((n, c) => n + devicesToSend(c), 0);
}


/***/ })

};
