export const id = 38;
export const ids = [38,538];
export const modules = {

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

/***/ 7356:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   IA: () => (/* binding */ errorAsText),
/* harmony export */   OQ: () => (/* binding */ sayInTurn),
/* harmony export */   Sz: () => (/* binding */ oneAfterAnother)
/* harmony export */ });
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(8807);
/* harmony import */ var _error_message_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(5178);
/* harmony import */ var _error_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);



/**
 * Several reasons as one Text, said one after the other (`a; b; c` in English): a message cannot
 * hold an array of Texts other than as a list (`a, b and c`), and reasons have always been told
 * apart by semicolons. Undefined for none.
 */
function oneAfterAnother(texts) {
    const [first, ...rest] = texts;
    if (!first)
        return undefined;
    return rest.reduce((all, then) => (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Q)('repo.reasons.both', { first: all, then }), first);
}
/** Several reasons in the words of one language, one after the other; '' for none. */
function sayInTurn(say, texts) {
    const all = oneAfterAnother(texts);
    return all ? say.text(all) : '';
}
/**
 * What went wrong as a Text: the error's own Text when it is one of ours (a TextError), else its
 * words quoted as they are in every language (Node's, a library's, Partner Center's).
 */
function errorAsText(error) {
    return (0,_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .errorText */ .kc)(error) ?? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_1__/* .text */ .Q)('verbatim', { words: (0,_error_message_js__WEBPACK_IMPORTED_MODULE_2__/* .errorMessage */ .g)(error) });
}


/***/ }),

/***/ 8823:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  IN: () => (/* binding */ foldRecords),
  zN: () => (/* binding */ isRegistered),
  Lv: () => (/* binding */ latestPosition),
  TE: () => (/* binding */ lookUp),
  MV: () => (/* binding */ parseRecordBytes),
  VB: () => (/* binding */ recordParser)
});

// UNUSED EXPORTS: parseRecord, stateOf

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./src/findings/error-message.ts
var error_message = __webpack_require__(5178);
// EXTERNAL MODULE: ./src/findings/finding.ts + 1 modules
var finding = __webpack_require__(3370);
// EXTERNAL MODULE: ./src/findings/text-list.ts
var text_list = __webpack_require__(7356);
// EXTERNAL MODULE: ./src/messages/text-of.ts
var text_of = __webpack_require__(8807);
// EXTERNAL MODULE: ./src/rules/identity.ts
var identity = __webpack_require__(9389);
// EXTERNAL MODULE: ./src/ledger/ledger-device.ts
var ledger_device = __webpack_require__(1763);
;// CONCATENATED MODULE: ./src/ledger/json-bytes.ts
// The bytes of JSON's structure, for the record readers that find a record's devices without
// parsing it whole (record-json.ts over all of it, record-pieces.ts a piece at a time).
const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COLON = 0x3a;
const COMMA = 0x2c;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
/** The name of the array the readers look for, as bytes. */
const DEVICES = [...'devices'].map((c) => c.charCodeAt(0));
/** JSON's whitespace: space, tab, line feed, carriage return. */
function isBlank(c) {
    return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d;
}

;// CONCATENATED MODULE: ./src/ledger/record-json.ts

/**
 * A registration record's JSON, read from its bytes as `JSON.parse(bytes.toString('utf8'))` reads
 * it, except that each element of the top-level `devices` array is decoded and parsed on its own
 * and handed to `each`, whose result takes its place. A record of 150,000 devices was 54 MB of
 * text and some 55 MB of parsed devices, all held at once beside the ledger devices they became;
 * this way the text never exists, and each parsed device is let go as soon as it is turned into
 * what it becomes. Bytes of any other shape (no such array, a key with an escape at the top, JSON
 * that does not parse) are parsed whole, so that the result, or the error, is JSON.parse's own;
 * a top-level `devices` array they hold is then handed over element by element all the same.
 */
function parseRecordJson(bytes, each) {
    const cuts = deviceCuts(bytes);
    if (!cuts)
        return parseWhole(bytes, each);
    const open = cuts[0];
    const close = cuts.at(-1);
    let head;
    try {
        head = JSON.parse(`${bytes.toString('utf8', 0, open)}[]${bytes.toString('utf8', close + 1)}`);
    }
    catch {
        return parseWhole(bytes, each);
    }
    const devices = [];
    // `[ ]` holds no element; `[,]` and `[1,]` hold an empty one, which does not parse.
    const empty = cuts.length === 2 && record_json_isBlank(bytes, open + 1, close);
    for (let i = 0; !empty && i < cuts.length - 1; i++) {
        let element;
        try {
            element = JSON.parse(bytes.toString('utf8', cuts[i] + 1, cuts[i + 1]));
        }
        catch {
            return parseWhole(bytes, each);
        }
        devices.push(each(element, i, head));
    }
    head.devices = devices;
    return head;
}
function parseWhole(bytes, each) {
    const json = JSON.parse(bytes.toString('utf8'));
    const record = json;
    if (json !== null && typeof json === 'object' && Array.isArray(record.devices)) {
        record.devices = record.devices.map((element, index) => each(element, index, json));
    }
    return json;
}
/**
 * Where the top-level `devices` array opens, where each of its elements ends (its commas) and
 * where it closes; undefined when the bytes are not an object with exactly one such array, or a
 * key at the top has an escape (which could spell `devices` a second time).
 */
function deviceCuts(bytes) {
    const length = bytes.length;
    let i = skipBlank(bytes, 0);
    if (bytes[i] !== OPEN_BRACE)
        return undefined;
    let depth = 0;
    let inDevices = false;
    const cuts = [];
    for (; i < length; i++) {
        const c = bytes[i];
        if (c === QUOTE) {
            const start = i;
            i = stringEnd(bytes, i);
            if (i < 0)
                return undefined;
            if (depth !== 1)
                continue;
            let next = skipBlank(bytes, i + 1);
            if (bytes[next] !== COLON)
                continue;
            if (bytes.subarray(start, i).includes(BACKSLASH))
                return undefined;
            if (!isDevicesKey(bytes, start, i))
                continue;
            next = skipBlank(bytes, next + 1);
            if (bytes[next] !== OPEN_BRACKET || cuts.length > 0)
                return undefined;
            cuts.push(next);
            inDevices = true;
            depth = 2;
            i = next;
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
            depth++;
        }
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
            depth--;
            if (inDevices && depth === 1) {
                if (c !== CLOSE_BRACKET)
                    return undefined;
                cuts.push(i);
                inDevices = false;
            }
        }
        else if (c === COMMA && inDevices && depth === 2) {
            cuts.push(i);
        }
    }
    return cuts.length >= 2 && !inDevices ? cuts : undefined;
}
/** The index of the quote that closes the string opening at `start`, or -1. */
function stringEnd(bytes, start) {
    const length = bytes.length;
    for (let i = start + 1; i < length; i++) {
        const c = bytes[i];
        if (c === QUOTE)
            return i;
        if (c === BACKSLASH)
            i++;
    }
    return -1;
}
function isDevicesKey(bytes, start, end) {
    if (end - start - 1 !== DEVICES.length)
        return false;
    return DEVICES.every((c, i) => bytes[start + 1 + i] === c);
}
function record_json_isBlank(bytes, from, to) {
    return skipBlank(bytes, from) >= to;
}
/** JSON's whitespace: space, tab, line feed, carriage return. */
function skipBlank(bytes, from) {
    let i = from;
    for (;;) {
        const c = bytes[i];
        if (!isBlank(c))
            return i;
        i++;
    }
}

;// CONCATENATED MODULE: ./src/ledger/record-pieces.ts

/**
 * parseRecordJson over a record's bytes as they are read, piece by piece: each element of the
 * top-level `devices` array is parsed and handed to `each` as soon as its last byte comes in, and
 * no piece is kept once it is used. Read whole, a record of 150,000 devices held its 54 MB of
 * bytes beside the ledger devices they became, the run's highest point. (Each piece in bytes of
 * its own did no better: a piece outlives a few young collections while it is read, so all of
 * them waited for the next full one.)
 *
 * It reads records as the registration run writes them: an object whose `devices` array comes
 * last. Bytes of any other shape (no such array, keys after it, a key with an escape before it,
 * an element that does not parse) make `push` or `end` give up, for the caller to parse the
 * bytes whole with parseRecordJson, which gives JSON.parse's own result or error.
 */
class RecordPieces {
    #each;
    #phase = 'head';
    #opened = false;
    #depth = 0;
    #inString = false;
    #escaped = false;
    /** A string at depth 1 in the head, which may be a key: whether it is `devices` so far, and
     * whether it has an escape (which could spell `devices` another way). */
    #inKey = false;
    #keyLength = 0;
    #keyIsDevices = false;
    #keyEscaped = false;
    /** Where the head stands after a string at depth 1: waiting for its colon, or for `[`. */
    #after = 'none';
    /** Bytes of the head (until `[`), then of the element being read, then of the tail. */
    #parts = [];
    #head;
    #devices = [];
    /** Whether the array holds anything but blanks so far: `[ ]` holds no element, `[,]` an empty one. */
    #commas = 0;
    constructor(each) {
        this.#each = each;
    }
    /**
     * Takes the next piece, keeping a copy of what it still needs of it (so the caller may read the
     * next one into the same bytes); false once the bytes are of a shape it does not read.
     */
    push(piece) {
        let from = 0;
        let i = 0;
        while (i < piece.length && this.#phase !== 'failed') {
            if (this.#phase === 'head') {
                if (this.#headByte(piece[i])) {
                    this.#parts.push(piece.subarray(from, i));
                    this.#openDevices();
                    from = i + 1;
                }
                i++;
            }
            else if (this.#phase === 'devices') {
                const cut = this.#nextCut(piece, i);
                if (cut < 0)
                    break;
                this.#parts.push(piece.subarray(from, cut));
                this.#element();
                from = cut + 1;
                if (piece[cut] === CLOSE_BRACKET && this.#phase === 'devices')
                    this.#phase = 'tail';
                i = cut + 1;
            }
            else
                break;
        }
        if (this.#phase === 'failed')
            return false;
        // A copy (a Buffer's slice is none): the reader reads its next piece into the same bytes.
        this.#parts.push(new Uint8Array(piece.subarray(from)));
        return true;
    }
    /** The record's JSON, or undefined when it is to be parsed whole. */
    end() {
        if (this.#phase !== 'tail' || !this.#head)
            return undefined;
        // What follows the array is only the record's closing brace.
        if (textOf(this.#parts).trim() !== '}')
            return undefined;
        this.#head.devices = this.#devices;
        return this.#head;
    }
    /** One byte of the head; true when it opens the `devices` array. */
    #headByte(c) {
        if (this.#depth === 0) {
            // Only blanks before the record's object; nothing after it closes before its devices.
            if (c === OPEN_BRACE && !this.#opened) {
                this.#depth = 1;
                this.#opened = true;
            }
            else if (!isBlank(c))
                this.#phase = 'failed';
            return false;
        }
        if (this.#inString) {
            this.#stringByte(c);
            return false;
        }
        if (this.#after !== 'none' && isBlank(c))
            return false;
        if (this.#after === 'devices-key') {
            if (c === OPEN_BRACKET)
                return true;
            this.#phase = 'failed';
            return false;
        }
        if (this.#after === 'key') {
            this.#after = 'none';
            if (c === COLON) {
                if (this.#keyEscaped)
                    this.#phase = 'failed';
                else if (this.#keyIsDevices)
                    this.#after = 'devices-key';
                return false;
            }
        }
        if (c === QUOTE) {
            this.#inString = true;
            this.#inKey = this.#depth === 1;
            this.#keyLength = 0;
            this.#keyIsDevices = true;
            this.#keyEscaped = false;
        }
        else if (c === OPEN_BRACE || c === OPEN_BRACKET)
            this.#depth++;
        else if (c === CLOSE_BRACE || c === CLOSE_BRACKET)
            this.#depth--;
        return false;
    }
    #stringByte(c) {
        if (this.#escaped) {
            this.#escaped = false;
        }
        else if (c === BACKSLASH) {
            this.#escaped = true;
            this.#keyEscaped = true;
        }
        else if (c === QUOTE) {
            this.#inString = false;
            if (this.#inKey) {
                this.#after = 'key';
                this.#keyIsDevices &&= this.#keyLength === DEVICES.length;
            }
            return;
        }
        if (this.#inKey) {
            this.#keyIsDevices &&= DEVICES[this.#keyLength] === c;
            this.#keyLength++;
        }
    }
    #openDevices() {
        try {
            // The head as it stands, the array empty: what `each` is told of the record.
            this.#head = JSON.parse(`${textOf(this.#parts)}[]}`);
        }
        catch {
            this.#phase = 'failed';
            return;
        }
        this.#parts = [];
        this.#phase = 'devices';
        this.#depth = 2;
    }
    /**
     * Where in `piece`, from `start`, the element being read ends (a comma, or the closing
     * bracket), or -1 when it goes on into the next piece or the bytes are of a shape it does not
     * read. The state it scans with lives in locals while it loops: a record of 150,000 devices is
     * 54 MB, which took 266 ms to scan a byte at a time through the fields, 170 ms this way (CPU
     * profile of `plan`).
     */
    #nextCut(piece, start) {
        let inString = this.#inString;
        let escaped = this.#escaped;
        let depth = this.#depth;
        let cut = -1;
        for (let i = start; i < piece.length; i++) {
            const c = piece[i];
            if (inString) {
                if (escaped)
                    escaped = false;
                else if (c === BACKSLASH)
                    escaped = true;
                else if (c === QUOTE)
                    inString = false;
            }
            else if (c === QUOTE)
                inString = true;
            else if (c === OPEN_BRACE || c === OPEN_BRACKET)
                depth++;
            else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
                depth--;
                if (depth === 1) {
                    if (c === CLOSE_BRACKET)
                        cut = i;
                    else
                        this.#phase = 'failed';
                    break;
                }
            }
            else if (c === COMMA && depth === 2) {
                this.#commas++;
                cut = i;
                break;
            }
        }
        this.#inString = inString;
        this.#escaped = escaped;
        this.#depth = depth;
        return cut;
    }
    #element() {
        const text = textOf(this.#parts);
        this.#parts = [];
        if (this.#commas === 0 && this.#devices.length === 0 && text.trim() === '')
            return;
        let element;
        try {
            element = JSON.parse(text);
        }
        catch {
            this.#phase = 'failed';
            return;
        }
        this.#devices.push(this.#each(element, this.#devices.length, this.#head));
    }
}
function textOf(parts) {
    const only = parts.length === 1 ? parts[0] : undefined;
    const bytes = only ?? Buffer.concat(parts);
    return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('utf8');
}

// EXTERNAL MODULE: ./src/ledger/record-schema.ts
var record_schema = __webpack_require__(8598);
;// CONCATENATED MODULE: ./src/ledger/fold-ledger.ts










const REGISTERED = ['registered', 'already-registered', 'retagged'];
function isRegistered(device) {
    return REGISTERED.includes(device.status);
}
/** Parses one record; a record that does not parse is a finding naming the file, never skipped. */
function parseRecord(file) {
    return checkRecord(file, () => {
        const json = JSON.parse(file.text);
        return { json, problems: recordProblems(json) };
    });
}
/**
 * parseRecord from the record's bytes, with the same findings; its devices come out as the
 * LedgerDevices foldRecords makes of them, each made as soon as it is parsed (see
 * parseRecordJson), so that a record of 150,000 devices is never held as text, nor as parsed
 * devices beside what they become.
 */
function parseRecordBytes(file) {
    return checkRecord(file, () => {
        const devices = recordDevices(file);
        return devices.checked(parseRecordJson(file.bytes, devices.each));
    });
}
/**
 * parseRecordBytes over the record's bytes as they are read (see RecordPieces): `take` each
 * piece, then `finish`. Either says so when the record is to be parsed whole instead: `take`
 * by false, `finish` by undefined.
 */
function recordParser(file) {
    const devices = recordDevices(file);
    const pieces = new RecordPieces(devices.each);
    return {
        take: (piece) => pieces.push(piece),
        finish() {
            const json = pieces.end();
            if (json === undefined)
                return undefined;
            return checkRecord(file, () => devices.checked(json));
        },
    };
}
/** What parseRecordBytes does with each device as it is parsed, and the problems it found. */
function recordDevices(file) {
    const problems = [];
    const shared = (0,ledger_device/* stringPool */.SH)();
    const outcomes = (0,ledger_device/* outcomePool */.Nk)();
    // One for all of the record's devices (see ledgerDevice); the head is the same for each.
    let where;
    const each = (element, index, head) => {
        if (problems.length < 5) {
            const checked = record_schema.RecordDeviceSchema.safeParse(element);
            if (!checked.success) {
                for (const issue of checked.error.issues)
                    problems.push({ path: ['devices', index, ...issue.path], message: issue.message });
            }
        }
        // A record with a bad device is not folded: what its devices become does not matter.
        if (problems.length > 0)
            return element;
        const { finishedAt, groupTag } = head;
        where ??= { customer: file.customer, record: file.file, at: finishedAt, groupTag };
        return (0,ledger_device/* ledgerDevice */.o_)(element, where, shared, outcomes);
    };
    const checked = (json) => {
        const headProblems = RecordHeadSchema.safeParse(json);
        return { json, problems: headProblems.success ? problems : headProblems.error.issues };
    };
    return { each, checked };
}
function checkRecord(file, parse) {
    const at = { file: file.file, line: 1 };
    const name = file.file.split('/').at(-1) ?? '';
    if (!record_schema.RECORD_NAME.test(name)) {
        // Records fold in the order of their names: a name out of pattern would fold out of time order.
        const message = (0,text_of/* text */.Q)('repo.record.badName', { name });
        return { findings: [(0,finding/* finding */.gk)('AP606', at, message)] };
    }
    let parsed;
    try {
        parsed = parse();
    }
    catch (error) {
        // The parser's own words, quoted.
        const message = (0,text_of/* text */.Q)('repo.record.notJson', { error: (0,error_message/* errorMessage */.g)(error) });
        return { findings: [(0,finding/* finding */.gk)('AP606', at, message)] };
    }
    const { json, problems } = parsed;
    if (problems.length > 0) {
        const listed = problems
            .slice(0, 5)
            .map((i) => (0,text_of/* text */.Q)('repo.record.problem', { path: i.path.join('.'), problem: i.message }));
        const message = (0,text_of/* text */.Q)('repo.record.schema', { problems: (0,text_list/* oneAfterAnother */.Sz)(listed) });
        return { findings: [(0,finding/* finding */.gk)('AP606', at, message)] };
    }
    const record = json;
    if (record.customer !== file.customer) {
        const where = { customer: record.customer, folder: file.customer };
        return { findings: [(0,finding/* finding */.gk)('AP606', at, (0,text_of/* text */.Q)('repo.record.otherCustomer', where))] };
    }
    return { record, findings: [] };
}
/**
 * What is wrong with a parsed record, by the schema. The record is checked without its devices,
 * then device by device: the schemas transform nothing, so a record that passes is used as parsed,
 * and 150,000 devices are held once, not twice.
 */
function recordProblems(json) {
    const head = RecordHeadSchema.safeParse(json);
    if (!head.success)
        return head.error.issues;
    const devices = json.devices;
    const problems = [];
    for (let i = 0; i < devices.length && problems.length < 5; i++) {
        const checked = RecordDeviceSchema.safeParse(devices[i]);
        if (!checked.success) {
            for (const issue of checked.error.issues)
                problems.push({ path: ['devices', i, ...issue.path], message: issue.message });
        }
    }
    return problems;
}
const RecordHeadSchema = record_schema.RegistrationRecordSchema.extend({ devices: schemas/* array */.YOg(schemas/* unknown */.L5J()) });
/**
 * Folds every customer's parsed records, oldest first (file names sort in time order), into the
 * latest state of each device. `keysOf` gives a state's identity keys (see sharedKeys).
 */
function foldRecords(records, keysOf = identity/* identityKeys */.NZ) {
    const ledger = { customers: new Map(), unreadable: new Set() };
    const sorted = [...records].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
    let latestName = '';
    for (const { file, customer: slug, record } of sorted) {
        const name = file.split('/').at(-1) ?? '';
        if (name > latestName) {
            latestName = name;
            ledger.latestCommit = record.commit;
        }
        // While folding, `devices` holds every state in the order folded; compact keeps the latest.
        const customer = ledger.customers.get(slug) ?? {
            slug,
            customerId: record.customerId,
            devices: [],
            positions: new Map(),
        };
        customer.customerId = record.customerId;
        const where = { customer: slug, record: file, at: record.finishedAt, groupTag: record.groupTag };
        for (const device of record.devices) {
            // parseRecordBytes made its devices LedgerDevices already: a record's own never has `record`.
            const state = 'record' in device ? device : (0,ledger_device/* ledgerDevice */.o_)(device, where);
            const position = customer.devices.push(state) - 1;
            for (const key of keysOf(state))
                customer.positions.set(key, position);
        }
        ledger.customers.set(slug, customer);
    }
    for (const customer of ledger.customers.values())
        compact(customer);
    return ledger;
}
/**
 * Keeps, of every state folded, those that are still the latest under one of their keys, in the
 * order their keys were first seen, and points the keys at their new positions.
 */
function compact(customer) {
    const folded = customer.devices;
    const moved = new Int32Array(folded.length).fill(-1);
    const devices = [];
    for (const [key, position] of customer.positions) {
        let to = moved[position];
        if (to < 0) {
            to = devices.push(folded[position]) - 1;
            moved[position] = to;
        }
        // Setting a key that is there already leaves the Map's order, and this loop, as they are.
        customer.positions.set(key, to);
    }
    customer.devices = devices;
}
/** The latest state under one identity key. */
function stateOf(customer, key) {
    return stateAt(customer, customer?.positions.get(key));
}
/** The latest state of a device under its own customer, by any of its keys. */
function lookUp(customer, keys) {
    return stateAt(customer, latestPosition(customer, keys));
}
function stateAt(customer, position) {
    return position === undefined ? undefined : customer?.devices[position];
}
/** Where lookUp's state is in the customer's devices. */
function latestPosition(customer, keys) {
    let latest;
    let latestAt = '';
    for (const key of keys) {
        const position = customer?.positions.get(key);
        const at = position === undefined ? undefined : customer?.devices[position]?.at;
        if (at !== undefined && (latest === undefined || at > latestAt)) {
            latest = position;
            latestAt = at;
        }
    }
    return latest;
}


/***/ }),

/***/ 1763:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Nk: () => (/* binding */ outcomePool),
/* harmony export */   SH: () => (/* binding */ stringPool),
/* harmony export */   o_: () => (/* binding */ ledgerDevice)
/* harmony export */ });
/** The outcome of most registered devices: none at all, one object for all of them. */
const NO_OUTCOME = Object.freeze({
    trackingId: null,
    errorCode: null,
    errorName: null,
    errorDescription: null,
    transient: null,
});
/**
 * A LedgerDevice folded from a record. What each device has of its own are its fields; where it
 * comes from (the record's customer, file and time, the same for all of a record's devices) and
 * what its upload came to (nothing, for most registered devices) are one shared object each, read
 * through getters: 17 fields of its own were 160 bytes a device, these 11 are 112 (a record of
 * 150,000 devices: 7 MB at the peaks of a plan). Being a class, it has one shape for every device.
 */
class FoldedDevice {
    serialNumber;
    manufacturer;
    model;
    productKeyId;
    hardwareHashSha256;
    source;
    status;
    deviceId;
    groupTag;
    #origin;
    #outcome;
    constructor(device, origin, shared, outcomes) {
        this.serialNumber = device.serialNumber;
        this.manufacturer = shared(device.manufacturer);
        this.model = shared(device.model);
        this.productKeyId = device.productKeyId;
        this.hardwareHashSha256 = device.hardwareHashSha256;
        this.source = device.source;
        this.status = shared(device.status);
        this.deviceId = device.deviceId;
        this.groupTag = device.groupTag ?? origin.groupTag;
        this.#origin = origin;
        this.#outcome = outcomeOf(device, shared, outcomes);
    }
    get customer() {
        return this.#origin.customer;
    }
    get record() {
        return this.#origin.record;
    }
    get at() {
        return this.#origin.at;
    }
    // The outcome's fields can be set, as a RecordDevice's can: the device gets an outcome of its own.
    get trackingId() {
        return this.#outcome.trackingId;
    }
    set trackingId(trackingId) {
        this.#change({ trackingId });
    }
    get requestId() {
        return this.#outcome.requestId;
    }
    set requestId(requestId) {
        this.#change({ requestId });
    }
    get errorCode() {
        return this.#outcome.errorCode;
    }
    set errorCode(errorCode) {
        this.#change({ errorCode });
    }
    get errorName() {
        return this.#outcome.errorName;
    }
    set errorName(errorName) {
        this.#change({ errorName });
    }
    get errorDescription() {
        return this.#outcome.errorDescription;
    }
    set errorDescription(errorDescription) {
        this.#change({ errorDescription });
    }
    get transient() {
        return this.#outcome.transient;
    }
    set transient(transient) {
        this.#change({ transient });
    }
    /** An outcome of its own, the shared one left as it is. `requestId` is absent, not undefined. */
    #change(patch) {
        const outcome = { ...this.#outcome, ...patch };
        if (outcome.requestId === undefined)
            delete outcome.requestId;
        this.#outcome = outcome;
    }
}
function outcomeOf(device, shared, outcomes) {
    const { trackingId, requestId, errorCode, errorName, errorDescription, transient } = device;
    const none = trackingId === null && errorCode === null && errorName === null;
    if (none && errorDescription === null && transient === null && requestId === undefined)
        return NO_OUTCOME;
    return outcomes({
        trackingId: sharedOrNull(trackingId, shared),
        ...(requestId === undefined ? {} : { requestId }),
        errorCode: sharedOrNull(errorCode, shared),
        errorName: sharedOrNull(errorName, shared),
        errorDescription: sharedOrNull(errorDescription, shared),
        transient,
    });
}
/** One copy of each outcome it is given, by its fields' values. */
function outcomePool() {
    return poolBy((outcome) => {
        const { trackingId, requestId, errorCode, errorName, errorDescription, transient } = outcome;
        return JSON.stringify([
            trackingId,
            requestId ?? null,
            errorCode,
            errorName,
            errorDescription,
            transient,
        ]);
    });
}
/**
 * A record's device as its LedgerDevice (see FoldedDevice). `shared` gives the strings many
 * devices repeat (a manufacturer, a model, a status, an upload's tracking id, an error) one copy:
 * parsed, each device has its own (150,000 statuses: 5 MB); `outcomes` does the same for their
 * outcomes. `origin` is to be one object for all of a record's devices.
 */
function ledgerDevice(device, origin, shared = same, outcomes = same) {
    return new FoldedDevice(device, origin, shared, outcomes);
}
function same(value) {
    return value;
}
function sharedOrNull(value, shared) {
    return value === null ? null : shared(value);
}
/** One copy of each string it is given. */
function stringPool() {
    return poolBy((value) => value);
}
/** Gives back the first value it was given of each key that `keyOf` tells. */
function poolBy(keyOf) {
    const known = new Map();
    return (value) => {
        const key = keyOf(value);
        const found = known.get(key);
        if (found !== undefined)
            return found;
        known.set(key, value);
        return value;
    };
}


/***/ }),

/***/ 8598:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

__webpack_require__.r(__webpack_exports__);
/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   DEVICE_STATUSES: () => (/* binding */ DEVICE_STATUSES),
/* harmony export */   RECORD_FILE: () => (/* binding */ RECORD_FILE),
/* harmony export */   RECORD_NAME: () => (/* binding */ RECORD_NAME),
/* harmony export */   RecordDeviceSchema: () => (/* binding */ RecordDeviceSchema),
/* harmony export */   RegistrationRecordSchema: () => (/* binding */ RegistrationRecordSchema),
/* harmony export */   recordFileName: () => (/* binding */ recordFileName),
/* harmony export */   recordJsonSchema: () => (/* binding */ recordJsonSchema)
/* harmony export */ });
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6921);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4377);
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8439);
/* harmony import */ var _config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2538);


/**
 * What became of one device in one registration run. `retagged` (version 2): moved to the batch
 * of its `groupTag` from that of its `previousGroupTag`, and registered there. `deregistered`
 * (version 2): deleted from its batch, as its `request` asked.
 */
const DEVICE_STATUSES = [
    'registered',
    'already-registered',
    'failed',
    'pending',
    'retagged',
    'deregistered',
];
const RecordDeviceSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    serialNumber: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    manufacturer: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    model: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    productKeyId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP(),
    /** SHA-256 (hex) of the hash text as written in the CSV; empty for a row without a hash. */
    hardwareHashSha256: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^(?:[0-9a-f]{64})?$/),
    /** Where the row was: `customers/<slug>/devices/<file>.csv:<line>`. */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    status: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(DEVICE_STATUSES),
    deviceId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** For a pending device: the upload to follow up on the next run. */
    trackingId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /**
     * For a device about to be sent when the record was written (pending, no tracking id yet): the
     * MS-RequestId of its upload, under which the next run sends it again. Absent otherwise.
     */
    requestId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().optional(),
    errorCode: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    errorName: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    errorDescription: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    /** True when a later run may succeed with the same data. */
    transient: zod__WEBPACK_IMPORTED_MODULE_1__/* .boolean */ .zMY().nullable(),
    /**
     * Version 2: the device's group tag (its batch) when it is not the record's `groupTag`, for a
     * run that sent devices of one customer under several tags. Absent otherwise.
     */
    groupTag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /**
     * Version 2: for a device moved between batches (retagged, or pending or failed on its way),
     * the group tag of the batch it was deleted from.
     */
    previousGroupTag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1).optional(),
    /**
     * Version 2, for a deregistered device: the request file's line that asked for it, who asked
     * (the author of the pull request that brought it) and who approved that pull request.
     */
    request: zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
        source: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
        pullRequest: zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive().nullable(),
        requestedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
        approvedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    })
        .optional(),
});
/**
 * `customers/<slug>/registrations/<YYYYMMDDTHHMMSSZ>-<sha7>.json`: one registration run for one
 * customer. Immutable: a later run writes a new file. A run whose uploads are still being
 * processed first writes `<…>-<sha7>-in-progress.json` with them `pending`, so that a run killed
 * while it waits leaves the next one their tracking ids to follow instead of sending them again.
 */
const RegistrationRecordSchema = zod__WEBPACK_IMPORTED_MODULE_1__/* .strictObject */ .rej({
    /**
     * 1: a registration run's; 2 adds `source`, and devices' own `groupTag` where a run sent a
     * customer's devices under several tags. Both are read.
     */
    schemaVersion: zod__WEBPACK_IMPORTED_MODULE_1__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(1), zod__WEBPACK_IMPORTED_MODULE_1__/* .literal */ .euz(2)]),
    /**
     * How the record came to be: `registration`, a run that sent the devices; `adopted`, devices
     * Partner Center already had, recorded by `autopilot-gitops adopt`. Absent in version 1.
     */
    source: zod__WEBPACK_IMPORTED_MODULE_1__/* ["enum"] */ .k5n(['registration', 'adopted']).optional(),
    customer: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    customerId: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(_config_customer_schema_js__WEBPACK_IMPORTED_MODULE_0__.GUID),
    groupTag: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().min(1),
    commit: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().regex(/^[0-9a-f]{40}$/),
    pullRequests: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .number */ .aig().int().positive()),
    approvedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    mergedBy: zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP().nullable(),
    startedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    finishedAt: zod__WEBPACK_IMPORTED_MODULE_2__/* .datetime */ .w$(),
    trackingIds: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(zod__WEBPACK_IMPORTED_MODULE_1__/* .string */ .YjP()),
    devices: zod__WEBPACK_IMPORTED_MODULE_1__/* .array */ .YOg(RecordDeviceSchema),
});
/** A registration record's path; the group is the customer's slug. */
const RECORD_FILE = /^customers\/([^/]+)\/registrations\/[^/]+\.json$/;
/** Today's names, and those of earlier versions (to the second, no run id), which still fold. */
const RECORD_NAME = /^\d{8}T\d{6}(?:\d{3})?Z-[0-9a-f]{7}(?:-[0-9a-f]{8})?(?:-in-progress)?\.json$/;
/**
 * `20261124T101500123Z-1a2b3c4-5e6f7a8b.json`: the run's start to the millisecond, the commit it
 * registered, and the run's own random id, so that names sort in time order and two runs never
 * share one, even in the same millisecond. The in-progress record of the same run sorts just
 * before it (`-` sorts before `.`).
 */
function recordFileName(startedAt, commit, run) {
    const stamp = startedAt.toISOString().replace(/[-:.]/g, '');
    return `${stamp}-${commit.slice(0, 7)}-${run.id}${run.inProgress ? '-in-progress' : ''}.json`;
}
/** The JSON Schema of a registration record, as `npm run schema` writes it to schema/. */
function recordJsonSchema() {
    return {
        $id: 'https://github.com/autopilot-gitops/autopilot-gitops/schema/registration-record.schema.json',
        title: 'autopilot-gitops registration record',
        description: 'customers/<slug>/registrations/<YYYYMMDDTHHMMSSmmmZ>-<sha7>-<run id>.json: one registration run, or one adoption, for one customer. Immutable.',
        ...zod__WEBPACK_IMPORTED_MODULE_3__/* .toJSONSchema */ .bl(RegistrationRecordSchema, { io: 'output' }),
    };
}


/***/ }),

/***/ 8880:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   OJ: () => (/* binding */ hasWork),
/* harmony export */   Zh: () => (/* binding */ DEVICE_ACTIONS),
/* harmony export */   aM: () => (/* binding */ NOT_DEREGISTERED),
/* harmony export */   d3: () => (/* binding */ recount),
/* harmony export */   f3: () => (/* binding */ DEREGISTER_REQUEST),
/* harmony export */   so: () => (/* binding */ totalToSend),
/* harmony export */   x$: () => (/* binding */ devicesToSend),
/* harmony export */   xb: () => (/* binding */ isSent),
/* harmony export */   xs: () => (/* binding */ isRefusedDeregistration)
/* harmony export */ });
const DEVICE_ACTIONS = [
    'register',
    'retry',
    'retag',
    'already',
    'blocked',
    'removed',
    'deregister',
];
/** Whether merging sends the device to Partner Center: registered anew, retried, or moved. */
function isSent(device) {
    return device.action === 'register' || device.action === 'retry' || device.action === 'retag';
}
/** How many devices merging sends for a customer, moved ones included: none for a blocked one. */
function devicesToSend(customer) {
    const { register, retry, retag } = customer.counts;
    return customer.blocked ? 0 : register + retry + retag;
}
/** Counts a customer's devices by action, anew: after planning, or after a device changed action. */
function recount(customer) {
    for (const action of DEVICE_ACTIONS)
        customer.counts[action] = 0;
    for (const device of customer.devices)
        customer.counts[device.action] += 1;
}
/**
 * A deregistration the plan asked for and the merge will not carry out (no approval, over the
 * cap): blocked, its reason this key's Text, which says why. The renderers and the outcome tell
 * them by it.
 */
const NOT_DEREGISTERED = 'repo.notDeregistered';
function isRefusedDeregistration(device) {
    return device.action === 'blocked' && device.reason?.key === NOT_DEREGISTERED;
}
/** Where deregistration requests lie: `customers/<slug>/deregister/…`. */
const DEREGISTER_REQUEST = /^customers\/[^/]+\/deregister\//;
/** Whether merging does anything for a customer: sends, moves or deregisters. */
function hasWork(customer) {
    return devicesToSend(customer) > 0 || (!customer.blocked && customer.counts.deregister > 0);
}
/** How many devices merging sends, all customers together. */
function totalToSend(customers) {
    return customers.reduce((n, c) => n + devicesToSend(c), 0);
}


/***/ })

};
