export const id = 534;
export const ids = [534];
export const modules = {

/***/ 3251:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DW: () => (/* binding */ nearestTag),
/* harmony export */   P: () => (/* binding */ groupTagProblem),
/* harmony export */   ik: () => (/* binding */ squashTag)
/* harmony export */ });
/* harmony import */ var _findings_shorten_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(1459);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8807);
/* harmony import */ var _customer_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2538);



/** A Managed Desktop group tag must match one of Microsoft's tags exactly; near misses are named. */
function groupTagProblem(tag, managedDesktop) {
    if (!managedDesktop || _customer_schema_js__WEBPACK_IMPORTED_MODULE_0__.MANAGED_DESKTOP_GROUP_TAGS.includes(tag)) {
        return undefined;
    }
    const near = nearestTag(tag, _customer_schema_js__WEBPACK_IMPORTED_MODULE_0__.MANAGED_DESKTOP_GROUP_TAGS);
    const tags = _customer_schema_js__WEBPACK_IMPORTED_MODULE_0__.MANAGED_DESKTOP_GROUP_TAGS.map((t) => `\`${t}\``).join(', ');
    return {
        message: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Q)('repo.groupTag.notManaged', { tag: (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_2__/* .shorten */ .m)(tag, 40), near }),
        hint: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Q)('repo.groupTag.notManagedHint', { tags }),
        ...(near ? { near } : {}),
    };
}
/** Case and punctuation aside, the same tag: how a folder or a cell meant as a tag is told apart. */
const squashTag = (s) => s.toLowerCase().replace(/[^a-z0-9]/g, '');
/** The candidate a tag was most likely meant to be, if one is near enough. */
function nearestTag(tag, candidates) {
    const squash = squashTag;
    let best;
    let bestDistance = Infinity;
    for (const candidate of candidates) {
        const distance = squash(candidate) === squash(tag)
            ? 0
            : editDistance(candidate.toLowerCase(), tag.toLowerCase());
        if (distance < bestDistance) {
            best = candidate;
            bestDistance = distance;
        }
    }
    return bestDistance <= 4 ? best : undefined;
}
function editDistance(a, b) {
    let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
    for (let i = 1; i <= a.length; i++) {
        const current = [i];
        for (let j = 1; j <= b.length; j++) {
            const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
            current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
        }
        previous = current;
    }
    return previous[b.length] ?? 0;
}


/***/ }),

/***/ 189:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Ep: () => (/* binding */ missingCustomerFinding),
/* harmony export */   OZ: () => (/* binding */ SLUG),
/* harmony export */   T0: () => (/* binding */ oversizedCustomerFinding),
/* harmony export */   TL: () => (/* binding */ quoted),
/* harmony export */   W_: () => (/* binding */ parseCustomer),
/* harmony export */   XD: () => (/* binding */ CUSTOMER_FILE_MAX_BYTES)
/* harmony export */ });
/* harmony import */ var yaml__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8815);
/* harmony import */ var _findings_error_message_js__WEBPACK_IMPORTED_MODULE_6__ = __webpack_require__(5178);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3370);
/* harmony import */ var _findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1459);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__ = __webpack_require__(8807);
/* harmony import */ var _customer_schema_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(2538);
/* harmony import */ var _group_tags_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(3251);







const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A value from customer.yml as a message quotes it: in backticks, cut short when long. */
const quoted = (value) => `\`${(0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .m)(value, 40)}\``;
/** AP601 for a customer folder without customer.yml. */
function missingCustomerFinding(file, slug) {
    return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP601', { file, line: 1 }, (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.missing', { slug: (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .m)(slug, 40) }));
}
/**
 * customer.yml holds five short fields, some 300 bytes with their comments: 16 KiB is fifty times
 * that. The YAML parser checks keys for duplicates pair by pair, so its time grows with the
 * square of their number: 16 KiB of keys take it some 30 ms, 64 KiB 0.5 s, and 50 MB took it
 * 24 s and 2 GB. The repository reader reads no more than this, either.
 */
const CUSTOMER_FILE_MAX_BYTES = 16 * 1024;
/** AP601 for a customer.yml over CUSTOMER_FILE_MAX_BYTES, which is not parsed. */
function oversizedCustomerFinding(file, bytes) {
    return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP601', { file, line: 1 }, (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.oversized', { size: bytes, limit: CUSTOMER_FILE_MAX_BYTES }), (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.oversizedHint'));
}
/** How many YAML errors of one customer.yml are listed: the first explains the rest. */
const YAML_ERRORS_LISTED = 5;
/**
 * Checks the text of one customer.yml; the customer is undefined when it cannot be used. Never
 * throws: YAML that the parser refuses to expand (more than 100 aliases, a "billion laughs") is
 * an AP601 like any other.
 */
function parseCustomer(source, options) {
    const { file } = options;
    const bytes = Buffer.byteLength(source);
    if (bytes > CUSTOMER_FILE_MAX_BYTES)
        return { findings: [oversizedCustomerFinding(file, bytes)] };
    const lines = new yaml__WEBPACK_IMPORTED_MODULE_0__/* .LineCounter */ .HN();
    const doc = (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .parseDocument */ .Tp)(source.replace(/^\uFEFF/, ''), {
        lineCounter: lines,
        prettyErrors: false,
    });
    if (doc.errors.length > 0) {
        const more = doc.errors.length - YAML_ERRORS_LISTED;
        return {
            findings: doc.errors.slice(0, YAML_ERRORS_LISTED).map((e, i) => {
                const pos = lines.linePos(e.pos[0]);
                // The parser's own words, quoted.
                const error = (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .m)(e.message.split('\n')[0] ?? '', 60);
                const rest = i === YAML_ERRORS_LISTED - 1 && more > 0 ? more : 0;
                return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP601', { file, line: pos.line, column: pos.col }, (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.notYaml', { error, more: rest }));
            }),
        };
    }
    const where = locator(doc, lines, file);
    let raw;
    try {
        raw = doc.toJS({ maxAliasCount: 100 }) ?? {};
    }
    catch (error) {
        return { findings: [unusableYamlFinding(doc, lines, file, error)] };
    }
    const parsed = _customer_schema_js__WEBPACK_IMPORTED_MODULE_2__.CustomerFileSchema.safeParse(raw);
    if (!parsed.success)
        return { findings: schemaFindings(parsed.error.issues, where, raw) };
    const { line, column } = where('customerId');
    const customer = {
        ...parsed.data,
        slug: options.slug,
        file,
        customerIdAt: { line, column },
    };
    const tagFindings = groupTagFindings(customer, where);
    return tagFindings.length > 0 ? { findings: tagFindings } : { customer, findings: [] };
}
/**
 * AP603 for each tag, groupTag's and each of groupTags', that is not a Managed Desktop tag, and
 * AP601 for a tag groupTags lists twice; each at its own line.
 */
function groupTagFindings(fields, where) {
    const managed = fields.managedDesktop !== false;
    const findings = [];
    const listed = Array.isArray(fields.groupTags) ? fields.groupTags : [];
    const tags = [
        { tag: fields.groupTag, at: where('groupTag') },
        ...listed.map((tag, i) => ({ tag, at: where('groupTags', 'value', i) })),
    ];
    const seen = new Set();
    for (const [i, { tag, at }] of tags.entries()) {
        if (typeof tag !== 'string' || tag === '')
            continue;
        if (i > 0 && seen.has(tag)) {
            const message = (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.tagTwice', { tag: (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .m)(tag, 40) });
            findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP601', at, message, (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.tagTwiceHint')));
        }
        seen.add(tag);
        const problem = (0,_group_tags_js__WEBPACK_IMPORTED_MODULE_3__/* .groupTagProblem */ .P)(tag, managed);
        if (problem)
            findings.push((0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP603', at, problem.message, problem.hint));
    }
    return findings;
}
/** YAML that parses but cannot be turned into values: too many aliases, the only such case known. */
function unusableYamlFinding(doc, lines, file, error) {
    let first;
    (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR)(doc, {
        Alias(_, node) {
            first = node.range?.[0];
            return yaml__WEBPACK_IMPORTED_MODULE_0__/* .visit */ .YR.BREAK;
        },
    });
    const pos = first === undefined ? { line: 1, col: 1 } : lines.linePos(first);
    const aliases = /alias/i.test((0,_findings_error_message_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error));
    return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP601', { file, line: pos.line, column: pos.col }, aliases
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.aliases')
        : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.unusable', { error: (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .m)((0,_findings_error_message_js__WEBPACK_IMPORTED_MODULE_6__/* .errorMessage */ .g)(error), 60) }), aliases ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.aliasesHint') : undefined);
}
/** Where a field's value is written, or its key when the key itself is the problem. */
function locator(doc, lines, file) {
    const position = (offset) => {
        const pos = offset === undefined ? { line: 1, col: 1 } : lines.linePos(offset);
        return { file, line: pos.line, column: pos.col };
    };
    const pairOf = (key) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isMap */ .jh)(doc.contents)
        ? doc.contents.items.find((pair) => (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isScalar */ .jn)(pair.key) && pair.key.value === key)
        : undefined;
    return (key, at = 'value', item) => {
        const pair = pairOf(key);
        const value = pair?.value;
        const listed = item !== undefined && (0,yaml__WEBPACK_IMPORTED_MODULE_0__/* .isSeq */ .oP)(value) ? value.items[item] : undefined;
        const node = at === 'key' ? pair?.key : (listed ?? value ?? pair?.key);
        return position(node?.range?.[0]);
    };
}
/** Every schema problem as a finding, and a bad group tag too, even while another field is wrong. */
function schemaFindings(issues, where, raw) {
    const findings = issues.map((issue) => issueFinding(issue, where, raw));
    const fields = (raw ?? {});
    const lines = new Set(findings.map((f) => f.line));
    for (const f of groupTagFindings(fields, where))
        if (!lines.has(f.line))
            findings.push(f);
    return findings;
}
function issueFinding(issue, where, raw) {
    const key = issue.path[0];
    const value = typeof key === 'string' && raw && typeof raw === 'object'
        ? raw[key]
        : undefined;
    if (key === 'customerId' && typeof value === 'string') {
        return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP602', where(key), (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.notGuid', { value: (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .m)(value, 40) }));
    }
    if (issue.code === 'unrecognized_keys') {
        const keys = issue.keys.slice(0, 5).map(quoted).join(', ');
        const more = Math.max(0, issue.keys.length - 5);
        return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP601', where(issue.keys[0], 'key'), (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.unknownFields', { keys, more }));
    }
    // zod's own words, quoted.
    const problem = issue.message.toLowerCase();
    if (key === undefined)
        return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP601', where(key), (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.invalid', { problem }));
    const field = String(key);
    return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_1__/* .finding */ .gk)('AP601', where(key), value === undefined
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.fieldMissing', { field })
        : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_5__/* .text */ .Q)('repo.customer.fieldInvalid', { field, problem }));
}


/***/ }),

/***/ 2458:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   _J: () => (/* binding */ sourceLine),
/* harmony export */   ai: () => (/* binding */ sharedKeys)
/* harmony export */ });
/* unused harmony exports rowsByFile, rowAt */
/* harmony import */ var _rules_identity_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(9389);

/**
 * SharedKeys over the rows read; identityKeys as they are without any. A state's row is the one
 * its source names (`file:line`, as the registration run records it), found by its line in its
 * file's rows: an index of every row by its key cost 7 MB for 150,000 rows, and as much again in
 * the tables it outgrew, at the highest point of a plan. A state whose row has moved, or whose
 * keys differ from its row's, keeps strings of its own: the same values.
 */
function sharedKeys(files) {
    const byFile = rowsByFile(files);
    if (byFile.size === 0)
        return _rules_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKeys */ .NZ;
    return (state) => {
        const keys = (0,_rules_identity_js__WEBPACK_IMPORTED_MODULE_0__/* .identityKeys */ .NZ)(state);
        const row = rowAt(byFile, state.source);
        if (!row)
            return keys;
        for (let i = 0; i < keys.length; i++)
            if (row.keys[i] === keys[i])
                keys[i] = row.keys[i];
        if (row.serialNumber === state.serialNumber)
            state.serialNumber = row.serialNumber;
        if (row.productKeyId === state.productKeyId)
            state.productKeyId = row.productKeyId;
        return keys;
    };
}
/** Each file's rows, by its name; none for a file with no rows. */
function rowsByFile(files) {
    const byFile = new Map();
    for (const { file, devices } of files)
        if (devices.length > 0)
            byFile.set(file, devices);
    return byFile;
}
/** The row that `source` (`file:line`) names, by a binary search of its file's lines. */
function rowAt(byFile, source) {
    const colon = source.lastIndexOf(':');
    const rows = colon > 0 ? byFile.get(source.slice(0, colon)) : undefined;
    const line = rows ? sourceLine(source, colon + 1) : undefined;
    if (!rows || line === undefined)
        return undefined;
    let low = 0;
    let high = rows.length - 1;
    while (low <= high) {
        const middle = (low + high) >>> 1;
        const row = rows[middle];
        if (row.line === line)
            return row;
        if (row.line < line)
            low = middle + 1;
        else
            high = middle - 1;
    }
    return undefined;
}
/**
 * The line that a source (`file:line`) names, read from `start`, just after its colon: digits
 * only, with no leading zero (`file:02` names no row); undefined for anything else. Allocates
 * nothing: the plan reads one for each of 150,000 devices.
 */
function sourceLine(source, start) {
    if (start >= source.length)
        return undefined;
    if (source.charCodeAt(start) === 48 && source.length > start + 1)
        return undefined;
    let value = 0;
    for (let i = start; i < source.length; i++) {
        const digit = source.charCodeAt(i) - 48;
        if (digit < 0 || digit > 9)
            return undefined;
        value = value * 10 + digit;
    }
    return value;
}


/***/ }),

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
    const order = customer ? (0,customer_schema.tagsOf)(customer) : [];
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

/***/ 6100:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   i: () => (/* binding */ collectGarbage)
/* harmony export */ });
/**
 * A full garbage collection now, in the CLI's engine worker (src/cli.ts exposes `gc` to it); a
 * no-op anywhere else. Called where a large run's phase ends and lets go of what it held. Left to
 * itself, V8 collects the old generation only once it has grown to some multiple of what was live
 * at the last collection, so a run that builds 150,000 rows, then as many ledger states, then as
 * many planned devices, peaks on the garbage of the phases before: `npm run bench -- --scale`,
 * 10,000 customers × 10 devices 262 to 216 MB, a record of 150,000 devices 359 to 306 MB, for
 * 10 to 60 ms a collection (some 150 ms of a 4 s run).
 */
function collectGarbage() {
    const gc = globalThis.gc;
    if (typeof gc === 'function')
        gc();
}


/***/ }),

/***/ 1940:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   U: () => (/* binding */ fileTags),
/* harmony export */   V: () => (/* binding */ tagFolder)
/* harmony export */ });
/* harmony import */ var _config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2538);
/* harmony import */ var _config_group_tags_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3251);
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(3370);
/* harmony import */ var _findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(1459);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8807);





/** The folder whose files fileTags gives `tag`: devices/ for the default, else devices/<tag>/. */
function tagFolder(customer, tag) {
    const devices = `customers/${customer.slug}/devices`;
    return tag === customer.groupTag ? devices : `${devices}/${tag}`;
}
/**
 * Where a device file sits decides its tag: `customers/<slug>/devices/<group tag>/…` for one of
 * the customer's tags, spelled exactly; anywhere else under devices/ the customer's groupTag. A
 * first folder that names no tag of the customer is an error (AP607) when the customer lists
 * groupTags, or when it is a tag but for case and punctuation: its devices would otherwise go to
 * the default batch without anyone having said so.
 */
function fileTags(file, customer) {
    const tags = (0,_config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__.tagsOf)(customer);
    const all = tags.length > 1 ? { groupTags: tags } : {};
    const parts = file.split('/');
    const folder = parts.length > 4 ? parts[3] : undefined;
    if (folder === undefined)
        return { tags: { groupTag: customer.groupTag, ...all } };
    if (tags.includes(folder))
        return { tags: { groupTag: folder, ...all, tagFolder: true } };
    const known = [...tags, ..._config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__.MANAGED_DESKTOP_GROUP_TAGS];
    const meant = known.find((tag) => (0,_config_group_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .squashTag */ .ik)(tag) === (0,_config_group_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .squashTag */ .ik)(folder));
    if (customer.groupTags === undefined && meant === undefined) {
        return { tags: { groupTag: customer.groupTag, ...all } };
    }
    const near = meant ?? (0,_config_group_tags_js__WEBPACK_IMPORTED_MODULE_1__/* .nearestTag */ .DW)(folder, tags);
    const at = { file, line: 1 };
    const message = (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('repo.folder.noTag', {
        folder: (0,_findings_shorten_js__WEBPACK_IMPORTED_MODULE_4__/* .shorten */ .m)(folder, 40),
        slug: customer.slug,
        near,
    });
    const hint = (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_3__/* .text */ .Q)('repo.folder.noTagHint', {
        groupTag: customer.groupTag,
        tags: tags.map((t) => `\`${t}\``).join(', '),
    });
    return {
        tags: { groupTag: customer.groupTag, ...all },
        finding: (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_2__/* .finding */ .gk)('AP607', at, message, hint),
    };
}


/***/ }),

/***/ 1849:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  F: () => (/* binding */ inspectRepository)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: ./src/config/read-customer.ts
var read_customer = __webpack_require__(189);
// EXTERNAL MODULE: ./src/csv/read-device-csv.ts + 3 modules
var read_device_csv = __webpack_require__(3386);
// EXTERNAL MODULE: ./src/findings/cap-findings.ts
var cap_findings = __webpack_require__(361);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/findings/shorten.ts
var shorten = __webpack_require__(1459);
// EXTERNAL MODULE: ./src/ledger/fold-ledger.ts + 3 modules
var fold_ledger = __webpack_require__(8823);
// EXTERNAL MODULE: ./src/ledger/ledger-device.ts
var ledger_device = __webpack_require__(1763);
// EXTERNAL MODULE: ./src/ledger/row-strings.ts
var row_strings = __webpack_require__(2458);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/rules/duplicates.ts
var rules_duplicates = __webpack_require__(1589);
// EXTERNAL MODULE: ./src/repo/collect-garbage.ts
var collect_garbage = __webpack_require__(6100);
// EXTERNAL MODULE: ./src/csv/dialect.ts + 1 modules
var dialect = __webpack_require__(2236);
// EXTERNAL MODULE: ./src/hash/decode-hardware-hash.ts
var decode_hardware_hash = __webpack_require__(4870);
// EXTERNAL MODULE: ./src/repo/in-parallel.ts
var in_parallel = __webpack_require__(7993);
;// CONCATENATED MODULE: ./src/repo/deregister-requests.ts







/** Any device dialect, or a plain list of serial numbers. */
const REQUEST_DIALECTS = [...dialect/* DIALECTS */.O9, dialect/* SERIALS_DIALECT */.Xm];
/**
 * Reads the deregistration requests of `customers/<slug>/deregister/*.csv`. Only what names the
 * device is read: a request registers nothing, so the row rules of a device file do not apply,
 * and a hash serves only for the serial and manufacturer inside it.
 */
async function readDeregisterRequests(root, files, maxBytes) {
    const requests = [];
    const findings = [];
    const reads = await (0,in_parallel/* mapInParallel */.HH)(files, async (file) => {
        const rows = [];
        const unnamed = [];
        const result = await (0,read_device_csv/* readDeviceCsv */.BA)({
            path: external_node_path_default().join(root, file),
            file,
            maxBytes,
            dialects: REQUEST_DIALECTS,
            onRow(row) {
                const request = requestOf(row, file);
                if (request.serialNumber || request.productKeyId)
                    rows.push(request);
                else
                    unnamed.push((0,finding/* finding */.gk)('AP608', { file, line: row.line }, (0,text_of/* text */.Q)('repo.request.noDevice'), (0,text_of/* text */.Q)('repo.request.noDeviceHint')));
            },
        });
        return { rows, findings: [...result.findings, ...unnamed] };
    });
    for (const read of reads) {
        requests.push(...read.rows);
        findings.push(...read.findings);
    }
    return { requests, findings };
}
function requestOf(row, file) {
    const hash = (0,read_device_csv/* cellOf */.WC)(row, 'hardwareHash').trim();
    const decoded = hash === '' ? undefined : (0,decode_hardware_hash/* decodeHardwareHash */.J)(hash);
    const inHash = decoded?.verdict === 'valid' ? decoded : undefined;
    return {
        file,
        line: row.line,
        serialNumber: (0,read_device_csv/* cellOf */.WC)(row, 'serialNumber').trim() || (inHash?.serialNumber ?? '').trim(),
        manufacturer: (0,read_device_csv/* cellOf */.WC)(row, 'manufacturer').trim() || (inHash?.manufacturer ?? '').trim(),
        productKeyId: (0,read_device_csv/* cellOf */.WC)(row, 'productKeyId').trim() || (inHash?.productKeyId ?? ''),
    };
}

// EXTERNAL MODULE: ./src/repo/device-tags.ts
var device_tags = __webpack_require__(1940);
// EXTERNAL MODULE: ./src/repo/file-checker.ts
var file_checker = __webpack_require__(5870);
// EXTERNAL MODULE: ./src/csv/file-kind.ts
var file_kind = __webpack_require__(1495);
// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: ./src/csv/file-read.ts
var file_read = __webpack_require__(7313);
;// CONCATENATED MODULE: ./src/repo/read-files.ts











/**
 * A registration record takes some 560 bytes a device: 128 MiB is a single run of about 200,000
 * devices, twice a large repository, and far from where a string no longer fits (512 MiB).
 */
const RECORD_MAX_BYTES = 128 * 1024 * 1024;
/**
 * Reads a regular file of the checkout, never anything else: a link is not followed (lstat, then
 * O_NOFOLLOW, so a file swapped for a link in between is refused too), a FIFO is not waited on,
 * `/dev/zero` is not read for ever. Over `maxBytes` it is not read at all, or with `head` only its
 * first `maxBytes` are.
 */
async function readRegularFile(absolute, maxBytes, options = {}) {
    const opened = await openRegularFile(absolute);
    if (opened.kind !== 'open')
        return opened;
    const { handle, size } = opened;
    try {
        if (size > maxBytes && !options.head)
            return { kind: 'too-large', size };
        // One byte more than allowed tells a file that grew since fstat.
        const buffer = Buffer.alloc(Math.min(size, maxBytes) + 1);
        const length = await (0,file_read/* readFully */.l)(handle, buffer);
        if (length > maxBytes && !options.head)
            return { kind: 'too-large', size: length };
        return { kind: 'read', bytes: buffer.subarray(0, Math.min(length, maxBytes)) };
    }
    finally {
        await handle.close();
    }
}
/** Bytes handed over a piece at a time: a record of 150,000 devices in 54 pieces. */
const PIECE_BYTES = 1024 * 1024;
/**
 * readRegularFile, the bytes handed to `take` a piece at a time as they are read, each into the
 * bytes of the one before (`take` copies what it keeps); it
 * stops reading where `take` returns false (`stopped`). A file over `maxBytes` is not read, or,
 * grown since, not read further.
 */
async function readRegularFileInPieces(absolute, maxBytes, take) {
    const opened = await openRegularFile(absolute);
    if (opened.kind !== 'open')
        return opened;
    const { handle, size } = opened;
    try {
        if (size > maxBytes)
            return { kind: 'too-large', size };
        // Every piece is read into the same bytes (`take` copies what it keeps); no more than the
        // file needs, since most records are small and a repository may hold thousands.
        const piece = Buffer.allocUnsafe(Math.min(PIECE_BYTES, size + 1));
        let length = 0;
        for (;;) {
            const { bytesRead } = await handle.read(piece, 0, piece.length, length);
            if (bytesRead === 0)
                return { kind: 'read' };
            length += bytesRead;
            if (length > maxBytes)
                return { kind: 'too-large', size: length };
            if (!take(piece.subarray(0, bytesRead)))
                return { kind: 'stopped' };
        }
    }
    finally {
        await handle.close();
    }
}
/**
 * Opens a regular file of the checkout, never anything else: a link is not followed (lstat, then
 * O_NOFOLLOW, so a file swapped for a link in between is refused too), a FIFO is not waited on.
 */
async function openRegularFile(absolute) {
    const info = await (0,promises_.lstat)(absolute).catch(missingAsUndefined);
    if (!info)
        return { kind: 'missing' };
    const before = info.isDirectory() ? 'folder' : (0,file_kind/* specialKind */.I2)(info);
    if (before)
        return { kind: 'special', what: before };
    const handle = await (0,promises_.open)(absolute, external_node_fs_.constants.O_RDONLY | file_read/* NO_FOLLOW */.q).catch(missingAsUndefined);
    if (!handle)
        return { kind: 'missing' };
    try {
        const opened = await handle.stat();
        const what = opened.isDirectory() ? 'folder' : (0,file_kind/* specialKind */.I2)(opened);
        if (what) {
            await handle.close();
            return { kind: 'special', what };
        }
        return { kind: 'open', handle, size: opened.size };
    }
    catch (error) {
        await handle.close();
        throw error;
    }
}
function missingAsUndefined(error) {
    const code = error.code;
    // ELOOP: the entry became a link between lstat and open.
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'ELOOP')
        return undefined;
    throw error;
}
/** Reads and checks one customer's customer.yml: only a regular file, and at most 16 KiB. */
async function readCustomerFile(root, folder) {
    const file = folder.configFile;
    const absolute = external_node_path_default().join(root, file);
    const read = await readRegularFile(absolute, read_customer/* CUSTOMER_FILE_MAX_BYTES */.XD);
    const at = { file, line: 1 };
    switch (read.kind) {
        case 'missing':
            return { findings: [(0,read_customer/* missingCustomerFinding */.Ep)(file, folder.slug)] };
        case 'special':
            if (read.what === 'folder') {
                const message = (0,text_of/* text */.Q)('repo.customer.folder', { slug: (0,shorten/* shorten */.m)(folder.slug, 40) });
                return { findings: [(0,finding/* finding */.gk)('AP601', at, message)] };
            }
            return {
                findings: [
                    await (0,file_kind/* specialEntryFinding */.N6)(absolute, file, read.what, (0,text_of/* text */.Q)('repo.special.settings', { slug: (0,read_customer/* quoted */.TL)(folder.slug) })),
                ],
            };
        case 'too-large':
            return { findings: [(0,read_customer/* oversizedCustomerFinding */.T0)(file, read.size)] };
        case 'read':
            return (0,read_customer/* parseCustomer */.W_)(read.bytes.toString('utf8'), { file, slug: folder.slug });
    }
}
/**
 * Every customer's registration records, parsed (each as soon as it is read, so that no more than
 * a few records' text is held at once); one that is no regular file (AP109), over 128 MiB or no
 * record (AP606) is a finding instead, and its customer's registration state is unknown.
 */
async function readRecordFiles(root, customers) {
    const records = [];
    const findings = [];
    const unreadable = new Set();
    const wanted = customers.flatMap((folder) => folder.recordFiles.map((file) => ({ file, customer: folder.slug })));
    const reads = await (0,in_parallel/* mapInParallel */.HH)(wanted, (want) => readAndParse(root, want), 4);
    for (const [index, { file, customer }] of wanted.entries()) {
        const read = reads[index];
        for (const f of read.findings)
            findings.push(f);
        if (read.record)
            records.push({ file, customer, record: read.record });
        else
            unreadable.add(customer);
    }
    return { records, findings, unreadable };
}
async function readAndParse(root, want) {
    const parser = (0,fold_ledger/* recordParser */.VB)(want);
    const absolute = external_node_path_default().join(root, want.file);
    const read = await readRegularFileInPieces(absolute, RECORD_MAX_BYTES, parser.take);
    if (read.kind === 'read') {
        const parsed = parser.finish();
        if (parsed)
            return parsed;
    }
    // A record of another shape than the registration run writes, or one that does not parse, is
    // read again whole, so that what it gives, or its finding, is JSON.parse's own; a file that is
    // no record to read is looked at again for its finding.
    const whole = await readRecordFile(root, want.file);
    if (!('bytes' in whole))
        return { findings: [whole.finding] };
    const parsed = (0,fold_ledger/* parseRecordBytes */.MV)({ ...want, bytes: whole.bytes });
    // Detached, the bytes (readRegularFile's own allocation) are let go at once, not at the next
    // full collection.
    const bytes = whole.bytes.buffer;
    bytes.transfer(0);
    return parsed;
}
async function readRecordFile(root, file) {
    const absolute = external_node_path_default().join(root, file);
    const read = await readRegularFile(absolute, RECORD_MAX_BYTES);
    const at = { file, line: 1 };
    switch (read.kind) {
        case 'read':
            return { bytes: read.bytes };
        case 'special':
            return {
                finding: await (0,file_kind/* specialEntryFinding */.N6)(absolute, file, read.what, (0,text_of/* text */.Q)('repo.special.record')),
            };
        case 'too-large': {
            const size = { size: read.size, limit: RECORD_MAX_BYTES };
            const message = (0,text_of/* text */.Q)('repo.record.tooLarge', size);
            return { finding: (0,finding/* finding */.gk)('AP606', at, message) };
        }
        case 'missing':
            return { finding: (0,finding/* finding */.gk)('AP606', at, (0,text_of/* text */.Q)('repo.record.vanished')) };
    }
}

;// CONCATENATED MODULE: ./src/repo/other-files.ts






/**
 * Accounts for every entry of a customer folder that is not read as devices, customer or record:
 * a device list under another name than *.csv (AP106), an Excel workbook (AP107), a link or
 * special file (AP109), anything else (AP108); and for what stands in customers/ but is no
 * customer folder. Only the first few KB of a regular file are read; a link is never followed.
 */
async function otherFileFindings(layout) {
    const strays = await (0,in_parallel/* mapInParallel */.HH)(layout.notCustomers, (file) => notCustomerFinding(layout.root, file));
    const others = layout.customers.flatMap((folder) => folder.otherFiles.map((file) => ({ file, slug: folder.slug })));
    const found = await (0,in_parallel/* mapInParallel */.HH)(others, ({ file, slug }) => customerFileFinding(layout.root, file, slug));
    return [...strays, ...found.filter((f) => f !== undefined)];
}
async function customerFileFinding(root, file, slug) {
    const absolute = external_node_path_default().join(root, file);
    const head = await readRegularFile(absolute, file_kind/* SNIFF_BYTES */.dD, { head: true });
    if (head.kind === 'special') {
        return (0,file_kind/* specialEntryFinding */.N6)(absolute, file, head.what, (0,text_of/* text */.Q)('repo.special.customerFile'));
    }
    return head.kind === 'read'
        ? otherFileFinding(file, slug, (0,file_kind/* sniffFileKind */.Pg)(head.bytes, file))
        : undefined;
}
/** `customers` when a link, or an entry of customers/ that is no customer folder. */
async function notCustomerFinding(root, file) {
    const absolute = external_node_path_default().join(root, file);
    const name = external_node_path_default().posix.basename(file);
    const head = await readRegularFile(absolute, file_kind/* SNIFF_BYTES */.dD, { head: true });
    if (head.kind === 'special') {
        const consequence = file === 'customers'
            ? (0,text_of/* text */.Q)('repo.special.customers')
            : (0,text_of/* text */.Q)('repo.special.customerFolder', { name });
        return (0,file_kind/* specialEntryFinding */.N6)(absolute, file, head.what, consequence);
    }
    if (head.kind !== 'read') {
        return (0,finding/* finding */.gk)('AP108', { file, line: 1 }, (0,text_of/* text */.Q)('repo.file.vanished', { file }));
    }
    const at = { file, line: 1 };
    if (/\.(md|markdown)$/i.test(name)) {
        return (0,finding/* finding */.gk)('AP108', at, (0,text_of/* text */.Q)('repo.file.documentation', { file }), DOCS_HINT, 'notice');
    }
    const kind = (0,file_kind/* sniffFileKind */.Pg)(head.bytes, file);
    const message = kind.kind === 'device-list'
        ? (0,text_of/* text */.Q)('repo.file.notCustomer.deviceList', { file })
        : kind.kind === 'workbook'
            ? (0,text_of/* text */.Q)('repo.file.notCustomer.workbook', { file })
            : (0,text_of/* text */.Q)('repo.file.notCustomer.other', { file });
    return (0,finding/* finding */.gk)(kind.kind === 'other' ? 'AP108' : kind.kind === 'device-list' ? 'AP106' : 'AP107', at, message, (0,text_of/* text */.Q)('repo.file.notCustomerHint', { csvName: (0,file_kind/* csvNameOf */.X5)(name) }));
}
const DOCS_HINT = (0,text_of/* text */.Q)('repo.file.documentationHint', { devices: 'customers/<slug>/devices/' });
const ENCODING_NAMES = {
    'utf-8-bom': (0,text_of/* text */.Q)('repo.encoding.utf8Bom'),
    'utf-16le': (0,text_of/* text */.Q)('repo.encoding.named', { name: 'UTF-16LE' }),
    'utf-16be': (0,text_of/* text */.Q)('repo.encoding.named', { name: 'UTF-16BE' }),
    'windows-1252': (0,text_of/* text */.Q)('repo.encoding.named', { name: 'Windows-1252' }),
};
/** The finding for one such file, by what its first bytes say it is. */
function otherFileFinding(file, slug, kind) {
    const at = { file, line: 1 };
    const name = external_node_path_default().posix.basename(file);
    const devices = `customers/${slug}/devices/`;
    const inDevices = file.startsWith(devices);
    // Where the file belongs once it is CSV: beside itself in devices/, or in devices/.
    const target = `${inDevices ? external_node_path_default().posix.dirname(file) : devices.slice(0, -1)}/${(0,file_kind/* csvNameOf */.X5)(name)}`;
    if (kind.kind === 'workbook')
        return (0,file_kind/* workbookFinding */.i3)(file, kind.format, target);
    if (kind.kind === 'device-list') {
        const encoding = ENCODING_NAMES[kind.encoding];
        return (0,finding/* finding */.gk)('AP106', at, (0,text_of/* text */.Q)('repo.file.listNotCsv', { file, firstLine: kind.firstLine, encoding }), (0,text_of/* text */.Q)(inDevices ? 'repo.file.renameToCsv' : 'repo.file.moveToCsv', { target, devices }));
    }
    const { what } = kind;
    if (!inDevices && /\.(md|markdown)$/i.test(name)) {
        return (0,finding/* finding */.gk)('AP108', at, (0,text_of/* text */.Q)('repo.file.documentation', { file }), (0,text_of/* text */.Q)('repo.file.documentationHint', { devices }), 'notice');
    }
    if (file.split('/').length === 3 && /^customer\.(ya?ml|json)$/i.test(name)) {
        return (0,finding/* finding */.gk)('AP108', at, (0,text_of/* text */.Q)('repo.file.settingsName', { file }), (0,text_of/* text */.Q)('repo.file.settingsNameHint', { slug }));
    }
    return (0,finding/* finding */.gk)('AP108', at, (0,text_of/* text */.Q)(inDevices ? 'repo.file.notDeviceListInDevices' : 'repo.file.notDeviceList', {
        file,
        what,
    }));
}

// EXTERNAL MODULE: ./src/repo/scan-repository.ts
var scan_repository = __webpack_require__(7740);
;// CONCATENATED MODULE: ./src/repo/inspect-repository.ts



















/** Reads a whole repository once: customers, every device file (on workers when large), the records. */
async function inspectRepository(options) {
    const maxBytes = options.maxBytes ?? read_device_csv/* DEFAULT_MAX_BYTES */.fS;
    const checker = options.checker ?? file_checker/* inThisThread */.E;
    const layout = await readLayout(options);
    const { customers, requests, ownerOf, findings } = await readCustomers(layout, maxBytes);
    for (const customer of customers) {
        const files = customer.folder.deregisterFiles;
        if (files.length === 0)
            continue;
        const read = await readDeregisterRequests(layout.root, files, maxBytes);
        customer.deregister = read.requests;
        for (const f of read.findings)
            findings.push(f);
    }
    // AP106–AP109: what customer folders hold that is not read.
    for (const f of await otherFileFindings(layout))
        findings.push(f);
    for (const file of layout.strayCsvFiles) {
        if (!options.looseFiles) {
            findings.push((0,finding/* finding */.gk)('AP605', { file, line: 1 }, (0,text_of/* text */.Q)('repo.file.stray', { file })));
        }
        requests.push(request(layout.root, file, maxBytes, undefined));
    }
    // Each phase lets go of what the one before it made (the scan; the workers' messages; the
    // records' text and parsed devices) before it makes its own: see collectGarbage. Right after the
    // file checks there is little to collect, but V8 then sizes the heap for the records on what is
    // live (without it, 150,000 devices' plan peaked 20 MB higher); no record, nothing to fold.
    (0,collect_garbage/* collectGarbage */.i)();
    const reports = await checker.checkAll(requests);
    (0,collect_garbage/* collectGarbage */.i)();
    const strayReports = sortReports(reports, customers, ownerOf, findings);
    (0,collect_garbage/* collectGarbage */.i)();
    const records = await readRecordFiles(layout.root, layout.customers);
    (0,collect_garbage/* collectGarbage */.i)();
    // The states share the rows' strings (see sharedKeys); with no record, no index of the files.
    const keysOf = records.records.length > 0 ? (0,row_strings/* sharedKeys */.ai)(rowsOf(customers)) : undefined;
    const ledger = (0,fold_ledger/* foldRecords */.IN)(records.records, keysOf);
    if (records.records.length > 0)
        (0,collect_garbage/* collectGarbage */.i)();
    for (const f of records.findings)
        findings.push(f);
    for (const slug of records.unreadable)
        ledger.unreadable.add(slug);
    return { root: layout.root, customers, strayReports, findings, ledger };
}
/** Every customer's device files, with their rows: what the ledger shares its strings with. */
function* rowsOf(customers) {
    for (const customer of customers)
        yield* customer.reports;
}
/** Every customer.yml, and the checks its device files are to get. */
async function readCustomers(layout, maxBytes) {
    const findings = [];
    const customers = [];
    const requests = [];
    const ownerOf = new Map();
    const reads = await (0,in_parallel/* mapInParallel */.HH)(layout.customers, (folder) => readCustomerFile(layout.root, folder));
    for (const [index, folder] of layout.customers.entries()) {
        const read = reads[index];
        for (const f of read.findings)
            findings.push(f);
        if (!read_customer/* SLUG */.OZ.test(folder.slug)) {
            const at = { file: folder.configFile, line: 1 };
            const slug = (0,shorten/* shorten */.m)(folder.slug, 40);
            findings.push((0,finding/* finding */.gk)('AP605', at, (0,text_of/* text */.Q)('repo.folder.notSlug', { slug })));
        }
        customers.push({
            folder,
            ...(read.customer ? { customer: read.customer } : {}),
            reports: [],
            deregister: [],
        });
        for (const file of folder.deviceFiles) {
            ownerOf.set(file, folder.slug);
            const tagged = read.customer ? (0,device_tags/* fileTags */.U)(file, read.customer) : undefined;
            if (tagged?.finding)
                findings.push(tagged.finding);
            requests.push(request(layout.root, file, maxBytes, tagged?.tags));
        }
    }
    return { customers, requests, ownerOf, findings };
}
/**
 * Gives each file's report to its customer (returning those of no customer), gathers their
 * findings (each report's capped already: see checkDeviceFile), and adds the duplicates across
 * the whole repository, capped per file and rule too: a file committed twice makes 100,000
 * duplicates. A row with a duplicate is marked (see findDuplicates), so that the plan blocks it
 * even past the cap.
 */
function sortReports(reports, customers, ownerOf, findings) {
    const bySlug = new Map(customers.map((c) => [c.folder.slug, c]));
    const strayReports = [];
    const owned = [];
    const shared = (0,ledger_device/* stringPool */.SH)();
    for (const report of reports) {
        for (const f of report.findings)
            findings.push(f);
        const slug = ownerOf.get(report.file);
        const owner = slug === undefined ? undefined : bySlug.get(slug);
        if (owner)
            owner.reports.push(report);
        else
            strayReports.push(report);
        for (const device of report.devices) {
            // Reports from worker threads arrive with a copy of every string per device: share the
            // repeated ones, which keeps 100,000 devices well inside the memory budget.
            device.file = report.file;
            device.manufacturer = shared(device.manufacturer);
            device.model = shared(device.model);
            owned.push({ device, customer: slug });
        }
    }
    const duplicates = new cap_findings/* FindingCap */._();
    (0,rules_duplicates/* findDuplicates */.Ir)(owned, duplicates);
    for (const f of duplicates.list())
        findings.push(f);
    return strayReports;
}
async function readLayout(options) {
    const loose = options.looseFiles;
    if (loose === undefined)
        return (0,scan_repository/* scanRepository */.Gw)(options.root);
    const files = loose.length > 0
        ? [...loose]
        : (await (0,scan_repository/* scanRepository */.Gw)(options.root, { customers: false })).strayCsvFiles;
    return { root: options.root, customers: [], strayCsvFiles: files, notCustomers: [] };
}
function request(root, file, maxBytes, tags) {
    return {
        path: external_node_path_default().join(root, file),
        file,
        maxBytes,
        ...(tags === undefined ? {} : { tags }),
    };
}


/***/ }),

/***/ 1589:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IO: () => (/* binding */ hasDuplicateFindings),
/* harmony export */   Ir: () => (/* binding */ findDuplicates),
/* harmony export */   Rh: () => (/* binding */ countDevices)
/* harmony export */ });
/* unused harmony export describeDevice */
/* harmony import */ var _findings_finding_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3370);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(8807);
/* harmony import */ var _row_fields_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4021);



/**
 * Finds devices that appear more than once across the given files (AP501 same file, AP502 two
 * files of one customer, AP503 two customers). Every occurrence after the first is reported,
 * naming the first; the first is reported too, naming the second, so each file involved carries
 * the finding. The findings go into `found`, made only when listed or first counted: one device
 * on 143,000 rows gave 143,000 messages to be counted. Every duplicate is an error, so each device
 * a finding names is marked, and the plan blocks it even when the cap leaves the finding unlisted.
 */
function findDuplicates(devices, found) {
    const firstByKey = new Map();
    const reportedFirsts = new Set();
    for (const owned of devices) {
        let first;
        for (const key of owned.device.keys) {
            const seen = firstByKey.get(key);
            if (seen && seen !== owned) {
                first ??= seen;
            }
            else if (!seen) {
                firstByKey.set(key, owned);
            }
        }
        if (!first)
            continue;
        addDuplicate(owned, first, found);
        if (!reportedFirsts.has(first) && first.device.file !== owned.device.file) {
            reportedFirsts.add(first);
            addDuplicate(first, owned, found);
        }
    }
}
function addDuplicate(here, other, found) {
    const { device } = here;
    device.hasErrors = true;
    const rule = device.file === other.device.file
        ? 'AP501'
        : here.customer === other.customer
            ? 'AP502'
            : 'AP503';
    found.addLazily(rule, device.file, device.line, () => duplicateFinding(here, other));
}
function duplicateFinding(here, other) {
    const device = describeDevice(here.device);
    const at = { file: here.device.file, line: here.device.line };
    if (here.device.file === other.device.file) {
        return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('AP501', at, (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.duplicateInFile', { device, line: other.device.line }));
    }
    const where = `${other.device.file}:${other.device.line}`;
    if (here.customer === other.customer) {
        return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('AP502', at, (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.duplicateInCustomer', { device, where }));
    }
    const message = other.customer
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.duplicateAcrossCustomers', { device, customer: (0,_row_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(other.customer), where })
        : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.duplicateOutsideCustomers', { device, where });
    return (0,_findings_finding_js__WEBPACK_IMPORTED_MODULE_0__/* .finding */ .gk)('AP503', at, message);
}
function describeDevice(device) {
    const manufacturer = device.manufacturer && (0,_row_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(device.manufacturer);
    if (device.serialNumber) {
        const serial = (0,_row_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(device.serialNumber);
        return manufacturer
            ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.makeSerial', { manufacturer, serial })
            : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.serial', { serial });
    }
    if (device.productKeyId) {
        const productKeyId = (0,_row_fields_js__WEBPACK_IMPORTED_MODULE_1__/* .quoted */ .TL)(device.productKeyId);
        return manufacturer
            ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.makeProductKey', { manufacturer, productKeyId })
            : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.productKey', { productKeyId });
    }
    return manufacturer ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.make', { manufacturer }) : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_2__/* .text */ .Q)('check.device.sameHash');
}
/**
 * Whether findDuplicates found any two rows to be one device. When it did not, every row is a
 * device of its own, and counting them needs no countDevices.
 */
function hasDuplicateFindings(findings) {
    return findings.some((f) => f.rule === 'AP501' || f.rule === 'AP502' || f.rule === 'AP503');
}
function countDevices(devices, keysOf = (row) => row.keys) {
    const parent = new Int32Array(devices.length);
    for (let i = 0; i < parent.length; i++)
        parent[i] = i;
    const root = (i) => {
        let r = i;
        while (parent[r] !== r)
            r = parent[r] ?? r;
        // Point every row on the way straight at the root, so that the next look-up is short.
        for (let j = i; j !== r;) {
            const next = parent[j] ?? r;
            parent[j] = r;
            j = next;
        }
        return r;
    };
    let count = devices.length;
    forEachSharedKey(devices.length, (row) => keysOf(devices[row]), (row, other) => {
        const [a, b] = [root(other), root(row)];
        if (a !== b) {
            parent[b] = a;
            count -= 1;
        }
    });
    return count;
}
/**
 * Calls `join` for each row with a key an earlier row has, with that earlier row. The keys are
 * indexed in a table of row numbers rather than a Map: at 100,000 devices a Map of their 300,000
 * keys would cost the engine its memory budget. Each slot keeps its key's hash beside it, so an
 * earlier row's keys are asked for again only when the hashes match.
 */
function forEachSharedKey(rows, keysOf, join) {
    let keyCount = 0;
    for (let row = 0; row < rows; row++)
        keyCount += keysOf(row).length;
    let slots = 16;
    // Three quarters full at most: linear probing stays short.
    while (slots * 3 < keyCount * 4)
        slots *= 2;
    const mask = slots - 1;
    // Each slot holds row * 8 + the key's index in the row (a row has at most 4 keys), or -1.
    const table = new Int32Array(slots).fill(-1);
    const hashes = new Int32Array(slots);
    for (let row = 0; row < rows; row++) {
        const keys = keysOf(row);
        for (let k = 0; k < keys.length; k++) {
            const key = keys[k];
            const hash = tailHash(key) | 0;
            for (let slot = hash & mask;; slot = (slot + 1) & mask) {
                const held = table[slot] ?? -1;
                if (held === -1) {
                    table[slot] = row * 8 + k;
                    hashes[slot] = hash;
                    break;
                }
                if (hashes[slot] === hash && keysOf(held >> 3)[held & 7] === key) {
                    join(row, held >> 3);
                    break;
                }
            }
        }
    }
}
/** FNV-1a over the length and the last 16 code units: where keys differ (serials, digests). */
function tailHash(text) {
    let hash = Math.imul(0x811c9dc5 ^ text.length, 0x01000193);
    for (let i = Math.max(0, text.length - 16); i < text.length; i++) {
        hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
    }
    return hash >>> 0;
}


/***/ })

};
