export const id = 893;
export const ids = [893];
export const modules = {

/***/ 1893:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runPlan: () => (/* binding */ runPlan)
});

// EXTERNAL MODULE: ./src/github/repository.ts
var github_repository = __webpack_require__(651);
// EXTERNAL MODULE: ./src/messages/catalogue.ts + 46 modules
var catalogue = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/plan/plan-report.ts
var plan_report = __webpack_require__(6711);
// EXTERNAL MODULE: ./src/repo/local-repository.ts + 6 modules
var local_repository = __webpack_require__(1573);
// EXTERNAL MODULE: ./src/report/fit-markdown.ts
var fit_markdown = __webpack_require__(2775);
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
        const match = record_schema/* RECORD_FILE */.lt.exec(file);
        if (!match?.[1])
            continue;
        // Only the registration run writes records: one that a pull request adds is as suspect as an edit.
        const message = (0,text_of/* text */.Q)(`repo.record.${change.status}`, { file });
        findings.push((0,finding/* finding */.gk)('AP606', { file: change.path, line: 1 }, message));
        unreadable.add(match[1]);
    }
    return { ...inspection, findings, ledger: { ...inspection.ledger, unreadable } };
}

// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/plan/registration-plan.ts
var registration_plan = __webpack_require__(8880);
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
    const report = (0,plan_report/* buildPlanReport */.eb)(plan, input.changed?.map((c) => c.path) ?? null);
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

// EXTERNAL MODULE: ./src/github/files-pull-request.ts
var files_pull_request = __webpack_require__(1498);
// EXTERNAL MODULE: ./src/github/pull-request.ts
var pull_request = __webpack_require__(2524);
// EXTERNAL MODULE: ./src/github/records-commit.ts
var records_commit = __webpack_require__(6899);
// EXTERNAL MODULE: ./src/plan/records-pull-request.ts
var records_pull_request = __webpack_require__(2317);
// EXTERNAL MODULE: ./src/repo/paths.ts
var paths = __webpack_require__(2711);
;// CONCATENATED MODULE: ./src/use-cases/plan-pull-request.ts







/** The pull request run: its changed files, then the plan they make. */
async function planPullRequest(input) {
    const { changed, source } = await findChanges(input);
    const pr = input.pullRequest;
    const adoptionPullRequest = changed !== null && (0,records_pull_request/* isAdoptionPullRequest */.xj)(pr, changed, files_pull_request/* ADOPTION_BRANCH_PREFIX */.n);
    const recordsPullRequest = adoptionPullRequest ||
        (changed !== null && (0,records_pull_request/* isRecordsPullRequest */.XG)(pr, changed, records_commit/* RECORDS_BRANCH_PREFIX */.jg));
    const result = await planChanges({
        repository: input.repository,
        changed,
        recordsPullRequest,
        partnerCenter: input.partnerCenter,
        ...(input.maxDeregistrations === undefined
            ? {}
            : { maxDeregistrations: input.maxDeregistrations }),
    });
    return { ...result, changesSource: source, recordsPullRequest, adoptionPullRequest };
}
/** The pull request's files from the GitHub API, else from git when the checkout has both commits. */
async function findChanges(input) {
    const { repository, pullRequest: pr, github } = input;
    let apiProblem = 'no github-token';
    if (github) {
        try {
            const files = await (0,pull_request/* listPullRequestFiles */.cq)(github.client, { ...github, number: pr.number });
            return { changed: (0,paths/* changesInRoot */.PX)(files, repository.prefix), source: { kind: 'api' } };
        }
        catch (error) {
            apiProblem = (0,error_message/* errorMessage */.g)(error);
            input.context.warn(`Could not list the pull request's files through the GitHub API: ${apiProblem}`);
        }
    }
    if (await repository.hasCommits([pr.baseSha, pr.headSha])) {
        return {
            changed: await repository.changedSince(pr.baseSha, pr.headSha),
            source: { kind: 'git', base: pr.baseSha, head: pr.headSha, apiProblem },
        };
    }
    return { changed: null, source: { kind: 'none', apiProblem } };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/github/merged-pull-requests.ts
var merged_pull_requests = __webpack_require__(2382);
// EXTERNAL MODULE: ./src/report/render-summary.ts + 1 modules
var render_summary = __webpack_require__(8393);
// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
;// CONCATENATED MODULE: ./src/report/render-text.ts


/** Compiler-style lines, one finding each with its fix beneath, then a closing count. */
function renderText(report, say) {
    const lines = [];
    for (const f of report.findings) {
        lines.push(formatFinding(f, say));
        lines.push(`    ${say('report.text.fix', { hint: findingWords(f, say).hint })}`);
    }
    if (lines.length > 0)
        lines.push('');
    lines.push(renderCounts(report, say));
    return `${lines.join('\n')}\n`;
}
/** The file name is the partner's: its controls are escaped (the message and hint already are). */
function formatFinding(f, say) {
    const severity = say(`report.severity.${f.severity}`);
    return `${(0,findings_escape/* escapeControls */.UN)(f.file)}:${f.line}:${f.column}  ${severity.padEnd(7)} ${f.rule}  ${(0,finding/* findingWords */.Hu)(f, say).message}`;
}
/** `3 files, 5 devices: …`; `in 6 rows` after the devices when a device is listed more than once. */
function renderCounts(report, say) {
    const { files, devices, rows, errors, warnings, notices } = report.summary;
    const found = say('report.text.found', { errors, warnings, notices });
    return rows === devices
        ? say('report.text.counts', { files, devices, found })
        : say('report.text.countsInRows', { files, devices, rows, found });
}

// EXTERNAL MODULE: ./src/messages/text.ts
var messages_text = __webpack_require__(2709);
;// CONCATENATED MODULE: ./src/report/report-words.ts


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
            words = (0,finding/* oneLine */.TN)(say.text(value));
            said.set(value, words);
        }
        return words;
    };
}
/** A Text and nothing more: no other object of a report is shaped `{ key, params? }`. */
function isBareText(value) {
    if (!(0,messages_text/* isText */.K)(value))
        return false;
    for (const field in value)
        if (field !== 'key' && field !== 'params')
            return false;
    return true;
}

;// CONCATENATED MODULE: ./src/report/select-annotations.ts

/** GitHub shows at most 10 annotations of each severity per step. */
const ANNOTATIONS_PER_SEVERITY = 10;
/**
 * The findings to annotate on their lines: those of the changed files, errors first, within
 * GitHub's caps. The rest are counted, for "N more in the summary".
 */
function selectAnnotations(findings) {
    const current = findings
        .filter((f) => !f.preExisting)
        .sort((a, b) => finding/* SEVERITY_ORDER */.B[a.severity] - finding/* SEVERITY_ORDER */.B[b.severity]);
    const taken = { error: 0, warning: 0, notice: 0 };
    const annotate = [];
    for (const f of current) {
        if (taken[f.severity] >= ANNOTATIONS_PER_SEVERITY)
            continue;
        taken[f.severity] += 1;
        annotate.push(f);
    }
    return { annotate, more: current.length - annotate.length };
}

// EXTERNAL MODULE: ./src/action/runner.ts
var runner = __webpack_require__(5242);
;// CONCATENATED MODULE: ./src/action/plan-surfaces.ts















// How a plan reaches the runner's surfaces: the log, annotations, the sticky comment, outputs,
// each through RunnerOutput, which redacts and escapes.
const LOGGED_FINDINGS = 1000;
/** Every finding that counts, compiler-style, in the log: annotations are capped, the log is not. */
function logFindings(out, report, prefix, say) {
    const current = report.findings.filter((f) => !f.preExisting);
    for (const f of current.slice(0, LOGGED_FINDINGS)) {
        out.info(formatFinding({ ...f, file: (0,paths/* fromTopLevel */.iD)(prefix, f.file) }, say));
    }
    if (current.length > LOGGED_FINDINGS) {
        out.info(`…and ${current.length - LOGGED_FINDINGS} more in the JSON report.`);
    }
}
function annotateFindings(out, report, prefix, say) {
    const { annotate, more } = selectAnnotations(report.findings);
    for (const f of annotate) {
        const properties = {
            title: say('report.annotation.title', {
                rule: f.rule,
                severity: { key: `report.severity.${f.severity}` },
            }),
            file: (0,paths/* fromTopLevel */.iD)(prefix, f.file),
            startLine: f.line,
            startColumn: f.column,
        };
        const words = (0,finding/* findingWords */.Hu)(f, say);
        out.annotate(f.severity, `${words.message}\n${say('report.findings.fix', { hint: words.hint })}`, properties);
    }
    if (more > 0)
        out.info(`${more} more finding(s) in the job summary.`);
}
/**
 * The sentences under the summary's title, in Markdown: where the changes came from, what Partner
 * Center said. What GitHub and Partner Center said is redacted, then escaped.
 */
function planNotes(out, result, say) {
    return [
        result.changesSource
            ? say('report.notes.changedFiles', { source: describeSource(out, result.changesSource, say) })
            : '',
        result.adoptionPullRequest
            ? say('report.notes.adoptionPullRequest')
            : result.recordsPullRequest
                ? say('report.notes.recordsPullRequest')
                : '',
        result.partnerCenter ? partnerCenterNote(out, result.partnerCenter, say) : '',
    ];
}
function describeSource(out, source, say) {
    if (source.kind === 'api')
        return say('report.notes.sourceApi');
    const problem = (0,markdown/* escapeMarkdown */.FV)(out.redact(source.apiProblem));
    if (source.kind === 'git')
        return say('report.notes.sourceGit', {
            base: source.base.slice(0, 7),
            head: source.head.slice(0, 7),
            problem,
        });
    return say('report.notes.sourceEveryFile', { problem });
}
function partnerCenterNote(out, check, say) {
    if (check.kind === 'failed') {
        out.warning(`Could not ask Partner Center which devices it already has: ${check.reason}`);
        return say('report.notes.partnerCenterFailed');
    }
    // The log keeps its English line for support; the summary says it in the run's language.
    out.info(`Partner Center asked read-only for ${check.customers} customer(s): ${check.found} device(s) to register are already in their batch.`);
    for (const problem of check.problems)
        out.warning(`Partner Center not asked for ${(0,catalogue/* english */.x3)(problem)}`);
    const line = say('report.notes.partnerCenterAsked', {
        customers: check.customers,
        found: check.found,
    });
    const problems = check.problems.map((problem) => say.text(problem)).join(say('report.separator'));
    // Partner Center's words and batch names go into the summary's Markdown: redacted, escaped.
    return check.problems.length > 0
        ? `${line} ${say('report.notes.notAskedFor', { problems: (0,markdown/* escapeMarkdown */.FV)(out.redact(problems)) })}`
        : line;
}
/** The one sticky comment of the pull request, updated in place. */
async function commentPlan(out, github, pr, report, links, say) {
    if (!github)
        return say('report.notes.noCommentNoToken');
    try {
        const { body, content } = (0,fit_markdown/* renderComment */.wQ)(report, links, say);
        const outcome = await (0,pull_request/* upsertStickyComment */.qD)(github.client, { ...github, number: pr.number }, render_summary/* MARKER */.tl, 
        // The merge run reads it back to say whether it executes the plan that was reviewed.
        `${(0,merged_pull_requests/* planDigestLine */.Kk)(report.digest)}\n${out.redactMarkdown(body)}`, out.redactMarkdown(content));
        return say(`report.notes.comment.${outcome}`);
    }
    catch (error) {
        const status = (0,pull_request/* statusOf */.c2)(error);
        if (status === 403 || status === 404) {
            return say('report.notes.noCommentReadOnly');
        }
        out.warning(`Could not write the pull request comment: ${(0,error_message/* errorMessage */.g)(error)}`);
        return say('report.notes.noCommentRefused');
    }
}
function setPlanOutputs(out, report, reportFile) {
    out.output('errors', report.summary.errors);
    out.output('warnings', report.summary.warnings);
    out.output('notices', report.summary.notices);
    out.output('devices', report.summary.devices);
    out.output('rows', report.summary.rows);
    out.output('to-register', report.summary.toRegister);
    out.output('to-retag', report.summary.toRetag);
    out.output('plan-digest', report.digest);
    out.output('report', reportFile);
    out.info(`Plan ${report.digest.slice(0, 16)}: ${report.summary.toRegister} device(s) to register; ${report.summary.errors} error(s), ${report.summary.warnings} warning(s), ${report.summary.preExisting} pre-existing finding(s).`);
}
/**
 * The full plan as JSON in the runner's temp folder: the `report` output, which a later step may
 * publish. Redacted as text: JSON escapes nothing a credential's shape is made of, and the
 * Redactor knows the JSON-escaped form of each secret.
 */
async function writeReport(out, report, env, say) {
    const dir = (0,runner/* runnerTemp */.X5)(env);
    await (0,promises_.mkdir)(dir, { recursive: true });
    const file = external_node_path_default().join(dir, `autopilot-gitops-plan-${(0,runner/* runStamp */.bB)(env)}.json`);
    await (0,promises_.writeFile)(file, `${out.redact(JSON.stringify(report, wordsReplacer(say), 2))}\n`);
    return file;
}

// EXTERNAL MODULE: ./src/action/setup.ts + 1 modules
var action_setup = __webpack_require__(7423);
// EXTERNAL MODULE: ./src/action/sign-in.ts + 12 modules
var sign_in = __webpack_require__(1380);
;// CONCATENATED MODULE: ./src/action/run-plan.ts











/**
 * `validate` and `plan`: the plan of the repository (of the pull request's changes, on a pull
 * request), rendered as annotations, the job summary, the sticky comment and outputs.
 */
async function runPlan(setup, command) {
    const { inputs, env, out, redactor } = setup;
    const pr = command === 'plan' ? setup.event.pullRequest : undefined;
    const context = (0,action_setup/* actionContext */.G)(out);
    const repository = (0,local_repository/* localRepository */.i)(setup);
    const github = (0,github_repository/* gitHubRepository */.W)({
        token: inputs.githubToken,
        apiUrl: env.GITHUB_API_URL,
        fullName: pr ? `${pr.owner}/${pr.repo}` : env.GITHUB_REPOSITORY,
        branch: pr?.headRef ?? setup.event.branch,
        redact: redactor.redact,
    });
    const result = pr
        ? await planPullRequest({
            repository,
            pullRequest: pr,
            github,
            partnerCenter: (0,sign_in/* hasSignIn */.B0)(inputs)
                ? (0,sign_in/* partnerCenterFromInputs */.$t)(setup, context, (0,sign_in/* lazySignIn */.DZ)(setup))
                : null,
            context,
            maxDeregistrations: inputs.maxDeregistrations,
        })
        : await planChanges({
            repository,
            changed: null,
            maxDeregistrations: inputs.maxDeregistrations,
        });
    const { report } = result;
    const links = (0,runner/* linksOf */.hP)(env, pr?.headSha ?? env.GITHUB_SHA);
    const say = (0,catalogue/* sayer */.BF)(inputs.language);
    const reportFile = await writeReport(out, report, env, say);
    logFindings(out, report, repository.prefix, say);
    annotateFindings(out, report, repository.prefix, say);
    const notes = planNotes(out, result, say);
    if (pr && inputs.comment)
        notes.push(await commentPlan(out, github, pr, report, links, say));
    await out.summary((0,fit_markdown/* renderSummary */.Br)(report, links, say, notes.filter(Boolean).join(' ')));
    setPlanOutputs(out, report, reportFile);
    const failure = (0,plan_report/* failureReason */.Hr)(report, inputs.failOn);
    if (failure)
        out.failed(say('report.run.seeAnnotations', { failure: say.text(failure) }));
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


/***/ })

};
