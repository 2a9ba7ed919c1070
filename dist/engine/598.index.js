export const id = 598;
export const ids = [598,538];
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
