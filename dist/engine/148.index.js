export const id = 148;
export const ids = [148];
export const modules = {

/***/ 8691:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runValidate: () => (/* binding */ runValidate)
});

// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/report/render-text.ts
var render_text = __webpack_require__(5534);
// EXTERNAL MODULE: ./src/report/report-words.ts
var report_words = __webpack_require__(3926);
// EXTERNAL MODULE: ./src/config/customer-schema.ts
var customer_schema = __webpack_require__(2538);
// EXTERNAL MODULE: ./src/plan/build-plan.ts + 4 modules
var build_plan = __webpack_require__(3708);
// EXTERNAL MODULE: ./src/repo/inspect-repository.ts + 3 modules
var inspect_repository = __webpack_require__(1849);
// EXTERNAL MODULE: ./src/rules/duplicates.ts
var duplicates = __webpack_require__(1589);
;// CONCATENATED MODULE: ./src/use-cases/validate-repository.ts





/** Validates a repository (or loose files) offline: every rule, every file, duplicates across all of it. */
async function validateRepository(options) {
    const inspection = await (0,inspect_repository/* inspectRepository */.F)(options);
    // The plan adds what the registration records say (AP504, AP505, AP604); with no record it
    // has nothing to add, and a repository before its first registration is spared building it.
    const { ledger } = inspection;
    if (ledger.customers.size === 0 && ledger.unreadable.size === 0)
        return summarise(inspection, options.scope);
    return summarise({ ...inspection, findings: (0,build_plan/* buildPlan */.G)(inspection).findings }, options.scope);
}
/** The report of an inspection, restricted to a scope. */
function summarise(inspection, scope) {
    const inScope = scopeFilter(scope, inspection);
    const scoped = inspection.findings.filter((f) => inScope(f.file)).sort(finding/* compareFindings */.Eg);
    const reports = [...inspection.customers.flatMap((c) => c.reports), ...inspection.strayReports];
    const scopedReports = reports.filter((r) => inScope(r.file));
    const counts = (0,finding/* countBySeverity */.Ot)(scoped);
    const devicesIn = (list) => list.filter((r) => inScope(r.file)).flatMap((r) => r.devices);
    const rows = devicesIn(reports);
    const distinct = (0,duplicates/* hasDuplicateFindings */.IO)(inspection.findings)
        ? duplicates/* countDevices */.Rh
        : (list) => list.length;
    return {
        schemaVersion: 1,
        summary: {
            files: scopedReports.length,
            devices: distinct(rows),
            rows: rows.length,
            errors: counts.error,
            warnings: counts.warning,
            notices: counts.notice,
        },
        findings: scoped,
        customers: inspection.customers
            .filter((c) => inScope(c.folder.configFile) || c.folder.deviceFiles.some(inScope))
            .map(({ folder, customer, reports: own }) => ({
            slug: folder.slug,
            name: customer?.name ?? null,
            customerId: customer?.customerId ?? null,
            groupTag: customer?.groupTag ?? null,
            ...(customer && (0,customer_schema.tagsOf)(customer).length > 1 ? { groupTags: (0,customer_schema.tagsOf)(customer) } : {}),
            devices: distinct(devicesIn(own)),
        })),
    };
}
/** A file is in scope when it is, or lies under, a scope path; a customer's customer.yml is in scope with any of its files. */
function scopeFilter(scope, inspection) {
    if (!scope || scope.length === 0 || scope.includes(''))
        return () => true;
    const prefixes = scope.map((s) => s.replace(/\/+$/, ''));
    const covers = (file) => prefixes.some((p) => file === p || file.startsWith(`${p}/`));
    const touched = new Set(inspection.customers
        .filter((c) => c.folder.deviceFiles.some(covers))
        .map((c) => c.folder.configFile));
    return (file) => covers(file) || touched.has(file);
}

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/locate.ts
var locate = __webpack_require__(2842);
// EXTERNAL MODULE: ./src/cli/write-json.ts + 1 modules
var write_json = __webpack_require__(9006);
;// CONCATENATED MODULE: ./src/cli/validate-command.ts







/** `validate`: every rule over the paths given, each checked against its whole repository. */
async function runValidate(paths, format, io) {
    const targets = await (0,locate/* locateTargets */.ZH)(paths, io.cwd);
    const reports = [];
    for (const target of targets) {
        reports.push(await validateRepository({
            root: target.root,
            scope: target.scope,
            ...(target.looseFiles ? { looseFiles: target.looseFiles } : {}),
            ...(io.checker ? { checker: io.checker } : {}),
        }));
    }
    const report = mergeReports(reports);
    const say = (0,cli_io/* sayOf */.J)(io);
    if (format === 'json')
        await (0,write_json/* writeJson */.G)(report, io, (0,report_words/* wordsReplacer */.K)(say));
    else
        io.stdout((0,render_text/* renderText */.S5)(report, say));
    return report.summary.errors > 0 ? 1 : 0;
}
/** One report for several repositories (or loose files): findings in order, every count added up. */
function mergeReports(reports) {
    const [first, ...rest] = reports;
    // locateTargets gives one target at least: `.` when no path is named.
    if (!first)
        throw new Error('no path to validate');
    if (rest.length === 0)
        return first;
    const summary = { ...first.summary };
    for (const key of Object.keys(summary))
        summary[key] = reports.reduce((n, r) => n + r.summary[key], 0);
    return {
        schemaVersion: 1,
        summary,
        findings: reports.flatMap((r) => r.findings).sort(finding/* compareFindings */.Eg),
        customers: reports.flatMap((r) => r.customers),
    };
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
