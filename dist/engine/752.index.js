export const id = 752;
export const ids = [752,538];
export const modules = {

/***/ 5752:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runInit: () => (/* binding */ runInit)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
var external_node_path_default = /*#__PURE__*/__webpack_require__.n(external_node_path_);
// EXTERNAL MODULE: external "node:url"
var external_node_url_ = __webpack_require__(3136);
// EXTERNAL MODULE: ./src/findings/error-words.ts
var error_words = __webpack_require__(6564);
// EXTERNAL MODULE: ./src/findings/escape.ts
var findings_escape = __webpack_require__(5023);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/config/customer-schema.ts
var customer_schema = __webpack_require__(2538);
// EXTERNAL MODULE: ./src/config/group-tags.ts
var group_tags = __webpack_require__(3251);
// EXTERNAL MODULE: ./src/config/read-customer.ts
var read_customer = __webpack_require__(189);
// EXTERNAL MODULE: ./src/messages/catalogue.ts + 46 modules
var catalogue = __webpack_require__(4772);
// EXTERNAL MODULE: ./src/repo/git.ts + 1 modules
var git = __webpack_require__(5975);
;// CONCATENATED MODULE: ./src/repo/init-repository.ts







/** A reason init refuses before it writes anything. */
class InitRefused extends Error {
}
/** The placeholder the template's workflows pin, which a release's init replaces. */
const PLACEHOLDER = /autopilot-gitops\/autopilot-gitops@[0-9a-f]{40} # v1/g;
const EXAMPLE = 'contoso';
/**
 * A partner's repository from the template: every file (hidden ones too), the first customer
 * when given, the action pinned to this release when the build knows its commit, one commit.
 */
async function initRepository(options) {
    const { target, template, customer } = options;
    if ((0,external_node_fs_.existsSync)(target) && (0,external_node_fs_.readdirSync)(target).length > 0)
        throw new InitRefused(`${target} is not empty: init makes a new repository in a new or empty folder`);
    if (!(0,external_node_fs_.existsSync)(external_node_path_default().join(template, 'customers')))
        throw new InitRefused(`the template is missing from this installation (${template})`);
    if (customer)
        checkCustomer(customer);
    (0,external_node_fs_.cpSync)(template, target, { recursive: true });
    const slug = customer ? writeCustomer(target, customer) : EXAMPLE;
    const pinned = options.pin ? pinWorkflows(target, options.pin) : false;
    const commit = await (0,git/* gitInitialCommit */.EB)(target, 'Start from the autopilot-gitops template');
    return { target, files: countFiles(target), commit, pinned, customer: slug };
}
function checkCustomer(customer) {
    if (!read_customer/* SLUG */.OZ.test(customer.slug))
        throw new InitRefused(`--customer ${customer.slug} is not a slug: lowercase letters, digits and hyphens`);
    const tag = customer.groupTag;
    const problem = tag ? (0,group_tags/* groupTagProblem */.P)(tag, true) : undefined;
    // A usage error: said in English, as init's others are.
    if (problem?.near !== undefined)
        throw new InitRefused(`--group-tag: ${(0,catalogue/* english */.x3)(problem.message)}; give it exactly`);
    if (!customer_schema.GUID.test(customer.customerId))
        throw new InitRefused(`--customer-id ${customer.customerId} is not a GUID: give the customer's Microsoft Entra tenant id`);
}
/** The customer's folder in place of the example's, and its line in CODEOWNERS. */
function writeCustomer(target, customer) {
    (0,external_node_fs_.rmSync)(external_node_path_default().join(target, 'customers', EXAMPLE), { recursive: true });
    const folder = external_node_path_default().join(target, 'customers', customer.slug);
    (0,external_node_fs_.mkdirSync)(external_node_path_default().join(folder, 'devices'), { recursive: true });
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(folder, 'devices', '.gitkeep'), '');
    const tag = customer.groupTag ?? 'Microsoft365Managed_Autopilot';
    // Any other tag than Managed Desktop's is the customer's own Intune groups': said in the file.
    const managed = (0,group_tags/* groupTagProblem */.P)(tag, true) === undefined;
    const lines = [
        '# yaml-language-server: $schema=../../schema/customer.schema.json',
        `name: ${JSON.stringify(customer.name ?? customer.slug)}`,
        "# Partner Center customer id = the customer's Microsoft Entra tenant id.",
        `customerId: ${customer.customerId}`,
        "# The Partner Center device batch, and so the devices' Autopilot group tag.",
        `groupTag: ${JSON.stringify(tag)}`,
        `managedDesktop: ${managed}`,
    ];
    (0,external_node_fs_.writeFileSync)(external_node_path_default().join(folder, 'customer.yml'), `${lines.join('\n')}\n`);
    const owners = external_node_path_default().join(target, '.github', 'CODEOWNERS');
    const text = (0,external_node_fs_.readFileSync)(owners, 'utf8');
    (0,external_node_fs_.writeFileSync)(owners, text.replaceAll(`/customers/${EXAMPLE}/ `, `/customers/${customer.slug}/ `));
    return customer.slug;
}
function pinWorkflows(target, pin) {
    const folder = external_node_path_default().join(target, '.github', 'workflows');
    for (const name of (0,external_node_fs_.readdirSync)(folder)) {
        const file = external_node_path_default().join(folder, name);
        const text = (0,external_node_fs_.readFileSync)(file, 'utf8');
        (0,external_node_fs_.writeFileSync)(file, text.replace(PLACEHOLDER, `autopilot-gitops/autopilot-gitops@${pin.commit} # v${pin.version}`));
    }
    return true;
}
function countFiles(dir) {
    return (0,external_node_fs_.readdirSync)(dir, { recursive: true, withFileTypes: true }).filter((entry) => entry.isFile() && !external_node_path_default().relative(dir, entry.parentPath).split((external_node_path_default()).sep).includes('.git')).length;
}

// EXTERNAL MODULE: ./src/cli/cli-io.ts
var cli_io = __webpack_require__(6061);
// EXTERNAL MODULE: ./src/cli/command.ts + 1 modules
var command = __webpack_require__(811);
;// CONCATENATED MODULE: ./src/cli/init-command.ts









/**
 * The bundle is dist/engine/index.js: the package's template-repo/ is two folders up, and a
 * release's dist/release.json (written by the release workflow, never committed) names its
 * commit. Found when init runs, by a path ncc leaves alone (a `new URL` it would take for an
 * asset to copy).
 */
function packageFile(...parts) {
    const bundleFolder = external_node_path_default().dirname((0,external_node_url_.fileURLToPath)(import.meta.url));
    return external_node_path_default().join(bundleFolder, '..', '..', ...parts);
}
/** `init <dir>`: the repository made, then what the partner does next. */
async function runInit(dir, options, io) {
    const target = external_node_path_default().resolve(io.cwd, dir);
    try {
        const result = await initRepository({
            target,
            template: packageFile('template-repo'),
            ...(options.customer ? { customer: options.customer } : {}),
            ...releasePin(),
        });
        io.stdout(nextSteps(result, io.version, (0,cli_io/* sayOf */.J)(io)));
        return 0;
    }
    catch (error) {
        // The refusal's words are repo/'s: in the run's language when it gives them as a Text.
        if (error instanceof InitRefused)
            throw new command/* UsageError */.eb((0,error_words/* errorText */.kc)(error) ?? (0,text_of/* text */.Q)('verbatim', { words: error.message }));
        throw error;
    }
}
function releasePin() {
    const release = packageFile('dist', 'release.json');
    if (!(0,external_node_fs_.existsSync)(release))
        return {};
    const { commit, version } = JSON.parse((0,external_node_fs_.readFileSync)(release, 'utf8'));
    return /^[0-9a-f]{40}$/.test(commit) ? { pin: { commit, version } } : {};
}
function nextSteps(result, version, say) {
    const at = result.target;
    const pin = say(result.pinned ? 'cli.init.pinned' : 'cli.init.placeholder', { version });
    const commit = result.commit.slice(0, 7);
    const lines = [
        say('cli.init.made', { at, files: result.files, commit }),
        '',
        ...say('cli.init.next', { at, pin, customer: result.customer }).split('\n'),
    ];
    return `${lines.map(findings_escape/* escapeControls */.UN).join('\n')}\n`;
}


/***/ }),

/***/ 2538:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   CustomerFileSchema: () => (/* binding */ CustomerFileSchema),
/* harmony export */   DEFAULT_GROUP_TAG: () => (/* binding */ DEFAULT_GROUP_TAG),
/* harmony export */   GUID: () => (/* binding */ GUID),
/* harmony export */   MANAGED_DESKTOP_GROUP_TAGS: () => (/* binding */ MANAGED_DESKTOP_GROUP_TAGS),
/* harmony export */   customerJsonSchema: () => (/* binding */ customerJsonSchema),
/* harmony export */   tagsOf: () => (/* binding */ tagsOf)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8439);

/** Group tags Microsoft Managed Desktop accepts, to the letter (autopilot-csv.md §5). */
const MANAGED_DESKTOP_GROUP_TAGS = [
    'Microsoft365Managed_Autopilot',
    'Microsoft365Managed_Standard',
    'Microsoft365Managed_Standard-Shared',
    'Microsoft365Managed_SensitiveData',
    'Microsoft365Managed_SensitiveData-Shared',
    'Microsoft365Managed_PowerUser',
    'Microsoft365Managed_Kiosk',
    'Microsoft365Managed_Kiosk-Shared',
];
const DEFAULT_GROUP_TAG = 'Microsoft365Managed_Autopilot';
const GUID = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;
/** `customers/<slug>/customer.yml`. Pure: cross-field rules live in read-customer.ts. */
const CustomerFileSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .strictObject */ .rej({
    name: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().trim().min(1).describe("The customer's display name, for reports."),
    customerId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .regex(GUID)
        .describe("Partner Center customer id, which is the customer's Microsoft Entra tenant id (a GUID)."),
    groupTag: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
        .min(1)
        .default(DEFAULT_GROUP_TAG)
        .describe(`Name of the Partner Center device batch, which becomes the devices' Autopilot group tag. For Managed Desktop customers exactly one of: ${MANAGED_DESKTOP_GROUP_TAGS.join(', ')}.`),
    groupTags: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().min(1))
        .optional()
        .describe("More group tags the customer uses besides groupTag, each its own device batch. A device takes its tag from its row's Group Tag column, else from the folder devices/<group tag>/ its file sits in, else groupTag."),
    managedDesktop: zod__WEBPACK_IMPORTED_MODULE_0__/* .boolean */ .zMY()
        .default(true)
        .describe('Whether the customer is a Microsoft Managed Desktop customer; if so the group tag must be a Managed Desktop tag.'),
})
    .describe('An autopilot-gitops customer: who the devices in devices/ are registered for.');
/** Every group tag of a customer, its default (groupTag) first, each once. */
function tagsOf(customer) {
    return [...new Set([customer.groupTag, ...(customer.groupTags ?? [])])];
}
/** The JSON Schema editors use to check customer.yml; `npm run schema` writes it to schema/. */
function customerJsonSchema() {
    return {
        $id: 'https://github.com/autopilot-gitops/autopilot-gitops/schema/customer.schema.json',
        title: 'autopilot-gitops customer.yml',
        ...zod__WEBPACK_IMPORTED_MODULE_1__/* .toJSONSchema */ .bl(CustomerFileSchema, { io: 'input' }),
        // The cross-field rule of read-customer.ts, so that editors flag a wrong tag too.
        if: { properties: { managedDesktop: { const: false } }, required: ['managedDesktop'] },
        else: {
            properties: {
                groupTag: { enum: [...MANAGED_DESKTOP_GROUP_TAGS] },
                groupTags: { items: { enum: [...MANAGED_DESKTOP_GROUP_TAGS] } },
            },
        },
    };
}


/***/ }),

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


/***/ })

};
