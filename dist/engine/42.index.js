export const id = 42;
export const ids = [42];
export const modules = {

/***/ 42:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runDoctorCommand: () => (/* binding */ runDoctorCommand)
});

// EXTERNAL MODULE: ./src/repo/local-repository.ts + 2 modules
var local_repository = __webpack_require__(8155);
// EXTERNAL MODULE: ./src/report/check-words.ts
var check_words = __webpack_require__(7666);
// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/findings/markdown.ts
var markdown = __webpack_require__(3165);
// EXTERNAL MODULE: ./src/report/said.ts
var report_said = __webpack_require__(125);
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
            detail: (0,report_said/* said */.a)(say, s.detail),
        });
        lines.push(`  ${line}`);
    }
    for (const c of report.customers) {
        const batches = c.batches.map((b) => batchText(b, say)).join(say('report.separator'));
        const standing = say(c.ready ? 'report.doctor.customerReady' : 'report.doctor.customerNotReady');
        const separator = say('report.separator');
        const problem = c.problem ? `${separator}${(0,report_said/* said */.a)(say, c.problem)}` : '';
        lines.push(`  ${say('report.doctor.customerLine', { customer: c.slug, standing })}${batches ? `${separator}${batches}` : ''}${problem}`);
    }
    return `${lines.map(findings_escape/* escapeControls */.UN).join('\n')}\n`;
}
/** The preflight as Markdown, for the job summary. */
function renderDoctorMarkdown(report, say) {
    const signIns = table(['signIn', 'result', 'detail'].map((h) => say(`report.column.${h}`)), report.signIns.map((s) => [
        say(`report.doctor.mode.${s.mode}`),
        s.ok ? `✅ ${say('report.doctor.ok')}` : `❌ ${say('report.doctor.failed')}`,
        escapeMarkdown(said(say, s.detail)),
    ]));
    const headers = ['customer', 'partnerCenter', 'batches', 'ready', 'whatToDo'];
    const customers = table(headers.map((h) => say(`report.column.${h}`)), report.customers.map((c) => [
        code(c.slug),
        say(c.reachable ? 'report.doctor.reachable' : 'report.doctor.notReached'),
        escapeMarkdown(c.batches.map((b) => batchText(b, say)).join(say('report.separator'))),
        c.ready ? '✅' : '❌',
        escapeMarkdown(said(say, c.problem)),
    ]));
    return `## ${say('report.doctor.title')}\n\n**${escapeMarkdown(headline(report, say))}**\n\n${signIns}\n\n${customers}\n`;
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
            tags: customer ? (0,customer_schema.tagsOf)(customer) : [],
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

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/partner-center-access.ts
var partner_center_access = __webpack_require__(447);
;// CONCATENATED MODULE: ./src/cli/doctor-command.ts






/**
 * `doctor`: before the first merge, whether it would work. Signs in as the merge would (app-only,
 * and App+User with a refresh token) and asks Partner Center, read-only, for each customer's
 * batches. Exit 0 only when every customer would register.
 */
async function runDoctorCommand(given, options, io) {
    const { root, partnerCenter } = await (0,partner_center_access/* partnerCenterAccess */.C)('doctor', given, options, {
        ...io,
        appUser: true,
    });
    const report = await doctor({
        repository: (0,local_repository/* localRepository */.i)({ root, topLevel: root }),
        partnerCenter,
    });
    io.stdout(options.format === 'json'
        ? `${JSON.stringify((0,check_words/* doctorInWords */.G)(report, (0,cli_io/* sayOf */.J)(io)), null, 2)}\n`
        : renderDoctorText(report, (0,cli_io/* sayOf */.J)(io)));
    return report.ready ? 0 : 1;
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
