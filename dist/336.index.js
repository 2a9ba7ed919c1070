export const id = 336;
export const ids = [336];
export const modules = {

/***/ 1336:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDrift: () => (/* binding */ runDrift)
});

// EXTERNAL MODULE: ./src/findings/error-message.ts
var error_message = __webpack_require__(5178);
;// CONCATENATED MODULE: ./src/github/drift-issues.ts
const DRIFT_LABEL = 'autopilot-drift';
/**
 * One open issue per customer while its drift lasts (label `autopilot-drift`, found by the marker
 * its body starts with): opened, then updated in place, then closed with a comment once the drift
 * is gone. A customer that could not be compared is left out, its issue untouched.
 */
async function syncDriftIssues(client, repo, issues, marker) {
    const open = await client.paginate(client.rest.issues.listForRepo, {
        ...repo,
        labels: DRIFT_LABEL,
        state: 'open',
        per_page: 100,
    });
    const outcomes = [];
    for (const issue of issues) {
        const found = open.find((o) => !o.pull_request && (o.body ?? '').startsWith(marker(issue.slug)));
        if (issue.body !== undefined) {
            const { title } = issue;
            if (found) {
                await client.rest.issues.update({
                    ...repo,
                    issue_number: found.number,
                    title,
                    body: issue.body,
                });
                outcomes.push({ slug: issue.slug, action: 'updated', number: found.number });
            }
            else {
                const made = await client.rest.issues.create({
                    ...repo,
                    title,
                    body: issue.body,
                    labels: [DRIFT_LABEL],
                });
                outcomes.push({ slug: issue.slug, action: 'opened', number: made.data.number });
            }
        }
        else if (found) {
            await client.rest.issues.createComment({
                ...repo,
                issue_number: found.number,
                body: issue.resolved,
            });
            await client.rest.issues.update({
                ...repo,
                issue_number: found.number,
                state: 'closed',
                state_reason: 'completed',
            });
            outcomes.push({ slug: issue.slug, action: 'closed', number: found.number });
        }
    }
    return outcomes;
}

// EXTERNAL MODULE: ./src/messages/catalogue.ts + 46 modules
var catalogue = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/ledger/fold-ledger.ts + 3 modules
var fold_ledger = __webpack_require__(8823);
// EXTERNAL MODULE: ./src/register/device-batch.ts
var device_batch = __webpack_require__(3790);
;// CONCATENATED MODULE: ./src/register/compare-drift.ts


const DRIFT_KINDS = ['unknown', 'missing', 'moved', 'finished'];
/** The drift between the latest state of a customer's records and the devices its batches list. */
function compareDrift(recorded, listed) {
    const byId = new Map(listed.map((d) => [d.id, d]));
    const byKey = new Map();
    for (const device of listed)
        for (const key of (0,device_batch/* listedKeys */.GM)(device))
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
    const sought = (0,device_batch/* soughtKeys */.BZ)({
        serialNumber: device.serialNumber,
        oemManufacturerName: device.manufacturer,
        productKey: device.productKeyId,
    });
    return sought.map((key) => byKey.get(key)).find(Boolean);
}
function kindOf(device, found) {
    if ((0,fold_ledger/* isRegistered */.zN)(device)) {
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

// EXTERNAL MODULE: ./src/repo/local-repository.ts + 6 modules
var local_repository = __webpack_require__(1573);
// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/report/said.ts
var said = __webpack_require__(125);
;// CONCATENATED MODULE: ./src/report/render-drift.ts





/** The marker of a customer's drift issue: the one issue it has while the drift lasts. */
const driftMarker = (slug) => `<!-- autopilot-gitops:drift:${slug} -->`;
/** What each kind means, and what to do. */
function meaning(kind, say) {
    return say(`report.drift.meaning.${kind}`);
}
function counted(counts, say) {
    return DRIFT_KINDS.map((k) => say(`report.drift.count.${k}`, { devices: counts[k] })).join(', ');
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
            lines.push(`  ${say('report.drift.textProblem', { customer: c.slug, problem: (0,said/* said */.a)(say, c.problem) })}`);
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
    const title = `### ${(0,markdown/* code */.aY)(customer.slug)}`;
    if (customer.problem)
        return `${title}\n\n${say('report.drift.problem', { problem: (0,markdown/* escapeMarkdown */.FV)((0,said/* said */.a)(say, customer.problem)) })}`;
    if (customer.devices.length === 0)
        return `${title}\n\n${say('report.drift.customerNone')}`;
    const rows = customer.devices.slice(0, maxRows).map((d) => {
        const [recorded, batch] = where(d, say);
        return [
            say(`report.drift.kind.${d.kind}`),
            (0,markdown/* escapeMarkdown */.FV)(say.text((0,identity/* deviceLabelText */.mC)(d))),
            (0,markdown/* code */.aY)(recorded),
            (0,markdown/* code */.aY)(batch),
            (0,markdown/* escapeMarkdown */.FV)(meaning(d.kind, say)),
        ];
    });
    const more = customer.devices.length - rows.length;
    const headers = ['kind', 'device', 'recorded', 'inPartnerCenter', 'meaning'].map((h) => say(`report.column.${h}`));
    const tail = more > 0 ? `\n\n${say('report.drift.more', { devices: more })}` : '';
    return `${title}\n\n${counted(customer.counts, say)}\n\n${(0,markdown/* table */.tp)(headers, rows)}${tail}`;
}
/** The whole check as Markdown, for the job summary. */
function renderDriftMarkdown(report, say) {
    const sections = report.customers.filter((c) => c.problem || c.devices.length > 0);
    return `## ${say('report.drift.title')}\n\n**${(0,markdown/* escapeMarkdown */.FV)(headline(report, say))}**\n\n${sections.map((c) => renderCustomerDrift(c, say, 200)).join('\n\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/drift-issue.ts

/**
 * A customer's drift issue in the run's language: its title, its body (the customer's marker
 * first: the issue is found by it, whatever language wrote it), and the comment that closes it.
 * The body is Markdown for the caller to redact; undefined when the customer has no drift.
 */
function driftIssueText(customer, check, say) {
    const checked = check.runUrl
        ? say('report.drift.checkedBy', { at: check.at, run: check.runUrl })
        : say('report.drift.checked', { at: check.at });
    return {
        title: say('report.drift.issueTitle', { customer: customer.slug }),
        body: customer.devices.length > 0
            ? `${driftMarker(customer.slug)}\n${renderCustomerDrift(customer, say)}\n\n${checked} ${say('report.drift.issueLasts')}\n`
            : undefined,
        resolved: `${say('report.drift.resolved')} ${checked}`,
    };
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
            const devices = compareDrift(ledger?.devices ?? [], listed);
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
    const counts = Object.fromEntries(DRIFT_KINDS.map((k) => [k, 0]));
    for (const device of devices)
        counts[device.kind] += 1;
    return counts;
}
function uncompared(slug, customerId, problem) {
    return { slug, customerId, devices: [], counts: countKinds([]), problem };
}

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(5242);
// EXTERNAL MODULE: ./src/action/setup.ts + 1 modules
var action_setup = __webpack_require__(7423);
// EXTERNAL MODULE: ./src/action/sign-in.ts + 12 modules
var sign_in = __webpack_require__(1380);
;// CONCATENATED MODULE: ./src/action/run-drift.ts











/**
 * `drift`: the scheduled check. Read-only in Partner Center (app-only); in GitHub it keeps one
 * issue per customer with drift. Fails the step when there is drift, so the schedule shows it.
 */
async function runDrift(setup) {
    const { out } = setup;
    const say = (0,catalogue/* sayer */.BF)(setup.inputs.language);
    const signIn = (0,sign_in/* appOnlySignIn */.UZ)(setup);
    const report = await detectDrift({
        repository: (0,local_repository/* localRepository */.i)(setup),
        partnerCenter: (0,sign_in/* partnerCenterFromInputs */.$t)(setup, (0,action_setup/* actionContext */.G)(out), signIn),
    });
    for (const line of renderDriftText(report, say).trimEnd().split('\n'))
        out.info(line);
    const github = (0,action_setup/* gitHubOf */.T)(setup, undefined);
    let notes = '';
    if (github) {
        try {
            const outcomes = await syncDriftIssues(github.client, github, issuesOf(report, setup, say), driftMarker);
            notes = outcomes
                .map((o) => say(`report.drift.issue.${o.action}`, { issue: String(o.number), customer: o.slug }))
                .join(' ');
        }
        catch (error) {
            out.warning(`Could not update the drift issues: ${(0,error_message/* errorMessage */.g)(error)}`);
        }
    }
    await out.summary(renderDriftMarkdown(report, say) + (notes ? `\n${notes}\n` : ''));
    out.output('drift', String(report.customers.reduce((n, c) => n + c.devices.length, 0)));
    for (const kind of DRIFT_KINDS)
        out.output(`drift-${kind}`, String(report.counts[kind]));
    if (report.drift)
        out.failed(say('report.run.drift'));
}
function issuesOf(report, setup, say) {
    const check = { at: new Date().toISOString(), runUrl: (0,runner/* linksOf */.hP)(setup.env, undefined).runUrl };
    return report.customers
        .filter((c) => !c.problem)
        .map((c) => {
        const issue = driftIssueText(c, check, say);
        const body = issue.body === undefined ? undefined : setup.out.redactMarkdown(issue.body);
        return { slug: c.slug, ...issue, body };
    });
}


/***/ }),

/***/ 5242:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   X5: () => (/* binding */ runnerTemp),
/* harmony export */   bB: () => (/* binding */ runStamp),
/* harmony export */   hP: () => (/* binding */ linksOf)
/* harmony export */ });
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8161);
/* harmony import */ var node_os__WEBPACK_IMPORTED_MODULE_0___default = /*#__PURE__*/__webpack_require__.n(node_os__WEBPACK_IMPORTED_MODULE_0__);

// What the runner tells a step about where it runs: links, temp files, paths in the repository.
/** Links to the repository at `ref` and to this run, when the runner says where they are. */
function linksOf(env, ref) {
    const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repository, GITHUB_RUN_ID: runId } = env;
    if (!server || !repository)
        return {};
    const base = `${server}/${repository}`;
    return {
        repositoryUrl: base,
        ...(ref ? { ref } : {}),
        ...(runId ? { runUrl: `${base}/actions/runs/${runId}` } : {}),
    };
}
/** The run and its attempt, `4242-1`: names this run's files, so that a re-run writes new ones. */
function runStamp(env) {
    return `${env.GITHUB_RUN_ID ?? 'local'}-${env.GITHUB_RUN_ATTEMPT ?? '1'}`;
}
/**
 * The runner's temp folder; outside a runner, the machine's. (A folder of the working directory
 * would end up committed: ncc even copied one into dist/ as an asset.)
 */
function runnerTemp(env) {
    return env.RUNNER_TEMP ?? (0,node_os__WEBPACK_IMPORTED_MODULE_0__.tmpdir)();
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
