export const id = 3;
export const ids = [3];
export const modules = {

/***/ 3003:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runAdopt: () => (/* binding */ runAdopt)
});

// EXTERNAL MODULE: external "node:crypto"
var external_node_crypto_ = __webpack_require__(7598);
// EXTERNAL MODULE: ./src/findings/error-words.ts
var error_words = __webpack_require__(6564);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/github/files-pull-request.ts
var files_pull_request = __webpack_require__(1498);
// EXTERNAL MODULE: ./src/messages/catalogue.ts + 46 modules
var catalogue = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/repo/local-repository.ts + 6 modules
var local_repository = __webpack_require__(1573);
// EXTERNAL MODULE: ./src/repo/paths.ts
var paths = __webpack_require__(2711);
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
    const name = (0,record_schema/* recordFileName */.Tb)(meta.at, meta.commit, { id: meta.runId });
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
    const tags = (0,customer_schema/* tagsOf */.Fg)(customer);
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

// EXTERNAL MODULE: ./src/action/setup.ts + 1 modules
var action_setup = __webpack_require__(7423);
// EXTERNAL MODULE: ./src/action/sign-in.ts + 12 modules
var sign_in = __webpack_require__(1380);
;// CONCATENATED MODULE: ./src/action/run-adopt.ts











/**
 * `adopt` (workflow_dispatch, input `customer`): what Partner Center already has for the customer
 * and the records lack, as a pull request that adds the device file and the adoption record, to
 * be reviewed like any change. Read-only in Partner Center, app-only.
 */
async function runAdopt(setup) {
    const { out, inputs, env } = setup;
    if (!inputs.customer)
        throw (0,error_words/* textError */.MZ)('error.setup.adoptCustomer');
    const branch = setup.event.defaultBranch ?? setup.event.branch ?? 'main';
    const github = (0,action_setup/* gitHubOf */.T)(setup, branch);
    if (!github)
        throw (0,error_words/* textError */.MZ)('error.setup.adoptGitHub');
    const repository = (0,local_repository/* localRepository */.i)(setup);
    const commit = (await repository.head()) ?? env.GITHUB_SHA ?? '';
    const runId = (0,external_node_crypto_.randomBytes)(4).toString('hex');
    const signIn = (0,sign_in/* appOnlySignIn */.UZ)(setup);
    const result = await adoptCustomer({
        repository,
        partnerCenter: (0,sign_in/* partnerCenterFromInputs */.$t)(setup, (0,action_setup/* actionContext */.G)(out), signIn),
        slug: inputs.customer,
        commit,
        at: new Date(),
        runId,
    });
    const say = (0,catalogue/* sayer */.BF)(inputs.language);
    const text = renderAdoptionText(result, say);
    for (const line of text.trimEnd().split('\n'))
        out.info(line);
    // The text in a code block of the pull request and the summary: no backtick can end it.
    const block = `\`\`\`\n${text.replaceAll('`', "'")}\`\`\`\n`;
    let pullRequest = '';
    if (result.files.length > 0) {
        const opened = await (0,files_pull_request/* openFilesPullRequest */.C)(github.client, {
            owner: github.owner,
            repo: github.repo,
            base: branch,
            branch: `${files_pull_request/* ADOPTION_BRANCH_PREFIX */.n}${result.slug}-${runId}`,
            files: result.files.map((f) => ({ ...f, path: (0,paths/* fromTopLevel */.iD)(repository.prefix, f.path) })),
            // The pull request's title, and the message of its commit.
            message: say('report.adoption.pullRequestTitle', {
                devices: result.adopted + result.fromRows,
                customer: result.slug,
            }),
            body: out.redactMarkdown(`${adoptionIntro(result, say)}\n\n${block}`),
        });
        pullRequest = opened.url;
        out.info(`Adoption pull request: ${opened.url}`);
    }
    const link = pullRequest ? `\n${say('report.adoption.pullRequest', { url: pullRequest })}\n` : '';
    await out.summary(`## ${say('report.adoption.title')}\n\n${block}${link}`);
    out.output('adopted', String(result.adopted + result.fromRows));
    out.output('adoption-pull-request', pullRequest);
}
/** The adoption pull request's first lines: what it holds, and what its reviewers do. */
function adoptionIntro(result, say) {
    return say('report.adoption.intro', {
        batches: result.groupTags.length,
        tags: result.groupTags.map((t) => `\`${(0,markdown/* escapeMarkdown */.FV)(t)}\``).join(', '),
        customer: `\`${(0,markdown/* escapeMarkdown */.FV)(result.slug)}\``,
    });
}


/***/ }),

/***/ 1498:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   C: () => (/* binding */ openFilesPullRequest),
/* harmony export */   n: () => (/* binding */ ADOPTION_BRANCH_PREFIX)
/* harmony export */ });
/* harmony import */ var _records_commit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6899);

/** Branches of adoption pull requests: `autopilot-gitops/adopt-<slug>-<run id>`. */
const ADOPTION_BRANCH_PREFIX = 'autopilot-gitops/adopt-';
/**
 * New files as a pull request against `base`: one commit on a new branch, made through the Git
 * database API as the workflow's token, never on `base` itself: what they say is reviewed first.
 */
async function openFilesPullRequest(client, options) {
    const repo = { owner: options.owner, repo: options.repo };
    const head = await (0,_records_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .branchHead */ .P)(client, repo, options.base);
    const commit = await (0,_records_commit_js__WEBPACK_IMPORTED_MODULE_0__/* .commitOnTop */ .QN)(client, repo, head, options.files, options.message);
    await client.rest.git.createRef({ ...repo, ref: `refs/heads/${options.branch}`, sha: commit });
    const pull = await client.rest.pulls.create({
        ...repo,
        base: options.base,
        head: options.branch,
        title: options.message,
        body: options.body,
    });
    return { number: pull.data.number, url: pull.data.html_url };
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


/***/ })

};
