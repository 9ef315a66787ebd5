// The manifest layer: reading manifest files as kubectl does, and the API server's
// decoding, validation and defaulting of the objects in them.
export type { DecodeOutcome, FieldError, FieldErrorType, GoLiteral, ManifestDoc, ParseOutcome, SourcePos } from './types';
export { parseManifests, sourceName } from './parse';
export { decodeDoc } from './decode';
export { decodeError, decodesStrictly } from './goDecode';
export { dropFields, unknownFields } from './strict';
export { validateDefaulted, validateObject } from './validate';
export { validateUpdate } from './update';
export { validateEphemeralUpdate } from './validateEphemeral';
export { objectWarnings } from './warnings';
export { applyDefaults } from './defaults';
export { podQOSClass } from './defaultsPod';
export { generateJobSelector } from './validateBatch';
export { nodePortRangeError } from './validateService';
export { badRequestStatus, fieldErrorText, invalidStatus, strictDecodingStatus } from './fieldErrors';
export { formatQuantity, parseQuantity, type Quantity } from './quantity';
