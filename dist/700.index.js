export const id = 700;
export const ids = [700];
export const modules = {

/***/ 6700:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDoctor: () => (/* binding */ runDoctor)
});

// EXTERNAL MODULE: ./src/messages/catalogue.ts + 46 modules
var catalogue = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/repo/local-repository.ts + 6 modules
var local_repository = __webpack_require__(1573);
// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/report/said.ts
var said = __webpack_require__(125);
;// CONCATENATED MODULE: ./src/report/render-doctor.ts



function batchText(b, say) {
    if (b.exists)
        return b.devices === undefined
            ? say('report.doctor.batchExists', { groupTag: b.groupTag })
            : say('report.doctor.batchExistsWith', { groupTag: b.groupTag, devices: b.devices });
    return b.creatable
        ? say('report.doctor.batchCreatable', { groupTag: b.groupTag })
        : say('report.doctor.batchNeedsCommand', { groupTag: b.groupTag });
}
function headline(report, say) {
    const ready = report.customers.filter((c) => c.ready).length;
    return report.ready
        ? say('report.doctor.ready', { customers: ready })
        : say('report.doctor.notReady', { ready, customers: report.customers.length });
}
/** The preflight as plain text: a line per sign-in and per customer, values escaped. */
function renderDoctorText(report, say) {
    const lines = [headline(report, say)];
    for (const s of report.signIns) {
        const result = say(s.ok ? 'report.doctor.ok' : 'report.doctor.failed');
        const line = say('report.doctor.signInLine', {
            mode: say(`report.doctor.mode.${s.mode}`),
            result,
            detail: (0,said/* said */.a)(say, s.detail),
        });
        lines.push(`  ${line}`);
    }
    for (const c of report.customers) {
        const batches = c.batches.map((b) => batchText(b, say)).join(say('report.separator'));
        const standing = say(c.ready ? 'report.doctor.customerReady' : 'report.doctor.customerNotReady');
        const separator = say('report.separator');
        const problem = c.problem ? `${separator}${(0,said/* said */.a)(say, c.problem)}` : '';
        lines.push(`  ${say('report.doctor.customerLine', { customer: c.slug, standing })}${batches ? `${separator}${batches}` : ''}${problem}`);
    }
    return `${lines.map(findings_escape/* escapeControls */.UN).join('\n')}\n`;
}
/** The preflight as Markdown, for the job summary. */
function renderDoctorMarkdown(report, say) {
    const signIns = (0,markdown/* table */.tp)(['signIn', 'result', 'detail'].map((h) => say(`report.column.${h}`)), report.signIns.map((s) => [
        say(`report.doctor.mode.${s.mode}`),
        s.ok ? `✅ ${say('report.doctor.ok')}` : `❌ ${say('report.doctor.failed')}`,
        (0,markdown/* escapeMarkdown */.FV)((0,said/* said */.a)(say, s.detail)),
    ]));
    const headers = ['customer', 'partnerCenter', 'batches', 'ready', 'whatToDo'];
    const customers = (0,markdown/* table */.tp)(headers.map((h) => say(`report.column.${h}`)), report.customers.map((c) => [
        (0,markdown/* code */.aY)(c.slug),
        say(c.reachable ? 'report.doctor.reachable' : 'report.doctor.notReached'),
        (0,markdown/* escapeMarkdown */.FV)(c.batches.map((b) => batchText(b, say)).join(say('report.separator'))),
        c.ready ? '✅' : '❌',
        (0,markdown/* escapeMarkdown */.FV)((0,said/* said */.a)(say, c.problem)),
    ]));
    return `## ${say('report.doctor.title')}\n\n**${(0,markdown/* escapeMarkdown */.FV)(headline(report, say))}**\n\n${signIns}\n\n${customers}\n`;
}

// EXTERNAL MODULE: ./src/config/customer-schema.ts
var customer_schema = __webpack_require__(2538);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/partner-center/errors.ts
var errors = __webpack_require__(4193);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 4 modules
var build_plan = __webpack_require__(3708);
// EXTERNAL MODULE: ./src/register/device-batch.ts
var device_batch = __webpack_require__(3790);
;// CONCATENATED MODULE: ./src/use-cases/doctor.ts






/**
 * The preflight before a first merge: signs in with every mode configured, then asks Partner
 * Center, read-only and app-only, for each customer's batches. Sends nothing.
 */
async function doctor(input) {
    const inspection = await input.repository.inspect();
    const plan = (0,build_plan/* buildPlan */.G)(inspection, { retryFailed: false });
    const { client, appUser } = input.partnerCenter();
    const app = await check('app-only', () => client.signIn());
    const user = appUser
        ? await check('app+user', () => client.signInAsUser())
        : {
            mode: 'app+user',
            ok: false,
            detail: (0,text_of/* text */.Q)('repo.doctor.noRefreshToken'),
        };
    const customers = [];
    for (const { folder, customer } of inspection.customers) {
        const parts = plan.customers.filter((c) => c.slug === folder.slug);
        const asked = {
            slug: folder.slug,
            customerId: customer?.customerId ?? null,
            tags: customer ? (0,customer_schema/* tagsOf */.Fg)(customer) : [],
            blockReasons: parts.find((c) => c.blocked)?.blockReasons ?? [],
        };
        customers.push(app.ok
            ? await checkCustomer(asked, client, user.ok)
            : unchecked(asked, (0,text_of/* text */.Q)('repo.doctor.appSignInFailed')));
    }
    const ready = app.ok && customers.every((c) => c.ready);
    return { schemaVersion: 1, signIns: [app, user], customers, ready };
}
async function check(mode, signIn) {
    try {
        await signIn();
        return { mode, ok: true, detail: (0,text_of/* text */.Q)('repo.doctor.signedIn') };
    }
    catch (error) {
        return { mode, ok: false, detail: (0,text_list/* errorAsText */.IA)(error) };
    }
}
async function checkCustomer(customer, client, appUser) {
    if (customer.blockReasons.length > 0 || !customer.customerId || customer.tags.length === 0)
        return unchecked(customer, (0,text_of/* text */.Q)('repo.doctor.fixRepository', {
            reasons: (0,text_list/* oneAfterAnother */.Sz)(customer.blockReasons) ?? (0,text_of/* text */.Q)('repo.blocked.customerFile'),
        }));
    let listed;
    try {
        listed = await client.listDeviceBatches(customer.customerId);
    }
    catch (error) {
        return unchecked(customer, refusal(error));
    }
    const batches = [];
    const problems = [];
    for (const groupTag of customer.tags) {
        try {
            const found = (0,device_batch/* batchNamed */.o5)(listed, groupTag);
            batches.push(found
                ? { groupTag, exists: true, creatable: appUser, ...devicesOf(found.devicesCount) }
                : { groupTag, exists: false, creatable: appUser });
        }
        catch (error) {
            // A batch named like the tag but for case: a merge would refuse it, and says why.
            batches.push({ groupTag, exists: false, creatable: appUser });
            problems.push((0,text_list/* errorAsText */.IA)(error));
        }
    }
    const missing = batches.filter((b) => !b.exists && !b.creatable);
    if (missing.length > 0)
        problems.push((0,text_of/* text */.Q)('repo.doctor.noBatch', { tags: missing.map((b) => b.groupTag).join(', ') }));
    return {
        slug: customer.slug,
        customerId: customer.customerId,
        reachable: true,
        batches,
        ready: problems.length === 0,
        ...(problems.length > 0 ? { problem: (0,text_list/* oneAfterAnother */.Sz)(problems) } : {}),
    };
}
function devicesOf(count) {
    return count === undefined ? {} : { devices: count };
}
function unchecked(customer, problem) {
    return {
        slug: customer.slug,
        customerId: customer.customerId,
        reachable: false,
        problem,
        batches: [],
        ready: false,
    };
}
/** Partner Center's refusal, with what a partner does about the usual ones. */
function refusal(error) {
    const said = (0,text_list/* errorAsText */.IA)(error);
    if (!(error instanceof errors/* PartnerCenterError */.q3))
        return said;
    const status = error.details.status;
    if (status === 403)
        return (0,text_of/* text */.Q)('repo.doctor.forbidden', { said });
    if (status === 401)
        return (0,text_of/* text */.Q)('repo.doctor.unauthorized', { said });
    return said;
}

// EXTERNAL MODULE: ./src/action/setup.ts + 1 modules
var action_setup = __webpack_require__(7423);
// EXTERNAL MODULE: ./src/action/sign-in.ts + 12 modules
var sign_in = __webpack_require__(1380);
;// CONCATENATED MODULE: ./src/action/run-doctor.ts






/**
 * `doctor`: the preflight, run by hand before the first merge (workflow_dispatch of the register
 * workflow). Read-only: it signs in and lists each customer's batches, and fails the step unless
 * every customer would register.
 */
async function runDoctor(setup) {
    const { out } = setup;
    const say = (0,catalogue/* sayer */.BF)(setup.inputs.language);
    const context = (0,action_setup/* actionContext */.G)(out);
    const report = await doctor({
        repository: (0,local_repository/* localRepository */.i)(setup),
        partnerCenter: (0,sign_in/* partnerCenterFromInputs */.$t)(setup, context, (0,sign_in/* lazySignIn */.DZ)(setup)),
    });
    for (const line of renderDoctorText(report, say).trimEnd().split('\n'))
        out.info(line);
    await out.summary(renderDoctorMarkdown(report, say));
    out.output('ready', String(report.ready));
    if (!report.ready)
        out.failed(say('report.run.doctorNotReady'));
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
