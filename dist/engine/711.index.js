export const id = 711;
export const ids = [711];
export const modules = {

/***/ 6711:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   runDecodeHash: () => (/* binding */ runDecodeHash)
/* harmony export */ });
/* harmony import */ var _findings_escape_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5023);
/* harmony import */ var _hash_decode_hardware_hash_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(4870);
/* harmony import */ var _cli_io_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(6061);



/** `decode-hash`: what a hash holds, without a Windows-only tool. */
async function runDecodeHash(input, format, io) {
    const say = (0,_cli_io_js__WEBPACK_IMPORTED_MODULE_2__/* .sayOf */ .J)(io);
    const hash = input.trim();
    if (hash === '') {
        io.stderr(`autopilot-gitops: ${say('cli.decodeHash.empty')}\n`);
        return 2;
    }
    const decoded = (0,_hash_decode_hardware_hash_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeHardwareHash */ .J)(hash);
    // The decoder's words are Texts: said in the run's language, here and in the JSON report.
    const problem = decoded.problem && say.text(decoded.problem);
    const warning = decoded.warning && say.text(decoded.warning);
    if (format === 'json') {
        const report = { schemaVersion: 1, ...decoded, problem, warning };
        io.stdout(`${(0,_findings_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeJsonControls */ .Ee)(JSON.stringify(report, null, 2))}\n`);
    }
    else
        io.stdout(hashTable({ ...decoded, problem, warning }, say));
    return decoded.verdict === 'valid' ? 0 : 1;
}
/** One `name: value` line for each thing the hash holds, the values in one column. */
function hashTable(decoded, say) {
    const { byteLength: bytes, contentLength: content } = decoded;
    const rows = [
        [
            say('cli.hash.verdict'),
            decoded.verdict === 'valid'
                ? say('cli.hash.valid')
                : `${decoded.verdict}: ${decoded.problem}`,
        ],
        [say('cli.hash.warning'), decoded.warning],
        [say('cli.hash.serialNumber'), decoded.serialNumber],
        [say('cli.hash.manufacturer'), decoded.manufacturer],
        [say('cli.hash.model'), decoded.model],
        [say('cli.hash.productKeyId'), decoded.productKeyId],
        [
            say('cli.hash.tpm'),
            decoded.hasTpm ? (decoded.tpmVersion ?? say('cli.hash.tpmPresent')) : say('cli.hash.tpmNone'),
        ],
        [
            say('cli.hash.virtualMachine'),
            say(decoded.isVirtualMachine ? 'cli.hash.yes' : 'cli.hash.no'),
        ],
        [say('cli.hash.toolVersion'), decoded.toolVersion],
        [say('cli.hash.toolBuild'), decoded.toolBuild],
        [say('cli.hash.osBuild'), decoded.osBuild],
        [say('cli.hash.architecture'), decoded.cpuArchitecture],
        [say('cli.hash.capturedAt'), decoded.capturedAt],
        [
            say('cli.hash.size'),
            bytes === undefined ? undefined : say('cli.hash.bytes', { bytes, content: content ?? 0 }),
        ],
    ];
    const shown = rows.filter(([, value]) => value !== undefined && value !== '');
    // English names fit in 16 columns and a space, as before; longer ones widen the column.
    const named = shown.map(([name, value]) => [say('cli.hash.row', { name }), value]);
    const width = Math.max(17, ...named.map(([name]) => name.length + 1));
    // The hash's own strings (serial, model, tool version…) may hold anything: escaped.
    const lines = named.map(([name, value]) => name.padEnd(width) + (0,_findings_escape_js__WEBPACK_IMPORTED_MODULE_0__/* .escapeControls */ .UN)(String(value)));
    return `${lines.join('\n')}\n`;
}


/***/ })

};
