export const id = 459;
export const ids = [459];
export const modules = {

/***/ 9459:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAdoptCommand: () => (/* binding */ runAdoptCommand)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/repo/git.ts + 1 modules
var git = __webpack_require__(5975);
// EXTERNAL MODULE: ./src/repo/local-repository.ts + 2 modules
var local_repository = __webpack_require__(8155);
// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
;// CONCATENATED MODULE: ./src/report/render-adoption.ts

/** The adoption as plain text: what was adopted, what was not and why, the files written. */
function renderAdoptionText(result, say) {
    const { slug } = result;
    const tags = result.groupTags.join(', ');
    const files = result.files.filter((f) => f.path.endsWith('.csv')).length;
    const lines = [
        result.files.length === 0
            ? say('report.adoption.nothing', {
                customer: slug,
                tags,
                devices: result.alreadyRecorded,
                batches: result.groupTags.length,
            })
            : say('report.adoption.adopted', {
                customer: slug,
                tags,
                adopted: result.adopted,
                files,
                fromRows: result.fromRows,
                already: result.alreadyRecorded,
            }),
    ];
    for (const other of result.otherBatches) {
        const batch = { batch: other.batch, devices: other.devices };
        lines.push(`  ${say(other.why === 'not-a-tag' ? 'report.adoption.notATag' : 'report.adoption.notAFolder', batch)}`);
    }
    if (result.unnamed > 0)
        lines.push(`  ${say('report.adoption.unnamed', { devices: result.unnamed })}`);
    for (const file of result.files)
        lines.push(say('report.adoption.written', { file: file.path }));
    if (result.files.length > 0)
        lines.push(say('report.adoption.commitThem'));
    return `${lines.map(findings_escape/* escapeControls */.UN).join('\n')}\n`;
}

// EXTERNAL MODULE: ./src/config/customer-schema.ts
var customer_schema = __webpack_require__(2538);
// EXTERNAL MODULE: ./src/findings/error-words.ts
var error_words = __webpack_require__(6564);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/csv/dialect.ts + 1 modules
var dialect = __webpack_require__(2236);
// EXTERNAL MODULE: ./src/ledger/record-schema.ts
var record_schema = __webpack_require__(8598);
;// CONCATENATED MODULE: ./src/ledger/adoption-files.ts


const PARTNER_CENTER = dialect/* DIALECTS */.O9.find((d) => d.name === 'Partner Center')?.header ?? [];
/** A cell as CSV takes it: quoted when it holds a comma, a quote or a line break. */
function cell(value) {
    return /[",\r\n]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
}
/**
 * The device file of an adoption, in Partner Center's 5-column format with no hash (Partner
 * Center returns none). Without a hash a row names a device by serial, manufacturer and model,
 * or by its product key id alone (AP303): the first where Partner Center gives all three.
 */
function adoptedDeviceFile(devices) {
    const rows = devices.map((d) => {
        const tuple = isTuple(d);
        const cells = [
            tuple ? d.serialNumber : '',
            tuple ? '' : d.productKeyId,
            '',
            tuple ? d.manufacturer : '',
            tuple ? d.model : '',
        ];
        return cells.map(cell).join(',');
    });
    return `${[PARTNER_CENTER.join(','), ...rows].join('\r\n')}\r\n`;
}
/** Named by serial, manufacturer and model: a row without a hash may say a device so. */
function isTuple(device) {
    return device.serialNumber !== '' && device.manufacturer !== '' && device.model !== '';
}
/**
 * The adoption record: version 2, source `adopted`, every device `registered` with its id. The
 * first tag's batch is the record's group tag; a device of another batch carries its own.
 */
function adoptionRecord(customer, batches, meta) {
    const first = batches.find((b) => b.devices.length > 0)?.groupTag ?? batches[0]?.groupTag ?? '';
    const at = meta.at.toISOString();
    const record = {
        schemaVersion: 2,
        source: 'adopted',
        customer: customer.slug,
        customerId: customer.customerId,
        groupTag: first,
        commit: meta.commit,
        pullRequests: [],
        approvedBy: [],
        mergedBy: null,
        startedAt: at,
        finishedAt: at,
        trackingIds: [],
        devices: batches.flatMap((b) => b.devices.map((d) => recorded(d, b.groupTag === first ? undefined : b.groupTag))),
    };
    const name = (0,record_schema.recordFileName)(meta.at, meta.commit, { id: meta.runId });
    return {
        path: `customers/${customer.slug}/registrations/${name}`,
        record,
        text: `${JSON.stringify(record, null, 2)}\n`,
    };
}
function recorded(device, groupTag) {
    return {
        serialNumber: device.serialNumber,
        manufacturer: device.manufacturer,
        model: device.model,
        productKeyId: device.productKeyId,
        hardwareHashSha256: '',
        source: device.source,
        status: 'registered',
        deviceId: device.deviceId,
        trackingId: null,
        errorCode: null,
        errorName: null,
        errorDescription: null,
        transient: null,
        ...(groupTag === undefined ? {} : { groupTag }),
    };
}

// EXTERNAL MODULE: ./src/ledger/fold-ledger.ts + 3 modules
var fold_ledger = __webpack_require__(8823);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 4 modules
var build_plan = __webpack_require__(3708);
// EXTERNAL MODULE: ./src/repo/device-tags.ts
var device_tags = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
;// CONCATENATED MODULE: ./src/use-cases/adopt.ts









/**
 * Adopts what Partner Center already has for a customer (read-only, app-only): every device of
 * the batches named by its group tags that the records do not know becomes a row of a new device
 * file (`devices/adopted-<YYYYMMDD>.csv` for the default tag, `devices/<group tag>/adopted-…` for
 * another; Partner Center's format, no hash) and an entry of one adoption record, `registered`
 * with Partner Center's id. Devices already recorded are left alone.
 */
async function adoptCustomer(input) {
    const inspection = await input.repository.inspect();
    const plan = (0,build_plan/* buildPlan */.G)(inspection, { retryFailed: false });
    const parts = plan.customers.filter((c) => c.slug === input.slug);
    const customer = inspection.customers.find((c) => c.folder.slug === input.slug)?.customer;
    if (parts.length === 0)
        throw (0,error_words/* textError */.MZ)('repo.adopt.noCustomer', { slug: input.slug });
    const blocked = parts.find((c) => c.blocked);
    if (blocked || !customer)
        throw (0,error_words/* textError */.MZ)('repo.adopt.fixFirst', {
            slug: input.slug,
            reasons: (0,text_list/* oneAfterAnother */.Sz)(blocked?.blockReasons ?? []) ?? (0,text_of/* text */.Q)('repo.blocked.customerFile'),
        });
    const { client } = input.partnerCenter();
    const tags = (0,customer_schema.tagsOf)(customer);
    const batches = await client.listDeviceBatches(customer.customerId);
    const taken = new Set(inspection.customers.flatMap((c) => c.reports.map((r) => r.file)));
    const known = rowsOf(parts);
    const sorted = [];
    // A tag other than the default is written as a folder (devices/<tag>/): one no folder can be named
    // after would put its rows under another tag, or outside the customer's folder.
    const writable = tags.filter((tag) => tag === customer.groupTag || isFolderName(tag));
    for (const tag of writable) {
        const ours = batches.find((b) => b.id === tag);
        if (!ours)
            continue;
        const listed = await client.listBatchDevices(customer.customerId, ours.id);
        const folder = (0,device_tags/* tagFolder */.V)(customer, tag);
        sorted.push(sortListed(known, listed, { tag, file: freeName(folder, input.at, taken) }));
    }
    const count = (pick) => sorted.reduce((n, s) => n + pick(s), 0);
    return {
        slug: input.slug,
        groupTags: tags,
        adopted: count((s) => s.newRows.length),
        fromRows: count((s) => s.fromRows.length),
        alreadyRecorded: count((s) => s.alreadyRecorded),
        otherBatches: batches
            .filter((b) => !writable.includes(b.id))
            .map((b) => ({
            batch: b.id,
            devices: b.devicesCount ?? 0,
            why: tags.includes(b.id) ? 'not-a-folder-name' : 'not-a-tag',
        })),
        unnamed: count((s) => s.unnamed),
        files: filesOf({ slug: input.slug, customerId: customer.customerId }, sorted, input),
    };
}
/** Every row of the customer, whatever its tag, by key, with its recorded state. */
function rowsOf(parts) {
    const rows = new Map();
    for (const part of parts)
        for (const device of part.devices)
            for (const key of (0,identity/* identityKeys */.NZ)(device))
                rows.set(key, { device, state: part.recorded.get(device) });
    return rows;
}
/** Each listed device of one batch: recorded already, in a row of the repository, new, or unnamed. */
function sortListed(rows, listed, where) {
    const newRows = [];
    const fromRows = [];
    let alreadyRecorded = 0;
    let unnamed = 0;
    for (const device of listed) {
        const named = {
            serialNumber: device.serialNumber ?? '',
            manufacturer: device.oemManufacturerName ?? '',
            model: device.modelName ?? '',
            productKeyId: device.productKey ?? '',
            deviceId: device.id,
        };
        // A row without a hash names a device by serial, manufacturer and model, or product key id.
        if (!isTuple(named) && !named.productKeyId) {
            unnamed++;
            continue;
        }
        const row = (0,identity/* identityKeys */.NZ)(named)
            .map((k) => rows.get(k))
            .find(Boolean);
        if (row?.state && (0,fold_ledger/* isRegistered */.zN)(row.state))
            alreadyRecorded++;
        else if (row)
            fromRows.push({ ...named, source: row.device.source });
        else
            newRows.push({ ...named, source: `${where.file}:${newRows.length + 2}` });
    }
    return { ...where, newRows, fromRows, alreadyRecorded, unnamed };
}
function filesOf(customer, sorted, meta) {
    const tagged = sorted.map((s) => ({
        groupTag: s.tag,
        devices: [...s.fromRows, ...s.newRows],
    }));
    if (tagged.every((t) => t.devices.length === 0))
        return [];
    const record = adoptionRecord(customer, tagged, meta);
    return [
        ...sorted
            .filter((s) => s.newRows.length > 0)
            .map((s) => ({ path: s.file, text: adoptedDeviceFile(s.newRows) })),
        { path: record.path, text: record.text },
    ];
}
/** `adopted-20261201.csv`, the day of the adoption (UTC); `adopted-20261201-2.csv` for a second. */
function freeName(folder, at, taken) {
    const day = at.toISOString().slice(0, 10).replaceAll('-', '');
    for (let n = 1;; n++) {
        const path = `${folder}/adopted-${day}${n === 1 ? '' : `-${n}`}.csv`;
        if (!taken.has(path))
            return path;
    }
}
/** A name a folder can have on Windows, macOS and Linux alike, and that stays one folder. */
function isFolderName(tag) {
    const control = [...tag].some((c) => (c.codePointAt(0) ?? 0) < 0x20);
    return !control && !/[/\\:*?"<>|]/.test(tag) && !/^\.+$/.test(tag) && !/[. ]$/.test(tag);
}

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/partner-center-access.ts
var partner_center_access = __webpack_require__(447);
;// CONCATENATED MODULE: ./src/cli/adopt-command.ts









/**
 * `adopt`: what Partner Center already has for a customer, written into the working tree as a
 * device file and an adoption record, to be committed in a pull request and reviewed like any
 * change. Read-only in Partner Center, app-only.
 */
async function runAdoptCommand(given, options, io) {
    const { root, partnerCenter } = await (0,partner_center_access/* partnerCenterAccess */.C)('adopt', given, options, io);
    const result = await adoptCustomer({
        repository: (0,local_repository/* localRepository */.i)({ root, topLevel: root }),
        partnerCenter,
        slug: options.customer,
        commit: await (0,git/* requireGitHead */.mf)(root),
        at: new Date(),
        runId: (0,external_node_crypto_.randomBytes)(4).toString('hex'),
    });
    for (const file of result.files) {
        const target = external_node_path_default().join(root, file.path);
        await (0,promises_.mkdir)(external_node_path_default().dirname(target), { recursive: true });
        // Never over another file: a second adoption of the day gets a name of its own.
        await (0,promises_.writeFile)(target, file.text, { flag: 'wx' });
    }
    io.stdout(options.format === 'json' ? adoptionJson(result) : renderAdoptionText(result, (0,cli_io/* sayOf */.J)(io)));
    return 0;
}
function adoptionJson(result) {
    const { files, ...rest } = result;
    return `${JSON.stringify({ schemaVersion: 1, ...rest, files: files.map((f) => f.path) }, null, 2)}\n`;
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


/***/ })

};
