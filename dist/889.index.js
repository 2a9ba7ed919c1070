export const id = 889;
export const ids = [889];
export const modules = {

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

/***/ 2382:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Kk: () => (/* binding */ planDigestLine),
/* harmony export */   S0: () => (/* binding */ mergedPullRequests),
/* harmony export */   fN: () => (/* binding */ PLAN_MARKER)
/* harmony export */ });
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2524);

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
        (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_0__/* .findStickyComment */ .oC)(client, { ...repo, number }, marker),
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


/***/ }),

/***/ 6899:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Bg: () => (/* binding */ commitToBranch),
/* harmony export */   P: () => (/* binding */ branchHead),
/* harmony export */   QN: () => (/* binding */ commitOnTop),
/* harmony export */   it: () => (/* binding */ commitRecords),
/* harmony export */   jg: () => (/* binding */ RECORDS_BRANCH_PREFIX),
/* harmony export */   wb: () => (/* binding */ openRecordsPullRequests)
/* harmony export */ });
/* harmony import */ var _findings_error_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5178);
/* harmony import */ var _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8807);
/* harmony import */ var _pull_request_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(2524);




const RECORDS_BRANCH_PREFIX = 'autopilot-gitops/records-';
/**
 * Commits new files to a branch in one commit through the Git database API, as the workflow's
 * token. Records are new files, so when the branch moved meanwhile the commit is made again on
 * its new head. When the branch refuses the update (protected), the commit goes to a new branch
 * and a pull request.
 */
async function commitRecords(client, options) {
    const repo = { owner: options.owner, repo: options.repo };
    const attempt = await commitToBranch(client, options);
    if (attempt.committed)
        return { kind: 'commit', sha: attempt.sha };
    const commit = attempt.sha;
    const branch = `${RECORDS_BRANCH_PREFIX}${commit.slice(0, 7)}-${options.runId}`;
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${branch}`, sha: commit });
    let pull;
    try {
        pull = await client.rest.pulls.create({
            ...repo,
            base: options.branch,
            head: branch,
            title: options.pullRequestTitle ?? options.message.replace(/\s*\[skip ci\]$/, ''),
            body: options.pullRequestBody,
        });
    }
    catch (error) {
        // The records are safe on their branch: say where, so that a person opens the pull request.
        // GitHub's words, redacted by the client, are quoted as they came.
        const reason = (0,_findings_error_message_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error);
        throw new _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .TextError */ .WK((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('error.github.noPullRequest', { base: options.branch, branch, reason }), { cause: error });
    }
    return {
        kind: 'pull-request',
        number: pull.data.number,
        url: pull.data.html_url,
        branch,
        sha: commit,
    };
}
/**
 * Commits new files on top of a branch and moves the branch to it, again on the new head when the
 * branch moved meanwhile. `committed: false` when the branch refuses (protected): `sha` is then the
 * commit that no branch holds yet.
 */
async function commitToBranch(client, options) {
    const repo = { owner: options.owner, repo: options.repo };
    let commit = '';
    let head = await branchHead(client, repo, options.branch);
    for (let attempt = 1; attempt <= 5; attempt++) {
        commit = await commitOnTop(client, repo, head, options.files, options.message);
        try {
            await client.rest.git.updateRef({
                ...repo,
                ref: `heads/${options.branch}`,
                sha: commit,
                force: false,
            });
            return { committed: true, sha: commit };
        }
        catch (error) {
            const status = (0,_pull_request_js__WEBPACK_IMPORTED_MODULE_1__/* .statusOf */ .c2)(error);
            if (status !== 422 && status !== 409 && status !== 403)
                throw error;
            // 422 means "not a fast forward" or "protected": the head tells which.
            if (status === 403)
                break;
            const moved = await branchHead(client, repo, options.branch);
            if (moved === head)
                break;
            head = moved;
        }
    }
    return { committed: false, sha: commit };
}
/** The commit at the head of a branch. */
async function branchHead(client, repo, branch) {
    const ref = await client.rest.git.getRef({ ...repo, ref: `heads/${branch}` });
    return ref.data.object.sha;
}
async function commitOnTop(client, repo, head, files, message) {
    const parent = await client.rest.git.getCommit({ ...repo, commit_sha: head });
    const tree = await client.rest.git.createTree({
        ...repo,
        base_tree: parent.data.tree.sha,
        tree: files.map((f) => ({ path: f.path, mode: '100644', type: 'blob', content: f.text })),
    });
    const created = await client.rest.git.createCommit({
        ...repo,
        message,
        tree: tree.data.sha,
        parents: [head],
    });
    return created.data.sha;
}
/** Open pull requests of records (a protected branch refused a run's commit), by number. */
async function openRecordsPullRequests(client, repo, branch) {
    const open = await client.paginate(client.rest.pulls.list, {
        ...repo,
        state: 'open',
        base: branch,
        per_page: 100,
    });
    return open.filter((p) => p.head.ref.startsWith(RECORDS_BRANCH_PREFIX)).map((p) => p.number);
}


/***/ }),

/***/ 6711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Hr: () => (/* binding */ failureReason),
/* harmony export */   eb: () => (/* binding */ buildPlanReport)
/* harmony export */ });
/* unused harmony export scopeOf */
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3370);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8807);
/* harmony import */ var _rules_duplicates_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(1589);
/* harmony import */ var _rules_identity_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(9389);
/* harmony import */ var _registration_plan_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8880);





function buildPlanReport(plan, changedFiles) {
    const changed = changedFiles ? new Set(changedFiles) : null;
    const findings = plan.findings
        .map((f) => ({ ...f, preExisting: changed !== null && !changed.has(f.file) }))
        .sort((a, b) => Number(a.preExisting) - Number(b.preExisting) ||
        _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[a.severity] - _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .SEVERITY_ORDER */ .B[b.severity] ||
        (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .compareFindings */ .Eg)(a, b));
    const current = findings.filter((f) => !f.preExisting);
    const count = (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .countBySeverity */ .Ot)(current);
    const customers = plan.customers.map(customerReport);
    // Rows of device files: not the removed, not the devices a request file names.
    const listed = customers.flatMap((c) => c.devices.filter((d) => d.action !== 'removed' && !_registration_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .DEREGISTER_REQUEST */ .f3.test(d.source)));
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
                ((0,_rules_duplicates_js__WEBPACK_IMPORTED_MODULE_1__/* .hasDuplicateFindings */ .IO)(plan.findings) ? (0,_rules_duplicates_js__WEBPACK_IMPORTED_MODULE_1__/* .countDevices */ .Rh)(listed, plannedKeys) : listed.length),
            rows: plan.strayDevices + listed.length,
            toRegister: (0,_registration_plan_js__WEBPACK_IMPORTED_MODULE_2__/* .totalToSend */ .so)(customers) - toRetag,
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
    const keys = (0,_rules_identity_js__WEBPACK_IMPORTED_MODULE_3__/* .identityKeys */ .NZ)(device);
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
        return (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('repo.failure.errors', { errors, scope });
    if (failOn === 'warning' && warnings > 0)
        return (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('repo.failure.warnings', { warnings, scope });
    return undefined;
}
/** Where the findings that count come from: the changed files, or the whole repository. */
function scopeOf(report) {
    return (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)(report.changedFiles === null ? 'repo.scope.repository' : 'repo.scope.changedFiles');
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


/***/ }),

/***/ 2317:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   WU: () => (/* binding */ recordsPullRequestText),
/* harmony export */   XG: () => (/* binding */ isRecordsPullRequest),
/* harmony export */   xj: () => (/* binding */ isAdoptionPullRequest)
/* harmony export */ });
/* harmony import */ var _ledger_record_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8598);

/**
 * The title and body of the records pull request, in the run's language: the reviewers who merge
 * it read them. Its commit message stays English, as every commit of the run does.
 */
function recordsPullRequestText(say, run) {
    return {
        title: say('report.recordsPullRequest.title', { commit: run.commit.slice(0, 7) }),
        body: say('report.recordsPullRequest.body', { commit: run.commit, branch: run.branch }),
    };
}
/**
 * The pull request the registration run opens when the branch refused its commit: opened by a bot
 * (the workflow's token) from an `autopilot-gitops/records-` branch, adding record files and
 * nothing else. A person's pull request is never one, whatever its branch is called.
 */
function isRecordsPullRequest(pr, changed, branchPrefix) {
    return (openedByTheRun(pr, branchPrefix) &&
        changed.length > 0 &&
        changed.every((c) => c.status === 'added' && _ledger_record_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FILE */ .lt.test(c.path)));
}
/** Opened by a bot (the workflow's token) from one of our branches: never a person's. */
function openedByTheRun(pr, branchPrefix) {
    return pr.openedByBot === true && (pr.headRef?.startsWith(branchPrefix) ?? false);
}
/**
 * A device file that adoption writes: `customers/<slug>/devices/adopted-YYYYMMDD[-N].csv`, or
 * `devices/<group tag>/adopted-…` for a batch of another of the customer's tags.
 */
const ADOPTED_FILE = /^customers\/[^/]+\/devices\/(?:[^/]+\/)?adopted-\d{8}(?:-\d+)?\.csv$/;
/**
 * The pull request `command: adopt` opens: by a bot, from an `autopilot-gitops/adopt-` branch,
 * adding an adoption record and the device file it names, nothing else. Its record is accepted
 * as the records pull request's are; its device file is checked like any other.
 */
function isAdoptionPullRequest(pr, changed, branchPrefix) {
    return (openedByTheRun(pr, branchPrefix) &&
        changed.some((c) => _ledger_record_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FILE */ .lt.test(c.path)) &&
        changed.every((c) => c.status === 'added' && (_ledger_record_schema_js__WEBPACK_IMPORTED_MODULE_0__/* .RECORD_FILE */ .lt.test(c.path) || ADOPTED_FILE.test(c.path))));
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

/***/ 2775:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Br: () => (/* binding */ renderSummary),
/* harmony export */   nt: () => (/* binding */ renderRegistrationComment),
/* harmony export */   wQ: () => (/* binding */ renderComment)
/* harmony export */ });
/* unused harmony exports COMMENT_LIMIT, SUMMARY_LIMIT */
/* harmony import */ var _render_registration_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(372);
/* harmony import */ var _render_summary_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8393);


/** GitHub's limits: a comment body, and one step's job summary. */
const COMMENT_LIMIT = 65_536;
const SUMMARY_LIMIT = 1024 * 1024;
/** From the fullest rendering to the barest: each step drops detail the full report still holds. */
const SUMMARY_STEPS = [
    { deviceTables: true, maxDeviceRows: 1000, maxFindings: 1000, activeCustomersOnly: false },
    { deviceTables: true, maxDeviceRows: 200, maxFindings: 500, activeCustomersOnly: false },
    { deviceTables: true, maxDeviceRows: 50, maxFindings: 200, activeCustomersOnly: true },
    { deviceTables: false, maxDeviceRows: 0, maxFindings: 100, activeCustomersOnly: true },
    { deviceTables: false, maxDeviceRows: 0, maxFindings: 0, activeCustomersOnly: true },
];
const COMMENT_STEPS = [
    { deviceTables: true, maxDeviceRows: 100, maxFindings: 100, activeCustomersOnly: true },
    { deviceTables: true, maxDeviceRows: 20, maxFindings: 50, activeCustomersOnly: true },
    { deviceTables: false, maxDeviceRows: 0, maxFindings: 30, activeCustomersOnly: true },
    { deviceTables: false, maxDeviceRows: 0, maxFindings: 0, activeCustomersOnly: true },
];
function renderSummary(report, links, say, note) {
    return shrinkToFit(SUMMARY_STEPS, SUMMARY_LIMIT, (step) => (0,_render_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanMarkdown */ .d$)(report, { ...step, links, say, ...(note ? { note } : {}) }), cutNote(say, fullReport(report, say)));
}
/**
 * The sticky comment, shrunk until GitHub takes it (room is left for the marker lines), and the
 * same without the link to the run, whose digest tells whether the plan itself changed.
 */
function renderComment(report, links, say) {
    const render = (l) => {
        const footer = l.runUrl
            ? `\n<sub>${say('report.comment.footer', { url: l.runUrl })}</sub>\n`
            : '';
        return shrinkToFit(COMMENT_STEPS, COMMENT_LIMIT - 300, (step) => `${(0,_render_summary_js__WEBPACK_IMPORTED_MODULE_1__/* .renderPlanMarkdown */ .d$)(report, { ...step, links: l, say })}${footer}`, cutNote(say, fullReport(report, say)));
    };
    const { runUrl: _run, ...stable } = links;
    return { body: render(links), content: render(stable) };
}
/** The first rendering, fullest first, that fits `limit` bytes; else the last one, cut visibly. */
function fullReport(report, say) {
    return say('report.cut.json', { digest: report.digest });
}
/** The line a rendering cut to fit ends with: where the rest is. */
function cutNote(say, where) {
    return `\n\n${say('report.cut', { where })}\n`;
}
/**
 * The outcome comment on a merged pull request, with fewer device rows until GitHub takes it (the
 * job summary has them all), and the same without the link to the run.
 */
function renderRegistrationComment(outcome, links, say) {
    const render = (l) => shrinkToFit(REGISTRATION_COMMENT_ROWS, REGISTRATION_COMMENT_LIMIT, (maxRows) => (0,_render_registration_js__WEBPACK_IMPORTED_MODULE_0__/* .renderRegistrationMarkdown */ .JO)(outcome, { links: l, maxRows, say }), cutNote(say, say('report.cut.summary')));
    const { runUrl: _run, ...stable } = links;
    return { body: render(links), content: render(stable) };
}
const REGISTRATION_COMMENT_ROWS = [100, 30, 10, 0];
const REGISTRATION_COMMENT_LIMIT = 65_000;
function shrinkToFit(steps, limit, render, note) {
    let text = '';
    for (const step of steps) {
        text = render(step);
        if (Buffer.byteLength(text) <= limit)
            return text;
    }
    // Even the barest rendering is too long (thousands of customers): cut it, visibly.
    return (Buffer.from(text)
        .subarray(0, limit - Buffer.byteLength(note) - 4)
        .toString('utf8')
        .replace(/\uFFFD$/, '') + note);
}


/***/ }),

/***/ 372:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Bp: () => (/* binding */ REGISTRATION_MARKER),
  JO: () => (/* binding */ renderRegistrationMarkdown),
  pX: () => (/* reexport */ renderRegistrationText)
});

// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/messages/catalogue.ts + 46 modules
var catalogue = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/partner-center/error-codes.ts
var error_codes = __webpack_require__(141);
;// CONCATENATED MODULE: ./src/report/registration-words.ts


/** The counted columns of the outcome's table: retagged and deregistered only where some were. */
function countsColumns(outcome) {
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
function outcomeCounts(counts, say) {
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
function failureWords(device, say) {
    const recorded = device.errorDescription ?? '';
    const { explanation } = (0,error_codes/* explainDeviceError */.c)(device.errorCode, device.errorName);
    return (0,catalogue/* english */.x3)(explanation) === recorded ? say.text(explanation) : recorded;
}

// EXTERNAL MODULE: ./src/report/said.ts
var said = __webpack_require__(125);
// EXTERNAL MODULE: ./src/report/source-link.ts
var source_link = __webpack_require__(4410);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
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
                    ...outcomeCounts(counts, say),
                    say('report.outcomeText.skipped', { customers: counts.skipped }),
                ].join(', ')}.`,
    ];
    for (const c of outcome.customers) {
        const stopped = c.error ? say('report.outcomeText.stopped', { error: (0,said/* said */.a)(say, c.error) }) : '';
        const standing = say('report.outcomeText.customer', {
            customer: c.slug,
            groupTag: c.groupTag,
            counts: outcomeCounts(c, say).join(', '),
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
            description: failureWords(d, say),
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
            commit: (0,markdown/* code */.aY)(outcome.commit.slice(0, 7)),
            digest: (0,markdown/* code */.aY)(outcome.digest.slice(0, 16)),
            review: reviewLine(outcome, say),
        }),
    ];
    if (outcome.customers.length > 0) {
        // The retagged column only when a device moved: a run of one tag a customer never has it.
        const columns = countsColumns(outcome);
        const headers = ['customer', 'groupTag', ...columns];
        parts.push((0,markdown/* table */.tp)(headers.map((c) => say(`report.column.${c}`)), outcome.customers.map((c) => [
            (0,markdown/* code */.aY)(c.slug),
            (0,markdown/* code */.aY)(c.groupTag),
            ...columns.map((column) => say.number(c[column])),
        ])));
    }
    parts.push(...problemSections(outcome, options));
    parts.push(recordsSection(outcome, say));
    if (outcome.correlationId)
        parts.push(`<sub>${say('report.outcome.correlation', { id: (0,markdown/* code */.aY)(outcome.correlationId) })}</sub>`);
    return `${parts.filter(Boolean).join('\n\n')}\n`;
}
/** What went wrong, section by section: customers stopped or skipped, devices failed or pending. */
function problemSections(outcome, options) {
    const { say } = options;
    const parts = [];
    const stopped = outcome.customers.filter((c) => c.error);
    if (stopped.length > 0) {
        const lines = stopped.map((c) => `- ${say('report.outcome.stoppedLine', { customer: (0,markdown/* code */.aY)(c.slug), error: (0,markdown/* escapeMarkdown */.FV)((0,said/* said */.a)(say, c.error)) })}${createBatchMarkdown(c, say)}`);
        parts.push(`### ${say('report.outcome.stoppedTitle')}\n\n${lines.join('\n')}`);
    }
    if (outcome.refused.length > 0) {
        const rows = outcome.refused
            .slice(0, options.maxRows)
            .map((r) => [
            (0,markdown/* code */.aY)(r.customer),
            (0,markdown/* escapeMarkdown */.FV)(r.device),
            (0,source_link/* sourceLink */._)(r.source, options.links),
            (0,markdown/* escapeMarkdown */.FV)((0,said/* said */.a)(say, r.reason)),
        ]);
        const headers = ['customer', 'device', 'request', 'why'].map((h) => say(`report.column.${h}`));
        parts.push(`### ${say('report.outcome.refusedTitle')}\n\n${say('report.outcome.refusedIntro')}\n\n${(0,markdown/* table */.tp)(headers, rows)}`);
    }
    if (outcome.counts.skipped > 0) {
        const lines = outcome.skipped.map((s) => `- ${say('report.outcome.skippedLine', { customer: (0,markdown/* code */.aY)(s.slug), reasons: (0,markdown/* escapeMarkdown */.FV)((0,text_list/* sayInTurn */.OQ)(say, s.reasons)), devices: s.devices })}`);
        parts.push(`### ${say('report.outcome.skippedTitle')}\n\n${say('report.outcome.skippedIntro')}\n\n${lines.join('\n')}`);
    }
    if (outcome.failed.length > 0) {
        const failed = deviceTable(outcome.failed, options, (d) => [
            (0,markdown/* escapeMarkdown */.FV)([d.errorCode, d.errorName].filter(Boolean).join(' ') || say('report.outcome.failed')),
            (0,markdown/* escapeMarkdown */.FV)(`${failureWords(d, say)}${d.transient ? ` ${say('report.outcome.retried')}` : ''}`.trim()),
        ]);
        parts.push(`### ${say('report.outcome.failedTitle')}\n\n${failed}`);
    }
    if (outcome.pending.length > 0) {
        const pending = deviceTable(outcome.pending, options, (d) => [(0,markdown/* code */.aY)(d.trackingId ?? ''), '']);
        parts.push(`### ${say('report.outcome.pendingTitle')}\n\n${say('report.outcome.pendingIntro')}\n\n${pending}`);
    }
    return parts;
}
/** The command that creates a missing batch, to copy: a code block under the customer's line. */
function createBatchMarkdown(customer, say) {
    if (!customer.createBatch)
        return '';
    const command = (0,findings_escape/* escapeControls */.UN)(customer.createBatch);
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
            : say('report.outcome.differs', { pr, digest: (0,markdown/* code */.aY)(r.planDigest.slice(0, 16)) });
    })
        .join(say('report.separator'));
}
function deviceTable(devices, options, extra) {
    const { say } = options;
    const rows = devices
        .slice(0, options.maxRows)
        .map((d) => [
        (0,markdown/* code */.aY)(d.customer),
        (0,markdown/* escapeMarkdown */.FV)(say.text((0,identity/* deviceLabelText */.mC)(d))),
        (0,source_link/* sourceLink */._)(d.source, options.links),
        ...extra(d),
    ]);
    const more = devices.length - rows.length;
    const headers = ['customer', 'device', 'source', 'result', 'whatNext'].map((h) => say(`report.column.${h}`));
    return ((0,markdown/* table */.tp)(headers, rows) +
        (more > 0 ? `\n\n${say('report.outcome.moreDevices', { devices: more })}` : ''));
}
function recordsSection(outcome, say) {
    if (outcome.records.length === 0)
        return outcome.dryRun ? '' : say('report.outcome.noRecords');
    const place = outcome.place;
    const where = place.kind === 'commit'
        ? say('report.records.committed', { sha: (0,markdown/* code */.aY)(place.sha.slice(0, 7)) })
        : place.kind === 'pull-request'
            ? say('report.records.pullRequest', { pr: String(place.number) })
            : place.kind === 'working-tree'
                ? say('report.records.workingTree')
                : place.kind === 'temp-only'
                    ? `⚠️ ${say('report.records.notCommitted', { reason: (0,markdown/* escapeMarkdown */.FV)((0,said/* said */.a)(say, place.reason)) })}`
                    : '';
    const copy = outcome.recordsCopy
        ? ` ${say('report.records.copy', { folder: (0,markdown/* code */.aY)(outcome.recordsCopy) })}`
        : '';
    return `### ${say('report.records.title')}\n\n${where}${copy}\n\n${outcome.records.map((r) => `- ${(0,markdown/* code */.aY)(r)}`).join('\n')}`;
}


/***/ }),

/***/ 8393:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  tl: () => (/* reexport */ merged_pull_requests/* PLAN_MARKER */.fN),
  d$: () => (/* binding */ renderPlanMarkdown)
});

// UNUSED EXPORTS: actionLabel, sourceLink

// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/plan/registration-plan.ts
var registration_plan = __webpack_require__(8880);
// EXTERNAL MODULE: ./src/report/said.ts
var said = __webpack_require__(125);
// EXTERNAL MODULE: ./src/report/source-link.ts
var source_link = __webpack_require__(4410);
;// CONCATENATED MODULE: ./src/report/render-plan-sections.ts




/**
 * The deregistrations first and loud, those the merge would refuse too (over the cap), each with
 * the record that registered it: a device leaves Partner Center only when reviewers see it.
 */
function renderDeregistrations(report, options) {
    const { say } = options;
    const asked = devicesWhere(report, (d) => d.action === 'deregister' || (0,registration_plan/* isRefusedDeregistration */.xs)(d));
    if (asked.length === 0)
        return '';
    const going = asked.filter((a) => a.device.action === 'deregister').length;
    const intro = say('report.deregister.intro', { devices: going });
    const headers = ['customer', 'serial', 'model', 'request', 'record'];
    const label = (d) => d.serialNumber || d.productKeyId || '—';
    return `### ⚠️ ${say('report.deregister.title')}\n\n${intro}\n\n${sectionTable(asked, headers, label, options)}`;
}
/** The devices that change group tag, in a section of their own: each is moved between batches. */
function renderRetags(report, options) {
    const { say } = options;
    const moves = devicesWhere(report, (d) => d.action === 'retag');
    if (moves.length === 0)
        return '';
    const intro = say('report.retag.intro');
    const headers = ['customer', 'serial', 'model', 'source', 'move'];
    const label = (d) => d.serialNumber || '—';
    return `### ${say('report.retag.title')}\n\n${intro}\n\n${sectionTable(moves, headers, label, options)}`;
}
function devicesWhere(report, wanted) {
    return report.customers.flatMap((c) => c.devices.filter(wanted).map((device) => ({ customer: c, device })));
}
/** A section's devices across customers: customer, device, model, its line, and why. */
function sectionTable(entries, headers, label, options) {
    const { say } = options;
    const rows = entries
        .slice(0, options.maxDeviceRows)
        .map(({ customer, device }) => [
        (0,markdown/* code */.aY)(customer.slug),
        (0,markdown/* escapeMarkdown */.FV)(label(device)),
        (0,markdown/* escapeMarkdown */.FV)(device.model || '—'),
        (0,source_link/* sourceLink */._)(device.source, options.links),
        (0,markdown/* escapeMarkdown */.FV)((0,said/* said */.a)(say, device.reason)),
    ]);
    const more = entries.length - rows.length;
    const tail = more > 0 ? `\n\n${say('report.plan.moreDevices', { devices: more })}` : '';
    const named = headers.map((h) => say(`report.column.${h}`));
    return `${(0,markdown/* table */.tp)(named, rows)}${tail}`;
}

// EXTERNAL MODULE: ./src/github/merged-pull-requests.ts
var merged_pull_requests = __webpack_require__(2382);
;// CONCATENATED MODULE: ./src/report/render-summary.ts









/** What becomes of a device, in the device table; its column in the counts table. */
function actionLabel(action, say) {
    return say(`report.action.${action}`);
}
function columnLabel(action, say) {
    return action === 'removed' ? say('report.column.removed') : actionLabel(action, say);
}
/** The plan as Markdown: headline, per customer the counts and the device table, then every finding. */
function renderPlanMarkdown(report, options) {
    const parts = [headline(report, options)];
    if (options.note)
        parts.push(`> ${options.note}`);
    const shown = report.customers.filter((c) => !options.activeCustomersOnly || isActive(c, report));
    parts.push(renderDeregistrations(report, options));
    parts.push(renderRetags(report, options));
    for (const customer of shown)
        parts.push(renderCustomer(customer, options));
    const quiet = report.customers.length - shown.length;
    if (quiet > 0)
        parts.push(options.say('report.plan.quietCustomers', { customers: quiet }));
    parts.push(renderFindings(report, options));
    return `${parts.filter(Boolean).join('\n\n')}\n`;
}
function isActive(customer, report) {
    const { register, retry, retag, blocked, removed, deregister } = customer.counts;
    const prefix = `customers/${customer.slug}/`;
    return (customer.blocked ||
        register + retry + retag + blocked + removed + deregister > 0 ||
        report.findings.some((f) => !f.preExisting && f.file.startsWith(prefix)));
}
function headline(report, options) {
    const { say, links } = options;
    const { errors, warnings, notices, preExisting, toRegister, toRetag, devices, rows } = report.summary;
    const { toDeregister } = report.summary;
    const customers = new Set(report.customers.filter((c) => (0,registration_plan/* devicesToSend */.x$)(c) > 0).map((c) => c.slug))
        .size;
    const scope = report.changedFiles === null ? 'report.scope.repository' : 'report.scope.changes';
    const verdict = errors > 0
        ? `❌ ${say('report.plan.errors', { errors, scope: { key: scope } })}`
        : `✅ ${say('report.plan.noErrors', { scope: { key: scope } })}`;
    const merging = say('report.plan.registers', { devices: toRegister, customers }) +
        (toRetag > 0 ? say('report.plan.alsoRetags', { devices: toRetag }) : '') +
        (toDeregister > 0 ? say('report.plan.alsoDeregisters', { devices: toDeregister }) : '');
    const lines = [
        `## ${say('report.plan.title')}`,
        '',
        `${merging}.${rows === devices ? '' : ` ${say('report.plan.repeatedRows', { rows, devices })}`}`,
        '',
        [
            verdict,
            say('report.plan.warnings', { warnings }),
            say('report.plan.notices', { notices }),
            ...(preExisting > 0 ? [say('report.plan.preExisting', { findings: preExisting })] : []),
        ].join(' · '),
        '',
        say('report.plan.digest', { digest: (0,markdown/* code */.aY)(report.digest.slice(0, 16)) }) +
            (links.runUrl ? ` · [${say('report.plan.fullReport')}](${links.runUrl})` : ''),
    ];
    return lines.join('\n');
}
function renderCustomer(customer, options) {
    const { say } = options;
    const title = `### ${(0,markdown/* escapeMarkdown */.FV)(customer.name ?? customer.slug)} (${(0,markdown/* code */.aY)(customer.slug)})`;
    const facts = say('report.plan.customerFacts', {
        tenant: customer.customerId ? (0,markdown/* code */.aY)(customer.customerId) : say('report.plan.unknownTenant'),
        groupTag: customer.groupTag ? (0,markdown/* code */.aY)(customer.groupTag) : say('report.plan.unknownGroupTag'),
    });
    const blocked = customer.blocked
        ? `\n\n${say('report.plan.blocked', { reasons: (0,markdown/* escapeMarkdown */.FV)((0,text_list/* sayInTurn */.OQ)(say, customer.blockReasons)) })}`
        : '';
    // Deregistrations first; the retag and deregister columns only where there are some.
    const columns = ['deregister', ...registration_plan/* DEVICE_ACTIONS */.Zh.filter((a) => a !== 'deregister')];
    const rare = (a) => a === 'retag' || a === 'deregister';
    const shownColumns = columns.filter((a) => !rare(a) || customer.counts[a] > 0);
    const counts = (0,markdown/* table */.tp)(shownColumns.map((a) => columnLabel(a, say)), [shownColumns.map((a) => say.number(customer.counts[a]))]);
    const parts = [`${title}\n\n${facts}${blocked}`, counts];
    if (options.deviceTables && customer.devices.length > 0)
        parts.push(deviceTable(customer.devices, options));
    return parts.join('\n\n');
}
/** The devices that change something come first; the already registered last. */
const ORDER = {
    deregister: -1,
    blocked: 0,
    register: 1,
    retry: 2,
    retag: 3,
    removed: 4,
    already: 5,
};
function deviceTable(devices, options) {
    const { say } = options;
    const sorted = [...devices].sort((a, b) => ORDER[a.action] - ORDER[b.action]);
    const shown = sorted.slice(0, options.maxDeviceRows);
    const rows = shown.map((d) => [
        (0,markdown/* escapeMarkdown */.FV)(d.serialNumber || '—'),
        (0,markdown/* escapeMarkdown */.FV)(d.manufacturer || '—'),
        (0,markdown/* escapeMarkdown */.FV)(d.model || '—'),
        (0,source_link/* sourceLink */._)(d.source, options.links),
        (0,markdown/* escapeMarkdown */.FV)(d.reason
            ? say('report.plan.outcomeBecause', {
                outcome: actionLabel(d.action, say),
                reason: (0,said/* said */.a)(say, d.reason),
            })
            : actionLabel(d.action, say)),
    ]);
    const more = sorted.length - shown.length;
    const headers = ['serial', 'manufacturer', 'model', 'source', 'outcome'];
    const body = (0,markdown/* table */.tp)(headers.map((h) => say(`report.column.${h}`)), rows);
    const tail = more > 0 ? `\n\n${say('report.plan.moreDevices', { devices: more })}` : '';
    return `<details><summary>${say('report.devices', { devices: devices.length })}</summary>\n\n${body}${tail}\n\n</details>`;
}
function renderFindings(report, options) {
    const { say } = options;
    const current = report.findings.filter((f) => !f.preExisting);
    const old = report.findings.filter((f) => f.preExisting);
    const parts = [];
    if (current.length > 0) {
        parts.push(`### ${say(report.changedFiles === null ? 'report.findings.title' : 'report.findings.titleChanged')}`);
        parts.push(findingTable(current, options));
    }
    if (old.length > 0) {
        parts.push(`### ${say('report.findings.preExistingTitle')}`);
        parts.push(findingTable(old, options));
    }
    return parts.join('\n\n');
}
function findingTable(findings, options) {
    const { say } = options;
    const shown = findings.slice(0, options.maxFindings);
    const rows = shown.map((f) => {
        const words = (0,finding/* findingWords */.Hu)(f, say);
        return [
            say(`report.severity.${f.severity}`),
            f.rule,
            (0,source_link/* sourceLink */._)(`${f.file}:${f.line}`, options.links, f.column),
            `${(0,markdown/* escapeMarkdown */.FV)(words.message)}<br>${say('report.findings.fix', { hint: (0,markdown/* escapeMarkdown */.FV)(words.hint) })}`,
        ];
    });
    const more = findings.length - shown.length;
    const headers = ['severity', 'rule', 'where', 'finding'];
    return ((0,markdown/* table */.tp)(headers.map((h) => say(`report.column.${h}`)), rows) + (more > 0 ? `\n\n${say('report.findings.more', { findings: more })}` : ''));
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


/***/ }),

/***/ 4410:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _: () => (/* binding */ sourceLink)
/* harmony export */ });
/* harmony import */ var _findings_credential_shapes_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(4040);
/* harmony import */ var _findings_escape_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(5023);
/* harmony import */ var _findings_markdown_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3165);



function sourceLink(source, links, column) {
    const match = /^(.*):(\d+)$/.exec(source);
    const text = (0,_findings_markdown_js__WEBPACK_IMPORTED_MODULE_2__/* .escapeMarkdown */ .FV)(column === undefined ? source : `${source}:${column}`);
    // Only a path and a line number become a link; a record could say anything in `source`.
    if (!match || !links.repositoryUrl || !links.ref)
        return text;
    // Every character of the target that could end the link or be read as markup is encoded, and
    // what is shaped like a credential is not carried into it (the text is redacted as it is escaped).
    const path = (0,_findings_credential_shapes_js__WEBPACK_IMPORTED_MODULE_0__/* .redactShapes */ .Y)(match[1] ?? '')
        .split('/')
        .map(_findings_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUrlPart */ .hK)
        .join('/');
    return `[${text}](${links.repositoryUrl}/blob/${(0,_findings_escape_js__WEBPACK_IMPORTED_MODULE_1__/* .encodeUrlPart */ .hK)(links.ref)}/${path}#L${match[2]})`;
}


/***/ })

};
