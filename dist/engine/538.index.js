export const id = 538;
export const ids = [538];
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


/***/ })

};
