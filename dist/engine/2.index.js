export const id = 2;
export const ids = [2];
export const modules = {

/***/ 4193:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   mG: () => (/* binding */ failedCall),
/* harmony export */   q3: () => (/* binding */ PartnerCenterError),
/* harmony export */   xd: () => (/* binding */ checkBaseUrl)
/* harmony export */ });
/* harmony import */ var _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6564);
/* harmony import */ var _findings_redact_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6169);
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__ = __webpack_require__(8807);
/* harmony import */ var _schemas_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(276);
/* harmony import */ var _untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_3__ = __webpack_require__(8832);





/** A call Partner Center refused or could not answer. Carries what support asks for, never a token. */
class PartnerCenterError extends _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .TextError */ .WK {
    details;
    name = 'PartnerCenterError';
    constructor(message, details, options) {
        super(message, options);
        this.details = details;
    }
}
/** Plain http is for the sandbox on this machine only. */
function checkBaseUrl(url, what) {
    let parsed;
    try {
        parsed = new URL(url);
    }
    catch {
        throw new _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .TextError */ .WK((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.url.invalid', { setting: what, url }));
    }
    const loopback = ['127.0.0.1', 'localhost', '[::1]'].includes(parsed.hostname);
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && loopback)) {
        throw new _findings_error_words_js__WEBPACK_IMPORTED_MODULE_0__/* .TextError */ .WK((0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.url.notHttps', { setting: what, url }));
    }
    return parsed;
}
/**
 * The error for a call that failed for good: Partner Center's code and description when its body
 * has them (else the start of the body), what support asks for, and the reason we stopped. A
 * certificate this process does not trust is said as such, with the fix, not as `fetch failed`.
 * What Partner Center (or a proxy in front of it) said is redacted before it is kept: a service
 * that echoes the request would otherwise hand back the bearer token.
 */
function failedCall(f) {
    const redact = f.redact ?? _findings_redact_js__WEBPACK_IMPORTED_MODULE_1__/* .redactShapes */ .YA;
    const envelope = _schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .ErrorEnvelopeSchema */ .up.safeParse((0,_schemas_js__WEBPACK_IMPORTED_MODULE_2__/* .tryParseBody */ .Zy)(f.text));
    const given = envelope.success ? envelope.data.code : undefined;
    const code = given ? excerpt(redact(given), MOST_CODE) : undefined;
    // Redacted whole, then cut: a cut through a token would leave its start unrecognised.
    const said = envelope.success ? (envelope.data.description ?? envelope.data.message) : f.text;
    const description = said
        ? excerpt(redact(said), envelope.success ? MOST_DESCRIPTION : 300)
        : undefined;
    const status = f.response?.status;
    const untrusted = status === undefined ? (0,_untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .untrustedCertificateCode */ .L)(f.failure) : undefined;
    const what = status === undefined
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.noAnswer', { failure: redact(errorText(f.failure)) })
        : code
            ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.httpCode', { status: String(status), code })
            : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.http', { status: String(status) });
    const call = { method: f.method, path: f.path, requestId: f.requestId };
    const ids = { ...call, correlationId: f.correlationId };
    const certificate = untrusted ? (0,_untrusted_certificate_js__WEBPACK_IMPORTED_MODULE_3__/* .untrustedCertificateMessage */ .r)(f.host, untrusted) : undefined;
    const message = certificate
        ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.untrusted', { ...ids, certificate })
        : description
            ? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.described', { ...ids, what, description, reason: f.reason })
            : (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_4__/* .text */ .Q)('error.partnerCenter.failed', { ...ids, what, reason: f.reason });
    // Every value that came from Partner Center, or from the network, was redacted above.
    return new PartnerCenterError(message, {
        method: f.method,
        path: f.path,
        ...(status === undefined ? {} : { status }),
        ...(code ? { code } : {}),
        ...(description ? { description } : {}),
        requestId: f.requestId,
        correlationId: f.correlationId,
    }, { cause: f.failure });
}
/** The most of a description an error keeps: a short excerpt, as support asks for. */
const MOST_DESCRIPTION = 500;
const MOST_CODE = 100;
function excerpt(text, most = MOST_DESCRIPTION) {
    return text.length <= most ? text : `${text.slice(0, most - 1)}…`;
}
function errorText(error) {
    if (error instanceof Error) {
        const cause = error.cause?.code;
        return cause ? `${error.name}: ${cause}` : `${error.name}: ${error.message}`;
    }
    return String(error);
}


/***/ }),

/***/ 276:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Zy: () => (/* binding */ tryParseBody),
/* harmony export */   fS: () => (/* binding */ BatchUploadDetailsSchema),
/* harmony export */   mh: () => (/* binding */ DeviceBatchCollectionSchema),
/* harmony export */   u4: () => (/* binding */ DeviceCollectionSchema),
/* harmony export */   up: () => (/* binding */ ErrorEnvelopeSchema)
/* harmony export */ });
/* unused harmony exports LinkHeaderSchema, LinkSchema, DeviceBatchSchema, DeviceSchema, DeviceUploadDetailsSchema, RESPONSE_SCHEMAS, normaliseKeys, parseBody */
/* harmony import */ var zod__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(6921);

const UPLOAD_STATUSES = [
    'unknown',
    'queued',
    'processing',
    'finished',
    'finished_with_errors',
    'in-progress',
];
/** Unknown strings read as `unknown`, as Partner Center's own SDK does. */
const UploadStatus = zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP()
    .transform((s) => s.toLowerCase())
    .pipe(zod__WEBPACK_IMPORTED_MODULE_0__/* ["enum"] */ .k5n(UPLOAD_STATUSES).catch('unknown'));
/** A collection's link to its next page (reference §1.5): the token rides in its headers. */
const LinkHeaderSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ key: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), value: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP() });
const LinkSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    uri: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    headers: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(LinkHeaderSchema).nullish(),
});
/** Paging hints; a shape we do not expect is ignored rather than failing the whole list. */
const Links = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({ next: LinkSchema.nullish() }).nullish().catch(undefined);
const DeviceBatchSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    devicesCount: zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().optional(),
    creationDate: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
/** Whether this list is paged is unconfirmed (reference §13 item 11): read a token if one comes. */
const DeviceBatchCollectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DeviceBatchSchema).default([]),
    continuationToken: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    links: Links,
});
const DeviceSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    id: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(),
    serialNumber: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    productKey: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    oemManufacturerName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    modelName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
});
const DeviceCollectionSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    items: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DeviceSchema).default([]),
    continuationToken: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    links: Links,
});
const DeviceUploadDetailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    deviceId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    serialNumber: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    productKey: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    status: UploadStatus.default('unknown'),
    errorCode: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().transform(String)]).nullish(),
    errorDescription: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
});
const BatchUploadDetailsSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    batchTrackingId: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().nullish(),
    status: UploadStatus.default('unknown'),
    devicesStatus: zod__WEBPACK_IMPORTED_MODULE_0__/* .array */ .YOg(DeviceUploadDetailsSchema).default([]),
});
/** The error envelope, documented and as seen: every field optional, `code` a string or a number. */
const ErrorEnvelopeSchema = zod__WEBPACK_IMPORTED_MODULE_0__/* .object */ .Ikc({
    code: zod__WEBPACK_IMPORTED_MODULE_0__/* .union */ .KCZ([zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP(), zod__WEBPACK_IMPORTED_MODULE_0__/* .number */ .aig().transform(String)]).optional(),
    description: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    message: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
    errorName: zod__WEBPACK_IMPORTED_MODULE_0__/* .string */ .YjP().optional(),
});
/** Every object schema above: their property names are the ones read case-insensitively. */
const RESPONSE_SCHEMAS = [
    LinkHeaderSchema,
    LinkSchema,
    DeviceBatchSchema,
    DeviceBatchCollectionSchema,
    DeviceSchema,
    DeviceCollectionSchema,
    DeviceUploadDetailsSchema,
    BatchUploadDetailsSchema,
    ErrorEnvelopeSchema,
];
/**
 * Names read from bodies that no schema above holds: `next` (inside `links`), and the fields of
 * an upload request, which the sandbox reads in any case as the real service does (§1.4).
 */
const OTHER_NAMES = [
    'next',
    'batchId',
    'devices',
    'hardwareHash',
    'serialNumber',
    'productKey',
    'oemManufacturerName',
    'modelName',
];
/** Lower-cased name → the spelling our schemas read. */
const WIRE_NAMES = new Map([...RESPONSE_SCHEMAS.flatMap((schema) => Object.keys(schema.shape)), ...OTHER_NAMES].map((name) => [name.toLowerCase(), name]));
/**
 * Partner Center writes camelCase, its SDK PascalCase, and a documented example has a key with a
 * stray space (" attributes"). Every name a schema reads is matched trimmed and ignoring case
 * (`DEVICESSTATUS`, `SerialNumber`, `serialnumber`); any other name only loses its spaces and its
 * first capital, which is enough for keys nobody reads.
 */
function normaliseKeys(value) {
    if (Array.isArray(value))
        return value.map(normaliseKeys);
    if (value === null || typeof value !== 'object')
        return value;
    const out = {};
    for (const [key, inner] of Object.entries(value)) {
        const name = key.trim();
        const known = WIRE_NAMES.get(name.toLowerCase());
        out[known ?? name.charAt(0).toLowerCase() + name.slice(1)] = normaliseKeys(inner);
    }
    return out;
}
/** JSON from Partner Center: a UTF-8 byte order mark stripped (real responses carry one), names normalised. */
function parseBody(text) {
    const clean = text.replace(/^\uFEFF/, '').trim();
    return clean === '' ? undefined : normaliseKeys(JSON.parse(clean));
}
/** The body as parseBody reads it, or undefined when it is not JSON (an HTML error page, say). */
function tryParseBody(text) {
    try {
        return parseBody(text);
    }
    catch {
        return undefined;
    }
}


/***/ }),

/***/ 8832:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   L: () => (/* binding */ untrustedCertificateCode),
/* harmony export */   r: () => (/* binding */ untrustedCertificateMessage)
/* harmony export */ });
/* harmony import */ var _messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8807);

/**
 * Node's codes for a TLS certificate this process does not trust, with what each says of it.
 * fetch hides them in its error's cause ("fetch failed"); MSAL drops them altogether.
 */
const UNTRUSTED_CERTIFICATE = {
    SELF_SIGNED_CERT_IN_CHAIN: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.selfSignedChain'),
    DEPTH_ZERO_SELF_SIGNED_CERT: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.selfSigned'),
    UNABLE_TO_VERIFY_LEAF_SIGNATURE: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.unknownCa'),
    UNABLE_TO_GET_ISSUER_CERT: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.unknownCa'),
    UNABLE_TO_GET_ISSUER_CERT_LOCALLY: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.unknownCa'),
    CERT_HAS_EXPIRED: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.expired'),
    ERR_TLS_CERT_ALTNAME_INVALID: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.altName'),
};
/** What else fixes the two codes a missing CA does not explain. */
const ALSO = {
    CERT_HAS_EXPIRED: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.alsoExpired'),
    ERR_TLS_CERT_ALTNAME_INVALID: (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.alsoAltName'),
};
/** The code of an untrusted certificate anywhere in an error's chain of causes, or undefined. */
function untrustedCertificateCode(error) {
    let current = error;
    for (let depth = 0; depth < 8 && current instanceof Object; depth++) {
        const code = current.code;
        if (typeof code === 'string' && Object.hasOwn(UNTRUSTED_CERTIFICATE, code))
            return code;
        current = current.cause;
    }
    return undefined;
}
/** Names the host, says the certificate is not trusted here, and how to trust it: never by turning checks off. */
function untrustedCertificateMessage(host, code) {
    const what = UNTRUSTED_CERTIFICATE[code] ?? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.notTrusted');
    const also = ALSO[code] ?? (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.alsoNothing');
    return (0,_messages_text_of_js__WEBPACK_IMPORTED_MODULE_0__/* .text */ .Q)('error.certificate.untrusted', { host, code, what, also });
}


/***/ }),

/***/ 6688:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K: () => (/* binding */ DRIFT_KINDS),
/* harmony export */   p: () => (/* binding */ compareDrift)
/* harmony export */ });
/* harmony import */ var _ledger_fold_ledger_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8823);
/* harmony import */ var _device_batch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(3790);


const DRIFT_KINDS = ['unknown', 'missing', 'moved', 'finished'];
/** The drift between the latest state of a customer's records and the devices its batches list. */
function compareDrift(recorded, listed) {
    const byId = new Map(listed.map((d) => [d.id, d]));
    const byKey = new Map();
    for (const device of listed)
        for (const key of (0,_device_batch_js__WEBPACK_IMPORTED_MODULE_1__/* .listedKeys */ .GM)(device))
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
    const sought = (0,_device_batch_js__WEBPACK_IMPORTED_MODULE_1__/* .soughtKeys */ .BZ)({
        serialNumber: device.serialNumber,
        oemManufacturerName: device.manufacturer,
        productKey: device.productKeyId,
    });
    return sought.map((key) => byKey.get(key)).find(Boolean);
}
function kindOf(device, found) {
    if ((0,_ledger_fold_ledger_js__WEBPACK_IMPORTED_MODULE_0__/* .isRegistered */ .zN)(device)) {
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

/***/ 4536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  DecodedHashJsonSchema: () => (/* binding */ DecodedHashJsonSchema),
  FindingJsonSchema: () => (/* binding */ FindingJsonSchema),
  PlanReportJsonSchema: () => (/* binding */ PlanReportJsonSchema),
  REPORT_SCHEMAS: () => (/* binding */ REPORT_SCHEMAS),
  ValidationReportJsonSchema: () => (/* binding */ ValidationReportJsonSchema),
  reportJsonSchema: () => (/* binding */ reportJsonSchema)
});

// EXTERNAL MODULE: ./node_modules/zod/v4/classic/schemas.js + 6 modules
var schemas = __webpack_require__(6921);
// EXTERNAL MODULE: ./node_modules/zod/v4/core/json-schema-processors.js
var json_schema_processors = __webpack_require__(8439);
// EXTERNAL MODULE: ./src/findings/catalogue.ts
var catalogue = __webpack_require__(6335);
// EXTERNAL MODULE: ./src/plan/registration-plan.ts
var registration_plan = __webpack_require__(8880);
;// CONCATENATED MODULE: ./src/report/doctor-schema.ts

/** `doctor --format json`: the preflight's report (DoctorReport, src/use-cases/doctor.ts). */
const DoctorReportJsonSchema = schemas/* strictObject */.rej({
    schemaVersion: schemas/* literal */.euz(1),
    signIns: schemas/* array */.YOg(schemas/* strictObject */.rej({
        mode: schemas/* enum */.k5n(['app-only', 'app+user']),
        ok: schemas/* boolean */.zMY(),
        detail: schemas/* string */.YjP().describe("Why not, in Entra's words, or how to have it."),
    })),
    customers: schemas/* array */.YOg(schemas/* strictObject */.rej({
        slug: schemas/* string */.YjP(),
        customerId: schemas/* string */.YjP().nullable(),
        reachable: schemas/* boolean */.zMY()
            .describe("Partner Center answered the listing of the customer's batches."),
        problem: schemas/* string */.YjP().optional().describe('What stops this customer, and what to do.'),
        batches: schemas/* array */.YOg(schemas/* strictObject */.rej({
            groupTag: schemas/* string */.YjP(),
            exists: schemas/* boolean */.zMY(),
            devices: schemas/* int */.Whr().min(0).optional(),
            creatable: schemas/* boolean */.zMY().describe('This sign-in (App+User) can create it on a merge.'),
        })),
        ready: schemas/* boolean */.zMY(),
    })),
    ready: schemas/* boolean */.zMY().describe('Every customer would register.'),
})
    .describe('The report of `autopilot-gitops doctor --format json`.');

// EXTERNAL MODULE: ./src/register/compare-drift.ts
var compare_drift = __webpack_require__(6688);
;// CONCATENATED MODULE: ./src/report/drift-schema.ts


const Count = schemas/* int */.Whr().min(0);
const KINDS = compare_drift/* DRIFT_KINDS */.K;
const Counts = schemas/* strictObject */.rej({ unknown: Count, missing: Count, moved: Count, finished: Count });
/** `drift --format json`: where Partner Center and the records disagree (DriftReport). */
const DriftReportJsonSchema = schemas/* strictObject */.rej({
    schemaVersion: schemas/* literal */.euz(1),
    customers: schemas/* array */.YOg(schemas/* strictObject */.rej({
        slug: schemas/* string */.YjP(),
        customerId: schemas/* string */.YjP(),
        devices: schemas/* array */.YOg(schemas/* strictObject */.rej({
            kind: schemas/* enum */.k5n(KINDS),
            serialNumber: schemas/* string */.YjP(),
            manufacturer: schemas/* string */.YjP(),
            model: schemas/* string */.YjP(),
            productKeyId: schemas/* string */.YjP(),
            deviceId: schemas/* string */.YjP().nullable(),
            recordedGroupTag: schemas/* string */.YjP().nullable().describe('The batch the records name.'),
            batch: schemas/* string */.YjP().nullable().describe('The batch Partner Center has it in.'),
            record: schemas/* string */.YjP().nullable(),
        })),
        counts: Counts,
        problem: schemas/* string */.YjP().optional().describe('Why the customer could not be compared.'),
    })),
    counts: Counts,
    drift: schemas/* boolean */.zMY(),
})
    .describe('The report of `autopilot-gitops drift --format json`.');

;// CONCATENATED MODULE: ./src/report/report-schemas.ts





/**
 * The JSON reports (`validate --format json`, `plan --format json` and the action's `report`
 * output, `decode-hash --format json`) as zod schemas: the source of their JSON Schemas in
 * schema/. They describe what ValidationReport, PlanReport and DecodedHardwareHash produce; a
 * type test holds them to those types. `summary` takes further counts as they are added.
 */
const RULE_IDS = Object.keys(catalogue/* RULES */.y0);
const report_schemas_Count = schemas/* int */.Whr().min(0);
const FindingJsonSchema = schemas/* strictObject */.rej({
    rule: schemas/* enum */.k5n(RULE_IDS).describe('Stable rule id; docs/rules.md explains each.'),
    severity: schemas/* enum */.k5n(['error', 'warning', 'notice']),
    file: schemas/* string */.YjP().describe('Path relative to the repository root, with / as separator.'),
    line: schemas/* int */.Whr().min(1).describe('Physical line of the file, 1-based.'),
    column: schemas/* int */.Whr().min(1).describe('Character column of that line, 1-based.'),
    message: schemas/* string */.YjP().describe('What is wrong, quoting the value.'),
    hint: schemas/* string */.YjP().describe('How to fix it.'),
});
const SEVERITY_COUNTS = { errors: report_schemas_Count, warnings: report_schemas_Count, notices: report_schemas_Count };
const ValidationReportJsonSchema = schemas/* strictObject */.rej({
    schemaVersion: schemas/* literal */.euz(1),
    summary: schemas/* strictObject */.rej({
        files: report_schemas_Count,
        devices: report_schemas_Count.describe('Distinct devices: rows that name the same device count once.'),
        rows: report_schemas_Count.describe('Device rows in the CSVs.'),
        ...SEVERITY_COUNTS,
    })
        .catchall(report_schemas_Count)
        .describe('Counts over the paths checked; later versions may add counts.'),
    findings: schemas/* array */.YOg(FindingJsonSchema),
    customers: schemas/* array */.YOg(schemas/* strictObject */.rej({
        slug: schemas/* string */.YjP().describe('The folder name under customers/.'),
        name: schemas/* string */.YjP().nullable().describe('From customer.yml; null when it is invalid.'),
        customerId: schemas/* string */.YjP().nullable(),
        groupTag: schemas/* string */.YjP().nullable().describe("The customer's default group tag."),
        groupTags: schemas/* array */.YOg(schemas/* string */.YjP())
            .optional()
            .describe('Every group tag of a customer with more than one, the default first.'),
        devices: report_schemas_Count,
    })),
})
    .describe('The report of `autopilot-gitops validate --format json`.');
const ACTIONS = registration_plan/* DEVICE_ACTIONS */.Zh;
const PlannedDeviceJsonSchema = schemas/* strictObject */.rej({
    action: schemas/* enum */.k5n(ACTIONS)
        .describe('What merging does: register, retry, retag (move to another group tag), already (registered), blocked, removed, deregister (asked for in deregister/).'),
    serialNumber: schemas/* string */.YjP(),
    manufacturer: schemas/* string */.YjP(),
    model: schemas/* string */.YjP(),
    productKeyId: schemas/* string */.YjP(),
    source: schemas/* string */.YjP().describe('`file:line` of the row; the record for a removed device.'),
    hashKey: schemas/* string */.YjP().optional().describe('The hash content key the plan digest covers.'),
    reason: schemas/* string */.YjP()
        .optional()
        .describe('Why, for blocked, retry and already; `retag <old tag> → <new tag>` for retag.'),
    inPartnerCenter: schemas/* boolean */.zMY()
        .optional()
        .describe('Found in its batch when the plan asked Partner Center (read-only).'),
});
const CustomerPlanJsonSchema = schemas/* strictObject */.rej({
    slug: schemas/* string */.YjP()
        .describe('The customer; a customer with several group tags has one entry per tag.'),
    name: schemas/* string */.YjP().nullable(),
    customerId: schemas/* string */.YjP().nullable(),
    groupTag: schemas/* string */.YjP()
        .nullable()
        .describe('The batch these devices go to; null when customer.yml is unusable.'),
    blocked: schemas/* boolean */.zMY().describe('Nothing is registered for a blocked customer.'),
    blockReasons: schemas/* array */.YOg(schemas/* string */.YjP()),
    devices: schemas/* array */.YOg(PlannedDeviceJsonSchema),
    counts: schemas/* strictObject */.rej(Object.fromEntries(ACTIONS.map((a) => [a, report_schemas_Count]))),
});
const PlanReportJsonSchema = schemas/* strictObject */.rej({
    schemaVersion: schemas/* literal */.euz(1),
    digest: schemas/* string */.YjP().describe('The plan digest the merge run compares.'),
    changedFiles: schemas/* array */.YOg(schemas/* string */.YjP())
        .nullable()
        .describe('Files the pull request (or --base) changes; null when every file counts.'),
    summary: schemas/* strictObject */.rej({
        ...SEVERITY_COUNTS,
        preExisting: report_schemas_Count.describe('Findings in files the pull request does not change.'),
        devices: report_schemas_Count.describe('Distinct devices: rows that name the same device count once.'),
        rows: report_schemas_Count.describe('Device rows in the CSVs.'),
        toRegister: report_schemas_Count.describe('Devices merging registers or retries.'),
        toRetag: report_schemas_Count.describe('Registered devices merging moves to another group tag.'),
        toDeregister: report_schemas_Count.describe('Devices merging deregisters as request files ask, once their pull request is approved.'),
    })
        .catchall(report_schemas_Count)
        .describe('Counts over the changed files; later versions may add counts.'),
    customers: schemas/* array */.YOg(CustomerPlanJsonSchema),
    findings: schemas/* array */.YOg(FindingJsonSchema.extend({
        preExisting: schemas/* boolean */.zMY()
            .describe('In a file the pull request does not change: it does not fail the check.'),
    })),
})
    .describe("The report of `autopilot-gitops plan --format json` and of the action's report output.");
const DecodedHashJsonSchema = schemas/* strictObject */.rej({
    schemaVersion: schemas/* literal */.euz(1),
    verdict: schemas/* enum */.k5n(['valid', 'not-base64', 'unpadded', 'not-a-hash', 'damaged'])
        .describe('valid only when the structure adds up and the SHA-256 trailer matches.'),
    problem: schemas/* string */.YjP().optional().describe('Plain words for a verdict other than valid.'),
    warning: schemas/* string */.YjP()
        .optional()
        .describe('For a valid hash that is odd all the same: bytes after the trailer that are not zero.'),
    badCharIndex: report_schemas_Count.optional().describe('0-based index of the first non-base64 character.'),
    serialNumber: schemas/* string */.YjP().optional(),
    manufacturer: schemas/* string */.YjP().optional(),
    model: schemas/* string */.YjP().optional(),
    productKeyId: schemas/* string */.YjP().optional(),
    hasTpm: schemas/* boolean */.zMY(),
    tpmVersion: schemas/* string */.YjP().optional(),
    isVirtualMachine: schemas/* boolean */.zMY(),
    toolVersion: schemas/* number */.aig().optional(),
    toolBuild: schemas/* string */.YjP().optional(),
    osBuild: schemas/* string */.YjP().optional(),
    capturedAt: schemas/* string */.YjP().optional().describe('Capture time, ISO 8601 (inferred layout).'),
    cpuArchitecture: schemas/* string */.YjP().optional(),
    contentSha256: schemas/* string */.YjP().optional().describe('The SHA-256 in the trailer, hex.'),
    contentLength: report_schemas_Count.optional(),
    byteLength: report_schemas_Count.optional(),
})
    .describe('The report of `autopilot-gitops decode-hash --format json`.');
const SCHEMA_URL = 'https://github.com/autopilot-gitops/autopilot-gitops/schema';
/** Each report's JSON Schema, by the name `autopilot-gitops schema NAME` takes. */
const REPORT_SCHEMAS = {
    validate: { schema: ValidationReportJsonSchema, title: 'autopilot-gitops validate report' },
    plan: { schema: PlanReportJsonSchema, title: 'autopilot-gitops plan report' },
    'decode-hash': { schema: DecodedHashJsonSchema, title: 'autopilot-gitops decode-hash report' },
    doctor: { schema: DoctorReportJsonSchema, title: 'autopilot-gitops doctor report' },
    drift: { schema: DriftReportJsonSchema, title: 'autopilot-gitops drift report' },
};
/** The JSON Schema of a report, as `npm run schema` writes it to schema/<name>-report.schema.json. */
function reportJsonSchema(name) {
    const { schema, title } = REPORT_SCHEMAS[name];
    return {
        $id: `${SCHEMA_URL}/${name}-report.schema.json`,
        title,
        ...json_schema_processors/* toJSONSchema */.bl(schema, { io: 'output' }),
    };
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
