export const id = 910;
export const ids = [910];
export const modules = {

/***/ 4910:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDriftCommand: () => (/* binding */ runDriftCommand)
});

// EXTERNAL MODULE: ./src/repo/local-repository.ts + 2 modules
var local_repository = __webpack_require__(8155);
// EXTERNAL MODULE: ./src/report/check-words.ts
var check_words = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/register/compare-drift.ts
var compare_drift = __webpack_require__(6688);
// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/report/said.ts
var report_said = __webpack_require__(125);
;// CONCATENATED MODULE: ./src/report/render-drift.ts





/** The marker of a customer's drift issue: the one issue it has while the drift lasts. */
const driftMarker = (slug) => `<!-- autopilot-gitops:drift:${slug} -->`;
/** What each kind means, and what to do. */
function meaning(kind, say) {
    return say(`report.drift.meaning.${kind}`);
}
function counted(counts, say) {
    return compare_drift/* DRIFT_KINDS */.K.map((k) => say(`report.drift.count.${k}`, { devices: counts[k] })).join(', ');
}
function where(device, say) {
    return [
        device.recordedGroupTag ?? say('report.drift.notRecorded'),
        device.batch ?? say('report.drift.noBatch'),
    ];
}
/** Where the records and Partner Center have the device, as far as its kind needs saying. */
function placeOf(d, say) {
    const [recorded, batch] = where(d, say);
    if (d.kind === 'missing')
        return say('report.drift.placeRecorded', { recorded });
    if (d.kind === 'moved')
        return say('report.drift.placeMoved', { recorded, batch });
    return say('report.drift.placeBatch', { batch });
}
/** The drift as plain text: a line per customer, then one per device; values escaped. */
function renderDriftText(report, say) {
    const lines = [headline(report, say)];
    for (const c of report.customers) {
        if (c.problem)
            lines.push(`  ${say('report.drift.textProblem', { customer: c.slug, problem: (0,report_said/* said */.a)(say, c.problem) })}`);
        else if (c.devices.length > 0)
            lines.push(`  ${say('report.drift.textCustomer', { customer: c.slug, counts: counted(c.counts, say) })}`);
        for (const d of c.devices) {
            const kind = say(`report.drift.kind.${d.kind}`).padEnd(8);
            const device = say('report.drift.textDevice', {
                device: `${say.text((0,identity/* deviceLabelText */.mC)(d))} ${placeOf(d, say)}`,
                meaning: meaning(d.kind, say),
            });
            lines.push(`    ${kind}  ${device}`);
        }
    }
    return `${lines.map(findings_escape/* escapeControls */.UN).join('\n')}\n`;
}
function headline(report, say) {
    const devices = report.customers.reduce((n, c) => n + c.devices.length, 0);
    const customers = report.customers.filter((c) => c.devices.length > 0).length;
    const problems = report.customers.filter((c) => c.problem).length;
    if (!report.drift)
        return say('report.drift.none');
    const parts = [
        say('report.drift.headline', { devices, customers, counts: counted(report.counts, say) }),
    ];
    if (problems > 0)
        parts.push(say('report.drift.notCompared', { customers: problems }));
    return `${parts.join(say('report.separator'))}.`;
}
/** One customer's drift as Markdown: the body of its issue, and its part of the job summary. */
function renderCustomerDrift(customer, say, maxRows = 500) {
    const title = `### ${code(customer.slug)}`;
    if (customer.problem)
        return `${title}\n\n${say('report.drift.problem', { problem: escapeMarkdown(said(say, customer.problem)) })}`;
    if (customer.devices.length === 0)
        return `${title}\n\n${say('report.drift.customerNone')}`;
    const rows = customer.devices.slice(0, maxRows).map((d) => {
        const [recorded, batch] = where(d, say);
        return [
            say(`report.drift.kind.${d.kind}`),
            escapeMarkdown(say.text(deviceLabelText(d))),
            code(recorded),
            code(batch),
            escapeMarkdown(meaning(d.kind, say)),
        ];
    });
    const more = customer.devices.length - rows.length;
    const headers = ['kind', 'device', 'recorded', 'inPartnerCenter', 'meaning'].map((h) => say(`report.column.${h}`));
    const tail = more > 0 ? `\n\n${say('report.drift.more', { devices: more })}` : '';
    return `${title}\n\n${counted(customer.counts, say)}\n\n${table(headers, rows)}${tail}`;
}
/** The whole check as Markdown, for the job summary. */
function renderDriftMarkdown(report, say) {
    const sections = report.customers.filter((c) => c.problem || c.devices.length > 0);
    return `## ${say('report.drift.title')}\n\n**${escapeMarkdown(headline(report, say))}**\n\n${sections.map((c) => renderCustomerDrift(c, say, 200)).join('\n\n')}\n`;
}

// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
;// CONCATENATED MODULE: ./src/use-cases/drift.ts



/**
 * The drift check: for each customer, every batch Partner Center has and every device in it
 * (100 a call), against the latest state of the records. Read-only and app-only.
 */
async function detectDrift(input) {
    const inspection = await input.repository.inspect();
    const { client } = input.partnerCenter();
    await client.signIn();
    const customers = [];
    for (const inspected of inspection.customers) {
        const customerId = inspected.customer?.customerId;
        const slug = inspected.folder.slug;
        if (!customerId)
            continue;
        const ledger = inspection.ledger.customers.get(slug);
        if (inspection.ledger.unreadable.has(slug)) {
            customers.push(uncompared(slug, customerId, (0,text_of/* text */.Q)('repo.drift.recordsUnreadable')));
            continue;
        }
        try {
            const listed = await listEverything(client, customerId);
            const devices = (0,compare_drift/* compareDrift */.p)(ledger?.devices ?? [], listed);
            customers.push({ slug, customerId, devices, counts: countKinds(devices) });
        }
        catch (error) {
            customers.push(uncompared(slug, customerId, (0,text_list/* errorAsText */.IA)(error)));
        }
    }
    const counts = countKinds(customers.flatMap((c) => c.devices));
    const drift = customers.some((c) => c.devices.length > 0 || c.problem !== undefined);
    return { schemaVersion: 1, customers, counts, drift };
}
/** Every device of every batch of the customer, each with the batch it is in. */
async function listEverything(client, customerId) {
    const listed = [];
    for (const batch of await client.listDeviceBatches(customerId)) {
        // An empty batch costs no call: the batch list gives its size.
        if (batch.devicesCount === 0)
            continue;
        for (const device of await client.listBatchDevices(customerId, batch.id))
            listed.push({ ...device, batch: batch.id });
    }
    return listed;
}
function countKinds(devices) {
    const counts = Object.fromEntries(compare_drift/* DRIFT_KINDS */.K.map((k) => [k, 0]));
    for (const device of devices)
        counts[device.kind] += 1;
    return counts;
}
function uncompared(slug, customerId, problem) {
    return { slug, customerId, devices: [], counts: countKinds([]), problem };
}

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/partner-center-access.ts
var partner_center_access = __webpack_require__(447);
;// CONCATENATED MODULE: ./src/cli/drift-command.ts






/**
 * `drift`: Partner Center against the records, read-only and app-only. Exit 1 when they
 * disagree, or a customer could not be compared.
 */
async function runDriftCommand(given, options, io) {
    // App-only: the refresh token, if set, is not redeemed for a read.
    const { root, partnerCenter } = await (0,partner_center_access/* partnerCenterAccess */.C)('drift', given, options, io);
    const report = await detectDrift({
        repository: (0,local_repository/* localRepository */.i)({ root, topLevel: root }),
        partnerCenter,
    });
    io.stdout(options.format === 'json'
        ? `${JSON.stringify((0,check_words/* driftInWords */.M)(report, (0,cli_io/* sayOf */.J)(io)), null, 2)}\n`
        : renderDriftText(report, (0,cli_io/* sayOf */.J)(io)));
    return report.drift ? 1 : 0;
}


/***/ }),

/***/ 447:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ partnerCenterAccess)
/* harmony export */ });
/* harmony import */ var _auth_token_provider_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2915);
/* harmony import */ var _context_run_context_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3832);
/* harmony import */ var _findings_error_words_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6564);
/* harmony import */ var _findings_redact_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(6169);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_7__ = __webpack_require__(8807);
/* harmony import */ var _locate_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(2842);
/* harmony import */ var _register_command_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(4767);
/* harmony import */ var _secret_variables_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(3232);








/**
 * What doctor, drift and adopt start from: the checkout, and Partner Center as the flags and the
 * environment sign in to it, app-only unless `appUser` (doctor checks the refresh token too).
 */
async function partnerCenterAccess(name, given, options, io) {
    const root = await (0,_locate_js__WEBPACK_IMPORTED_MODULE_4__/* .requireRoot */ .oT)(given, io.cwd);
    if (!options.tenantId || !options.clientId)
        throw new _findings_error_words_js__WEBPACK_IMPORTED_MODULE_2__/* .TextError */ .WK((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_7__/* .text */ .Q)('cli.needsSignIn', { command: name }));
    const settings = (0,_register_command_js__WEBPACK_IMPORTED_MODULE_5__/* .settingsOf */ .f5)(options);
    const redactor = io.redactor ?? (0,_findings_redact_js__WEBPACK_IMPORTED_MODULE_3__/* .createRedactor */ .lY)();
    const env = io.env ?? {};
    const context = (0,_context_run_context_js__WEBPACK_IMPORTED_MODULE_1__/* .runContext */ .p)({ log: (line) => io.stderr(`${line}\n`) });
    const refreshToken = io.appUser ? env[_secret_variables_js__WEBPACK_IMPORTED_MODULE_6__/* .SECRET_VARIABLES */ .V.refreshToken] : undefined;
    return {
        root,
        partnerCenter: () => (0,_register_command_js__WEBPACK_IMPORTED_MODULE_5__/* .connect */ .Ng)((0,_auth_token_provider_js__WEBPACK_IMPORTED_MODULE_0__/* .createSignIn */ .Nl)({ ...(0,_register_command_js__WEBPACK_IMPORTED_MODULE_5__/* .signInOptions */ .Bt)(options, env, redactor), refreshToken }), settings, redactor, context),
    };
}


/***/ }),

/***/ 6688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ DRIFT_KINDS),
/* harmony export */   p: () => (/* binding */ compareDrift)
/* harmony export */ });
/* harmony import */ var _ledger_fold_ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8823);
/* harmony import */ var _device_batch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3790);


const DRIFT_KINDS = ['unknown', 'missing', 'moved', 'finished'];
/** The drift between the latest state of a customer's records and the devices its batches list. */
function compareDrift(recorded, listed) {
    const byId = new Map(listed.map((d) => [d.id, d]));
    const byKey = new Map();
    for (const device of listed)
        for (const key of (0,_device_batch_js__WEBPACK_IMPORTED_MODULE_1__/* .listedKeys */ .GM)(device))
            byKey.set(key, device);
    const matched = new Set();
    const drift = [];
    for (const device of recorded) {
        const found = (device.deviceId ? byId.get(device.deviceId) : undefined) ?? findByKeys(byKey, device);
        if (found)
            matched.add(found);
        const kind = kindOf(device, found);
        if (kind)
            drift.push(fromRecord(device, found, kind));
    }
    for (const device of listed)
        if (!matched.has(device))
            drift.push(fromListing(device));
    return drift;
}
function findByKeys(byKey, device) {
    const sought = (0,_device_batch_js__WEBPACK_IMPORTED_MODULE_1__/* .soughtKeys */ .BZ)({
        serialNumber: device.serialNumber,
        oemManufacturerName: device.manufacturer,
        productKey: device.productKeyId,
    });
    return sought.map((key) => byKey.get(key)).find(Boolean);
}
function kindOf(device, found) {
    if ((0,_ledger_fold_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistered */ .zN)(device)) {
        if (!found)
            return 'missing';
        return found.batch === device.groupTag ? undefined : 'moved';
    }
    if (!found)
        return undefined;
    return device.status === 'pending' ? 'finished' : 'unknown';
}
function fromRecord(device, found, kind) {
    return {
        kind,
        serialNumber: device.serialNumber,
        manufacturer: device.manufacturer,
        model: device.model,
        productKeyId: device.productKeyId,
        deviceId: found?.id ?? device.deviceId,
        recordedGroupTag: device.groupTag,
        batch: found?.batch ?? null,
        record: device.record,
    };
}
function fromListing(device) {
    return {
        kind: 'unknown',
        serialNumber: device.serialNumber ?? '',
        manufacturer: device.oemManufacturerName ?? '',
        model: device.modelName ?? '',
        productKeyId: device.productKey ?? '',
        deviceId: device.id,
        recordedGroupTag: null,
        batch: device.batch,
        record: null,
    };
}


/***/ }),

/***/ 7666:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   G: () => (/* binding */ doctorInWords),
/* harmony export */   M: () => (/* binding */ driftInWords)
/* harmony export */ });
function doctorInWords(report, say) {
    return {
        ...report,
        signIns: report.signIns.map((s) => ({ ...s, detail: say.text(s.detail) })),
        customers: report.customers.map(problemInWords(say)),
    };
}
function driftInWords(report, say) {
    return { ...report, customers: report.customers.map(problemInWords(say)) };
}
function problemInWords(say) {
    return ({ problem, ...rest }) => (problem ? { ...rest, problem: say.text(problem) } : rest);
}


/***/ })

};
